package dev.airproof.interpreter.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Convergence of the network simulator over delivery orders: for generated scenarios whose scripts
 * do not depend on arrival order (calls on four peers in {@code par}, {@code seq} and {@code xor},
 * using scalars bound by calls sequenced before them, services that answer or fail by function; no
 * streams, canons, timeouts or joins across parallel branches), the FIFO run and every seeded pseudo-random delivery order end with the same
 * multiset of executed calls and the same results on the init peer: the trace states of the calls
 * the init peer itself executed, in script order. (The rest of its final trace may differ: values
 * of other peers' calls reach it only if some later call forwards them there, and plain
 * {@code sent_by} states name the peer that forwarded first.) The seed is printed;
 * {@code -Dairproof.test.seed=N} replays a run.
 */
class DeliveryOrderConvergenceTest {
  private static final int SCENARIOS = Integer.getInteger("airproof.test.scenarios", 500);
  private static final int ORDERS = 5;
  private static final String[] PEERS = {"\"{{peer_a}}\"", "\"{{peer_b}}\"", "\"{{peer_c}}\"", "%init_peer_id%"};

  @Test
  void everyDeliveryOrderEndsAlike() {
    long seed = Long.getLong("airproof.test.seed", System.nanoTime());
    System.out.println("DeliveryOrderConvergenceTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    AquaVmInterpreter interpreter = new AquaVmInterpreter();
    int multiPeer = 0;
    for (int n = 0; n < SCENARIOS; n++) {
      String air = new Script(rnd).block(2 + rnd.nextInt(7));
      Scenario base = scenario(air, n);
      var root = ((Parsed) AirParser.parse("gen.air", base.air())).root();
      List<String> firstCalls = null;
      List<String> firstInit = null;
      for (int o = 0; o < ORDERS; o++) {
        Scenario s = o == 0 ? base : base.withDeliverySeed(rnd.nextLong() & 0xffffffffL);
        RunReport r = ScenarioRunner.run(s, root, s.air(), interpreter);
        String where = "seed " + seed + ", scenario " + n + ", order " + o + " ("
            + s.delivery().seed() + "):\n" + air;
        assertEquals(RunReport.StopReason.QUIESCENT, r.stopReason(), where);
        List<String> calls = new ArrayList<>();
        r.executedCalls().forEach(c -> calls.add(c.peer() + " " + c.request().service() + "."
            + c.request().function() + c.request().args() + " -> " + c.answer().map(a -> a.retCode()
            + " " + a.resultText()).orElse("none")));
        calls.sort(null);
        String initId = r.peers().stream().filter(p -> p.alias().equals("user")).findFirst()
            .orElseThrow().peerId();
        List<String> init = r.finals().stream().filter(f -> f.alias().equals("user")).findFirst()
            .orElseThrow().compactTrace().stream()
            .filter(l -> l.startsWith("call ") && l.contains(" <- " + initId + " ")).toList();
        if (o == 0) {
          firstCalls = calls;
          firstInit = init;
          if (r.steps().stream().map(RunReport.Step::peer).distinct().count() > 2) {
            multiPeer++;
          }
        } else {
          assertEquals(firstCalls, calls, "executed calls differ, " + where);
          assertEquals(firstInit, init, "the init peer's results differ, " + where);
        }
      }
    }
    assertTrue(multiPeer >= SCENARIOS / 3, "seed " + seed + ": only " + multiPeer
        + " scenarios involve three or more peers");
  }


  private static Scenario scenario(String air, int n) {
    String json = "{\"name\": \"order-" + n + "\", \"air\": " + quote(air) + ","
        + " \"peers\": [\"user\", \"peer_a\", \"peer_b\", \"peer_c\"], \"initPeer\": \"user\","
        + " \"services\": {\"*\": {\"svc/fail\": {\"error\": \"refused\", \"retCode\": 3},"
        + " \"*\": {\"echo\": true}}}, \"maxSteps\": 2000}";
    return switch (ScenarioReader.read(json, "order-" + n)) {
      case ScenarioReadResult.Read ok -> ok.scenario();
      case ScenarioReadResult.Invalid bad -> throw new AssertionError(bad.errors() + " in " + json);
    };
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * Mutable; draws one script: scalar variables only, each bound once, and a call's arguments only
   * variables that are bound whenever the call is reached (by a call sequenced before it, not in a
   * {@code par} or {@code xor} branch that may not have run). Joins on variables of parallel
   * branches are order-dependent in AIR: a call is forwarded as soon as it is reached, and the peer
   * that forwarded it does not forward it again when the missing value arrives later (the explorer's
   * convergence property finds such scripts; see {@code examples/join-never-delivered.air}). For
   * the same reason failing calls stand only outside {@code par}: whether an {@code xor} around a
   * {@code par} sees the failures of branches on different peers depends on arrival order.
   */
  private static final class Script {
    private final SplittableRandom rnd;
    private int counter;

    Script(SplittableRandom rnd) {
      this.rnd = rnd;
    }

    private int parDepth;

    String block(int calls) {
      return block(calls, List.of()).text;
    }

    private record Drawn(String text, List<String> bound) {}

    private Drawn block(int calls, List<String> bound) {
      if (calls <= 1) {
        return leaf(bound);
      }
      int left = 1 + rnd.nextInt(calls - 1);
      int pick = rnd.nextInt(10);
      if (pick >= 5 && pick < 9) {
        Drawn a = block(left, bound);
        Drawn b = block(calls - left, a.bound);
        return new Drawn("(seq " + a.text + " " + b.text + ")", b.bound);
      }
      String op = pick < 5 ? "par" : "xor";
      parDepth += op.equals("par") ? 1 : 0;
      Drawn a = block(left, bound);
      Drawn b = block(calls - left, bound);
      parDepth -= op.equals("par") ? 1 : 0;
      return new Drawn("(" + op + " " + a.text + " " + b.text + ")", bound);
    }

    private Drawn leaf(List<String> bound) {
      StringBuilder args = new StringBuilder();
      for (String v : bound) {
        if (rnd.nextInt(3) == 0) {
          args.append(args.length() == 0 ? "" : " ").append(v);
        }
      }
      String function = parDepth == 0 && rnd.nextInt(4) == 0 ? "fail" : "f" + counter;
      String v = "v" + (counter++);
      List<String> after = new ArrayList<>(bound);
      after.add(v);
      return new Drawn("(call " + PEERS[rnd.nextInt(PEERS.length)] + " (\"svc\" \"" + function + "\") ["
          + args + "] " + v + ")", after);
    }
  }
}
