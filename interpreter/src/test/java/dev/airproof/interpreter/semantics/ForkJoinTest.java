package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.interpreter.data.DataJson;
import dev.airproof.interpreter.data.DataReadResult;
import dev.airproof.interpreter.data.InterpreterData;
import dev.airproof.interpreter.data.keys.PeerIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fork-join of aquavm-wasm-driving.md §10, driven by hand step by step (the 10-step table), with
 * the peer ids of {@link PeerIdentity#fromAlias}. Final traces per peer are compared with the shapes
 * and CIDs the real AquaVM 0.62.0 produced (golden {@code conformance/golden/forkjoin.report.json}).
 */
class ForkJoinTest {
  static final String USER = PeerIdentity.fromAlias("user").peerId();
  static final String P1 = PeerIdentity.fromAlias("provider_1").peerId();
  static final String P2 = PeerIdentity.fromAlias("provider_2").peerId();
  static final String AVG = PeerIdentity.fromAlias("average").peerId();
  static final String AIR = "(seq (par (call \"" + P1 + "\" (\"prices\" \"get\") [] price_1)"
      + " (call \"" + P2 + "\" (\"prices\" \"get\") [] price_2))"
      + " (seq (call \"" + AVG + "\" (\"average_service\" \"calc\") [price_1 price_2] avg_price)"
      + " (call %init_peer_id% (\"recieve_service\" \"show\") [avg_price])))";
  static final byte[] NONE = new byte[0];

  private static Vm vm(String peer) {
    Vm vm = new Vm(peer, r -> null);
    vm.initPeerId = USER;
    vm.particleId = "forkjoin-1";
    vm.timestamp = 1700000000000L;
    vm.ttl = 120000;
    return vm;
  }

  private static InterpreterData data(Outcome o) {
    return ((DataReadResult.Ok) DataJson.read(o.data())).data();
  }

  private static String shape(Outcome o) {
    return Traces.of(data(o)).replace(USER, "user").replace(P1, "p1").replace(P2, "p2")
        .replace(AVG, "avg");
  }

  @Test
  void tenStepsMatchRealAquaVm() {
    Outcome s1 = vm(USER).single(AIR, NONE, NONE, Map.of());
    assertEquals(List.of(P1, P2), s1.nextPeers());
    assertEquals("P(1,1) RS(user) RS(user)", shape(s1));

    Outcome s2 = vm(P1).single(AIR, NONE, s1.data(), Map.of());
    assertEquals(1, s2.callRequests().size());
    Outcome s3 = vm(P2).single(AIR, NONE, s1.data(), Map.of());
    assertEquals(1, s3.callRequests().size());
    Outcome s4 = vm(P1).single(AIR, s2.data(), NONE, Map.of(1, new CallServiceResult(0, "10")));
    assertEquals(List.of(AVG), s4.nextPeers());
    Outcome s5 = vm(P2).single(AIR, s3.data(), NONE, Map.of(1, new CallServiceResult(0, "20")));
    assertEquals(List.of(AVG), s5.nextPeers());

    Outcome s6 = vm(AVG).single(AIR, NONE, s4.data(), Map.of());
    assertEquals(List.of(), s6.nextPeers());
    assertEquals(0, s6.callRequests().size());
    Outcome s7 = vm(AVG).single(AIR, s6.data(), s5.data(), Map.of());
    assertEquals(List.of(10, 20).toString(), s7.callRequests().get(1).arguments().toString());
    Outcome s8 = vm(AVG).single(AIR, s7.data(), NONE, Map.of(1, new CallServiceResult(0, "15")));
    assertEquals(List.of(USER), s8.nextPeers());

    Outcome s9 = vm(USER).single(AIR, s1.data(), s8.data(), Map.of());
    assertEquals("[15]", s9.callRequests().get(1).arguments().toString());
    Outcome s10 = vm(USER).single(AIR, s9.data(), NONE,
        Map.of(1, new CallServiceResult(0, "\"shown\"")));
    for (Outcome o : List.of(s1, s2, s3, s4, s5, s6, s7, s8, s9, s10)) {
      assertEquals(0, o.retCode(), o.errorMessage());
    }
    assertEquals("P(1,1) S(10@p1) S(20@p2) S(15@avg) U", shape(s10));
    assertEquals("P(1,1) S(10@p1) RS(user) RS(p1)", shape(s4));
    assertEquals("P(1,1) RS(user) S(20@p2) RS(p2)", shape(s5));
    assertEquals("P(1,1) S(10@p1) S(20@p2) S(15@avg) RS(avg)", shape(s8));
    assertEquals(1, data(s10).lastCallRequestId());
    assertEquals(1, data(s8).lastCallRequestId());
    assertEquals(List.of(
        "{\"par\":[1,1]}",
        "{\"call\":{\"executed\":{\"scalar\":\"bagaaihrakc4ztv5huczgrnc4ffcpfhxax5w4slsiqbofbbnz3o3btbig34xq\"}}}",
        "{\"call\":{\"executed\":{\"scalar\":\"bagaaihraf5hlgk6gjqx5rzljrvdu5qvk2qeozv6p7u6c5yv26h4w4hk7sypq\"}}}",
        "{\"call\":{\"executed\":{\"scalar\":\"bagaaihraumxne3tdbf2jckah7ca5q25il6w6fvp34t6jdgq722o5fosikt2a\"}}}",
        "{\"call\":{\"executed\":{\"unused\":\"bagaaihrajqcfa2jqi4xwopus7zdudmpwf23hncr3o255jjbvjsm5amrry5za\"}}}"),
        TraceJson.of(data(s10)));
  }

  @Test
  void avgPeerConvergesWhicheverProviderArrivesFirst() {
    Outcome s1 = vm(USER).single(AIR, NONE, NONE, Map.of());
    Outcome p1 = vm(P1).single(AIR, vm(P1).single(AIR, NONE, s1.data(), Map.of()).data(), NONE,
        Map.of(1, new CallServiceResult(0, "10")));
    Outcome p2 = vm(P2).single(AIR, vm(P2).single(AIR, NONE, s1.data(), Map.of()).data(), NONE,
        Map.of(1, new CallServiceResult(0, "20")));
    Outcome a = vm(AVG).single(AIR, vm(AVG).single(AIR, NONE, p1.data(), Map.of()).data(),
        p2.data(), Map.of());
    Outcome b = vm(AVG).single(AIR, vm(AVG).single(AIR, NONE, p2.data(), Map.of()).data(),
        p1.data(), Map.of());
    Outcome a2 = vm(AVG).single(AIR, a.data(), NONE, Map.of(1, new CallServiceResult(0, "15")));
    Outcome b2 = vm(AVG).single(AIR, b.data(), NONE, Map.of(1, new CallServiceResult(0, "15")));
    assertEquals(TraceJson.of(data(a2)), TraceJson.of(data(b2)));
  }
}
