package dev.airproof.interpreter.data.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.cid.Cid;
import dev.airproof.interpreter.data.cid.Cids;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vectors from aquavm-wasm-driving.md §8 (checked there against @libp2p/crypto) and AquaVM's V54. */
class KeysTest {
  private static final HexFormat HEX = HexFormat.of();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "user, 12D3KooWCNR6wpQhZuw72LvLvwu78yh3yw8PNeRTzcqwibwJswk2",
      "provider_1, 12D3KooWSSYGRM3KT4bLBacESCXFRTK6WT2MFdp8zoMsAZf2QMxE",
      "provider_2, 12D3KooWLhzo9rftx2YBgKa9cU5gQb3K6YLdDVr2AGhgPaHJDKAK",
      "average, 12D3KooWA45x1DgWTsF1hEeXXAqyFFhUASWX5yxVddAB9kKcAkek"})
  void peerIdsOfAliases(String alias, String peerId) {
    PeerIdentity id = PeerIdentity.fromAlias(alias);
    assertEquals(peerId, id.peerId());
    assertArrayEquals(id.publicKey(), PeerIds.publicKeyOf(peerId).orElseThrow());
  }

  @Test
  void userSeedKeyAndStoreKeys() {
    PeerIdentity user = PeerIdentity.fromAlias("user");
    assertEquals("04f8996da763b7a969b1028ee3007569eaf3a635486ddab211d512c85b9df8fb", HEX.formatHex(user.seed()));
    assertEquals("25ed471e101be7fd6c78dc0695323a470f64e09bc5f4e03da483384d8e8b65f7", HEX.formatHex(user.publicKey()));
    assertEquals("13Z3wCgpzP1fccTQvJM9mNBcDVc5kLxLz32UvLcnQz126", user.signatureStoreKey());
    assertEquals("230de3f18e8a2f926c4d24a9361083312bd32e82fe5965d1a88d6b33552169e7",
        HEX.formatHex(PeerIdentity.fromAlias("provider_1").seed()));
    assertEquals("1HdB6gDTcGAKqmh6oobmuefEG27yiDwjf3CzqnaW8WREJ", PeerIdentity.fromAlias("provider_1").signatureStoreKey());
    assertArrayEquals(user.publicKey(), PeerIds.publicKeyOfStoreKey(user.signatureStoreKey()).orElseThrow());
  }

  @Test
  void base58RoundTripsWithLeadingZeros() {
    byte[][] samples = {{}, {0}, {0, 0, 1}, {(byte) 0xff, 0, 7}, HEX.parseHex("00000000ffee")};
    for (byte[] b : samples) {
      assertArrayEquals(b, Base58.decode(Base58.encode(b)).orElseThrow());
    }
    assertEquals("1112", Base58.encode(new byte[] {0, 0, 0, 1}));
    assertTrue(Base58.decode("0OIl").isEmpty());
    assertTrue(PeerIds.publicKeyOf("notapeerid").isEmpty());
    assertTrue(PeerIds.publicKeyOf("QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N").isEmpty());
  }

  @Test
  void borshOfSaltedStrings() {
    assertEquals("0000000000000000", HEX.formatHex(Borsh.saltedStrings(List.of(), "")));
    assertEquals("02000000010000006102000000c3a90100000073",
        HEX.formatHex(Borsh.saltedStrings(List.of("a", "é"), "s")));
  }

  @Test
  void signAndVerifyRoundTrip() {
    PeerIdentity user = PeerIdentity.fromAlias("user");
    List<String> cids = List.of("bagaaihra1", "bagaaihra2");
    String sig = PeerSignature.sign(user, cids, "p-1");
    assertEquals(65, Base58.decode(sig).orElseThrow().length);
    assertTrue(PeerSignature.verify(user.publicKey(), cids, "p-1", sig));
    assertFalse(PeerSignature.verify(user.publicKey(), cids, "p-2", sig));
    assertFalse(PeerSignature.verify(user.publicKey(), List.of("bagaaihra1"), "p-1", sig));
    assertFalse(PeerSignature.verify(PeerIdentity.fromAlias("x").publicKey(), cids, "p-1", sig));
    assertFalse(PeerSignature.verify(user.publicKey(), cids, "p-1", "garbage0OIl"));
    assertEquals(sig, PeerSignature.sign(user, cids, "p-1"), "Ed25519 is deterministic");
  }

  /**
   * AquaVM's {@code signatures/attacks.rs::test_attack_replay}: Alice (Rust test key of
   * "alice_peer_id") runs {@code (call alice ("" "") [] y)} with the unit service; her signature
   * over [that CID] salted "first_particle" is reported when replayed under another particle.
   */
  @Test
  void v54ReplayVectorFromAquaVmTests() {
    PeerIdentity alice = AquaTestKeys.derive("alice_peer_id");
    assertEquals("6m3zmtymxDL56KBpNgKqc7QiGRuWuxr82bG2q7dF5xCD", Base58.encode(alice.publicKey()));
    Cid value = Cids.ofValue(JsonNodeFactory.instance.textNode("result from unit_call_service"));
    Cid args = Cids.ofValue(JsonNodeFactory.instance.arrayNode());
    Cid tetraplet = Cids.ofTetraplet(new SecurityTetraplet(alice.peerId(), "", "", ""));
    Cid result = Cids.ofServiceResult(value, args.text(), tetraplet);
    assertEquals("bagaaihrarsryjavaf4zikqilrc2hzph7rszpfyfxjpopfnczjxlqeb56nbhq", result.text());
    byte[] signed = Borsh.saltedStrings(List.of(result.text()), "first_particle");
    String expected = "5KxZZzHbixcH8idzggBJYDgXP87qBBWAHLeFvPvCRVMqyAbf6mrqMdAa1P3iNjAaxXVFuJsxtrrQaL1MKw6C8pER";
    assertEquals(expected, Base58.encode(alice.signRaw(signed)));
    byte[] raw = Base58.decode(expected).orElseThrow();
    assertTrue(PeerSignature.verifyRaw(alice.publicKey(), signed, raw));
    assertFalse(PeerSignature.verifyRaw(alice.publicKey(),
        Borsh.saltedStrings(List.of(result.text()), "second_particle"), raw));
  }
}
