package dev.airproof.properties.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.properties.catalogue.PropertyChecker;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explorer's mechanics on a hand-written two-peer protocol (no AIR involved). */
class ExplorerTest {
  private static Environment env(FaultBudget faults, List<CallServiceResult> answers) {
    List<PeerSpec> peers = List.of(new PeerSpec("a", "a", new byte[32]), new PeerSpec("b", "b", new byte[32]));
    ServiceModel services = (peer, service, function, args, nth, site) -> answers;
    return new Environment(new Null(Span.NONE), "(null)", peers, 0, services, "p", 0, 0, faults,
        true, true);
  }

  private static PropertyResult check(Environment env, PropertyId p, Bounds bounds) {
    TransitionSystem ts = new TransitionSystem(env, new PingPongInterpreter());
    ExplorationResult r = new Explorer(ts, bounds, Progress.NONE, System::nanoTime).explore();
    return new PropertyChecker(ts, r, 0).check(p);
  }

  private static final List<CallServiceResult> OK = List.of(new CallServiceResult(0, "1"));

  @Test
  void withoutFaultsEverythingHolds() {
    Environment env = env(FaultBudget.NONE, OK);
    for (PropertyId p : List.of(PropertyId.TERMINATION, PropertyId.COMPLETION, PropertyId.AT_MOST_ONCE,
        PropertyId.CONVERGENCE, PropertyId.NO_STUCK_JOIN)) {
      PropertyResult r = check(env, p, Bounds.DEFAULT);
      assertEquals(Verdict.HOLDS, r.verdict(), p + ": " + r.detail());
    }
  }

  @Test
  void exploresEveryInterleavingAndFindsTheQuiescentEnd() {
    TransitionSystem ts = new TransitionSystem(env(FaultBudget.NONE, OK), new PingPongInterpreter());
    ExplorationResult r = new Explorer(ts, Bounds.DEFAULT, Progress.NONE, System::nanoTime).explore();
    assertTrue(r.complete());
    assertFalse(r.quiescent().isEmpty());
    // initial; a requested (particle to b + pending); then two orders of {answer, deliver to b} ...
    assertTrue(r.space().size() >= 5, "states: " + r.space().size());
  }

  @Test
  void amnesiaBreaksAtMostOnceWithAShortestCounterexample() {
    PropertyResult r = check(env(new FaultBudget(0, 0, 1), OK), PropertyId.AT_MOST_ONCE, Bounds.DEFAULT);
    assertEquals(Verdict.VIOLATED, r.verdict(), r.detail());
    List<Step> steps = r.counterexample().orElseThrow().steps();
    assertEquals("answer", steps.get(steps.size() - 1).kind());
    assertTrue(steps.stream().anyMatch(s -> s.kind().equals("amnesia")), steps.toString());
  }

  @Test
  void duplicationAloneDoesNotBreakAtMostOnce() {
    PropertyResult r = check(env(new FaultBudget(2, 0, 0), OK), PropertyId.AT_MOST_ONCE, Bounds.DEFAULT);
    assertEquals(Verdict.HOLDS, r.verdict(), r.detail());
  }

  @Test
  void dropBreaksCompletion() {
    PropertyResult r = check(env(new FaultBudget(0, 1, 0), OK), PropertyId.COMPLETION, Bounds.DEFAULT);
    assertEquals(Verdict.VIOLATED, r.verdict(), r.detail());
    assertTrue(r.counterexample().orElseThrow().steps().stream().anyMatch(s -> s.kind().equals("drop")));
  }

  @Test
  void aStateBoundGivesUnknownNotHolds() {
    PropertyResult r = check(env(FaultBudget.NONE, OK), PropertyId.COMPLETION, new Bounds(2, 100, 60_000));
    assertEquals(Verdict.UNKNOWN, r.verdict(), r.detail());
    assertTrue(r.detail().startsWith("unknown: state bound"), r.detail());
  }

  @Test
  void differentServiceAnswersAreSeparateEnvironmentChoices() {
    List<CallServiceResult> two = List.of(new CallServiceResult(0, "1"), new CallServiceResult(0, "2"));
    PropertyResult r = check(env(FaultBudget.NONE, two), PropertyId.CONVERGENCE, Bounds.DEFAULT);
    assertEquals(Verdict.HOLDS, r.verdict(), r.detail());
    assertTrue(r.detail().startsWith("2 environment choice"), r.detail());
  }
}
