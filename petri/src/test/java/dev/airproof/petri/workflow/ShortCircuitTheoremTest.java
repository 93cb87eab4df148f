package dev.airproof.petri.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.analysis.Liveness;
import dev.airproof.petri.build.NetBuilder;
import dev.airproof.petri.coverability.Boundedness;
import dev.airproof.petri.coverability.KarpMiller;
import dev.airproof.petri.fixtures.RandomNets;
import dev.airproof.petri.fixtures.Witnesses;
import dev.airproof.petri.model.Arc;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.verdict.Verdict;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Van der Aalst's theorem as a differential test: a WF-net N is sound iff the short-circuited net
 * N* (N plus a transition from o back to i) is live and bounded from [i]. The soundness check works
 * on N's state space; liveness and boundedness are computed independently on N*.
 */
class ShortCircuitTheoremTest {
  private static final ExplorationLimits LIMITS = ExplorationLimits.states(20_000);

  /** A random candidate WF-net: i feeds only, o receives only; may fail the path condition. */
  static PetriNet randomWorkflow(SplittableRandom r) {
    int inner = 1 + r.nextInt(4);
    int transitions = 2 + r.nextInt(4);
    NetBuilder b = new NetBuilder("wf").place("i").place("o");
    for (int p = 0; p < inner; p++) {
      b.place("p" + p);
    }
    for (int t = 0; t < transitions; t++) {
      String tid = "t" + t;
      b.transition(tid);
      Set<String> ins = new HashSet<>();
      Set<String> outs = new HashSet<>();
      int nIn = 1 + r.nextInt(2);
      int nOut = 1 + r.nextInt(2);
      for (int k = 0; k < nIn; k++) {
        ins.add(t == 0 && k == 0 ? "i" : r.nextInt(4) == 0 ? "i" : "p" + r.nextInt(inner));
      }
      for (int k = 0; k < nOut; k++) {
        outs.add(
            t == transitions - 1 && k == 0
                ? "o"
                : r.nextInt(4) == 0 ? "o" : "p" + r.nextInt(inner));
      }
      ins.forEach(p -> b.arc(p, tid));
      outs.forEach(p -> b.arc(tid, p));
    }
    return b.build().orElseThrow();
  }

  private static PetriNet shortCircuit(PetriNet net) {
    NetBuilder b = new NetBuilder(net.id() + "_star");
    net.places().forEach(b::place);
    net.transitions().forEach(b::transition);
    b.transition("t_star");
    for (Arc a : net.arcs()) {
      b.arc(a);
    }
    b.arc(new Arc("star_in", "o", "t_star", 1)).arc(new Arc("star_out", "t_star", "i", 1));
    return b.tokens("i", 1).build().orElseThrow();
  }

  @Test
  void soundIffShortCircuitIsLiveAndBounded() {
    long base = RandomNets.baseSeed();
    int decided = 0;
    int sound = 0;
    for (long seed = base; decided < 300 && seed < base + 20_000; seed++) {
      PetriNet net = randomWorkflow(new SplittableRandom(seed));
      if (!(WorkflowNets.check(net) instanceof WorkflowStructure.Valid)) {
        continue;
      }
      SoundnessReport report = Soundness.classical(net, LIMITS);
      PetriNet star = shortCircuit(net);
      Boundedness bounded = KarpMiller.boundedness(star, LIMITS);
      if (report.sound() instanceof Verdict.Unknown || bounded instanceof Boundedness.Unknown) {
        continue;
      }
      boolean liveAndBounded = false;
      if (bounded instanceof Boundedness.Bounded) {
        ReachabilityGraph g = ReachabilityExplorer.explore(star, LIMITS);
        liveAndBounded = Liveness.liveness(g).holds();
      }
      String msg = "seed " + seed + ": " + net.arcs() + " -> " + report.sound();
      assertEquals(liveAndBounded, report.sound().holds(), msg);
      if (report.sound() instanceof Verdict.Violated v) {
        Witnesses.replay(
            WorkflowNets.withEndMarkings(net, (WorkflowStructure.Valid) report.structure()),
            v.witness());
      } else {
        sound++;
      }
      decided++;
    }
    assertEquals(300, decided, "not enough decided random workflow nets");
    assertTrue(sound >= 10 && sound <= 290, "both answers must occur: " + sound + " sound");
  }
}
