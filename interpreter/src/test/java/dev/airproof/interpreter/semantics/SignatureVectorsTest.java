package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.DataJson;
import dev.airproof.interpreter.data.InterpreterData;
import dev.airproof.interpreter.data.ValueRef;
import dev.airproof.interpreter.data.jvalue.JValues;
import dev.airproof.interpreter.data.keys.AquaTestKeys;
import dev.airproof.interpreter.data.keys.Base58;
import dev.airproof.interpreter.data.keys.PeerIdentity;
import dev.airproof.interpreter.data.keys.PeerSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Vector V54 (features/signatures/attacks.rs, signing.rs) with signatures enforced. */
class SignatureVectorsTest {
  private static final byte[] EMPTY = new byte[0];

  private static Vm vm(PeerIdentity id, String particle) {
    Vm vm = new Vm(id.peerId(), Vm.unit());
    vm.secretKey = id.seed();
    vm.particleId = particle;
    vm.interpreter = new AquaVmInterpreter(SignatureMode.ENFORCED);
    return vm;
  }

  @Test
  void replayUnderAnotherParticleFailsWithSignatureMismatch() {
    PeerIdentity alice = AquaTestKeys.derive("alice_peer_id");
    PeerIdentity bob = AquaTestKeys.derive("bob_peer_id");
    String air = "(seq (call \"" + alice.peerId() + "\" (\"\" \"\") [] y) (call \"bob\" (\"\" \"\") [] z))";
    Vm a = vm(alice, "first_particle");
    a.initPeerId = alice.peerId();
    Vm.Result r1 = a.call(air, EMPTY);
    assertEquals(0, r1.retCode(), r1.outcome().errorMessage());
    InterpreterData d = r1.data();
    String cid = ((ValueRef.Scalar) ((CallResult.Executed) d.trace().get(0)).value()).cid();
    assertEquals("bagaaihrarsryjavaf4zikqilrc2hzph7rszpfyfxjpopfnczjxlqeb56nbhq", cid);
    String stored = d.signatures().get(alice.signatureStoreKey());
    assertEquals("5KxZZzHbixcH8idzggBJYDgXP87qBBWAHLeFvPvCRVMqyAbf6mrqMdAa1P3iNjAaxXVFuJsxtrrQaL1MKw6C8pER",
        Base58.encode(PeerSignature.decodeSignature(stored).orElseThrow()));
    assertEquals("6m3zmtymxDL56KBpNgKqc7QiGRuWuxr82bG2q7dF5xCD", Base58.encode(alice.publicKey()));
    Vm b = vm(bob, "first_particle");
    b.initPeerId = alice.peerId();
    assertEquals(0, b.call(air, r1.outcome().data()).retCode());
    Vm replay = vm(bob, "second_particle");
    replay.initPeerId = alice.peerId();
    Vm.Result bad = replay.call(air, r1.outcome().data());
    assertEquals(9, bad.retCode());
  }

  @Test
  void injectedScalarAttributedToTheCurrentPeerIsRejected() {
    PeerIdentity alice = AquaTestKeys.derive("alice_peer");
    PeerIdentity mallory = AquaTestKeys.derive("mallory_peer");
    String air = "(seq (seq (call \"" + alice.peerId() + "\" (\"\" \"\") [] x) (call \"" + mallory.peerId()
        + "\" (\"\" \"\") [] y)) (call \"" + alice.peerId() + "\" (\"\" \"\") [] z))";
    TraceBuilder aliceData = new TraceBuilder();
    String good = aliceData.service(JValues.text("good result"), alice.peerId(), "", "");
    aliceData.add(new CallResult.Executed(new ValueRef.Scalar(good)));
    TraceBuilder malloryData = new TraceBuilder();
    malloryData.service(JValues.text("good result"), alice.peerId(), "", "");
    malloryData.add(new CallResult.Executed(new ValueRef.Scalar(good)));
    String valid = malloryData.service(JValues.text("valid result"), mallory.peerId(), "", "");
    malloryData.add(new CallResult.Executed(new ValueRef.Scalar(valid)));
    String fake = malloryData.service(JValues.text("fake result"), alice.peerId(), "", "");
    malloryData.add(new CallResult.Executed(new ValueRef.Scalar(fake)));
    TreeMap<String, String> sigs = new TreeMap<>();
    sigs.put(alice.signatureStoreKey(), PeerSignature.sign(alice, List.of(good), ""));
    byte[] prev = withSignatures(aliceData.data(), sigs);
    sigs.put(mallory.signatureStoreKey(), PeerSignature.sign(mallory, List.of(valid), ""));
    byte[] cur = withSignatures(malloryData.data(), sigs);
    Vm a = vm(alice, "");
    a.initPeerId = alice.peerId();
    Outcome o = a.single(air, prev, cur, Map.of());
    assertNotEquals(0, o.retCode());
  }

  @Test
  void emptyRunSignsTheEmptyList() {
    PeerIdentity p = AquaTestKeys.derive("some_peer");
    Vm vm = vm(p, "");
    Vm.Result r = vm.call("(null)", EMPTY);
    assertEquals(PeerSignature.sign(p, new ArrayList<>(), ""), r.data().signatures()
        .get(p.signatureStoreKey()));
  }

  /** aquavm-wasm-driving.md §11: a non-JSON result recorded by a worker is rejected downstream (9). */
  @Test
  void nonJsonRemoteResultIsRejectedByTheNextPeer() {
    PeerIdentity worker = PeerIdentity.fromAlias("worker");
    PeerIdentity user = PeerIdentity.fromAlias("user");
    String air = "(seq (xor (call \"" + worker.peerId() + "\" (\"s\" \"f\") [] r) (null))"
        + " (call \"" + user.peerId() + "\" (\"s\" \"g\") []))";
    Vm w = new Vm(worker.peerId(), r -> new CallServiceResult(0, "not json"));
    w.secretKey = worker.seed();
    w.particleId = "p";
    w.initPeerId = user.peerId();
    w.interpreter = new AquaVmInterpreter(SignatureMode.ENFORCED);
    Vm.Result wr = w.call(air, EMPTY);
    assertEquals(0, wr.retCode(), wr.outcome().errorMessage());
    assertEquals(List.of(user.peerId()), wr.nextPeers());
    Vm u = vm(user, "p");
    u.initPeerId = user.peerId();
    assertEquals(9, u.call(air, wr.outcome().data()).retCode());
  }

  private static byte[] withSignatures(InterpreterData d, TreeMap<String, String> sigs) {
    return DataJson.write(new InterpreterData(d.interpreterVersion(), d.dataVersion(), d.trace(),
        d.lastCallRequestId(), d.cidInfo(), sigs));
  }
}
