package dev.airproof.petri.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.fixtures.Witnesses;
import dev.airproof.petri.fixtures.WorkflowFixtures;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.verdict.Verdict;
import dev.airproof.petri.verdict.Witness;
import dev.airproof.petri.workflow.WorkflowProblem.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoundnessTest {
  private static final ExplorationLimits LIMITS = ExplorationLimits.states(10_000);

  private static SoundnessReport classical(PetriNet net) {
    return Soundness.classical(net, LIMITS);
  }

  @Test
  void soundNetHoldsEveryCondition() {
    SoundnessReport r = classical(WorkflowFixtures.sound());
    assertEquals(new WorkflowStructure.Valid("i", "o"), r.structure());
    assertTrue(r.optionToComplete().holds());
    assertTrue(r.properCompletion().holds());
    assertTrue(r.noDeadTransitions().holds());
    assertTrue(r.termination().holds());
    assertEquals(new Verdict.Holds(Soundness.SOUNDNESS, r.statesExplored()), r.sound());
    assertTrue(RelaxedSoundness.check(WorkflowFixtures.sound(), LIMITS).relaxedSound().holds());
  }

  @Test
  void loopingNetIsSoundButDoesNotTerminate() {
    PetriNet net = WorkflowFixtures.soundLoop();
    SoundnessReport r = classical(net);
    assertTrue(r.sound().holds());
    Witness.Lasso lasso =
        assertInstanceOf(
            Witness.Lasso.class, Witnesses.replayViolation(withEnds(net), r.termination()));
    assertEquals(List.of("start"), lasso.stem());
    assertEquals(List.of("retry"), lasso.cycle());
  }

  @Test
  void improperCompletionIsWitnessed() {
    PetriNet net = WorkflowFixtures.improperCompletion();
    SoundnessReport r = classical(net);
    Witness.Path p =
        assertInstanceOf(
            Witness.Path.class, Witnesses.replayViolation(withEnds(net), r.properCompletion()));
    assertEquals(List.of("split", "left"), p.transitions());
    assertTrue(r.sound().violated());
    assertTrue(r.noDeadTransitions().holds());
  }

  @Test
  void missingOptionToCompleteIsWitnessedWithoutDeadTransitions() {
    PetriNet net = WorkflowFixtures.noOptionToComplete();
    SoundnessReport r = classical(net);
    Witness.Path p =
        assertInstanceOf(
            Witness.Path.class, Witnesses.replayViolation(withEnds(net), r.optionToComplete()));
    assertEquals(List.of("split", "shortcut"), p.transitions());
    assertTrue(r.properCompletion().holds());
    assertTrue(r.noDeadTransitions().holds());
    Verdict.Violated sound = assertInstanceOf(Verdict.Violated.class, r.sound());
    assertTrue(sound.explanation().startsWith("option to complete fails"), sound.explanation());
    assertTrue(
        RelaxedSoundness.check(net, LIMITS).relaxedSound().violated(), "shortcut never completes");
  }

  @Test
  void deadTransitionIsTheOnlyDefect() {
    PetriNet net = WorkflowFixtures.deadTransition();
    SoundnessReport r = classical(net);
    assertTrue(r.optionToComplete().holds());
    assertTrue(r.properCompletion().holds());
    Witness.Exhaustive e =
        assertInstanceOf(
            Witness.Exhaustive.class, ((Verdict.Violated) r.noDeadTransitions()).witness());
    assertEquals(List.of("both"), e.subjects());
    assertTrue(r.sound().violated());
    RelaxedSoundnessReport relaxed = RelaxedSoundness.check(net, LIMITS);
    assertEquals(
        List.of("both"),
        ((Witness.Exhaustive) ((Verdict.Violated) relaxed.relaxedSound()).witness()).subjects());
  }

  @Test
  void relaxedSoundButNotSound() {
    PetriNet net = WorkflowFixtures.relaxedNotSound();
    SoundnessReport r = classical(net);
    Witness.Path p =
        assertInstanceOf(
            Witness.Path.class, Witnesses.replayViolation(withEnds(net), r.optionToComplete()));
    assertEquals(3, p.transitions().size(), "split and two mismatched choices");
    RelaxedSoundnessReport relaxed = RelaxedSoundness.check(net, LIMITS);
    assertTrue(relaxed.relaxedSound().holds());
    PetriNet wf = withEnds(net);
    for (var t : net.transitions()) {
      List<String> run = relaxed.runs().get(t.id());
      assertTrue(run.contains(t.id()), t.id());
      assertEquals(wf.finalMarking(), wf.replay(run), "run through " + t.id() + " ends in [o]");
    }
  }

  @Test
  void unboundedNetFailsProperCompletionOrByPumping() {
    PetriNet net = WorkflowFixtures.unbounded();
    SoundnessReport r = classical(net);
    assertTrue(r.properCompletion().violated());
    assertInstanceOf(Verdict.Unknown.class, r.optionToComplete());
    Witnesses.replayViolation(withEnds(net), r.sound());
    // with a tiny bound no proper-completion violation is stored yet: Karp–Miller decides
    SoundnessReport tiny = Soundness.classical(net, ExplorationLimits.states(3));
    assertInstanceOf(Verdict.Unknown.class, tiny.properCompletion());
    Witness.Pump pump =
        assertInstanceOf(
            Witness.Pump.class, Witnesses.replayViolation(withEnds(net), tiny.sound()));
    assertEquals(List.of("side"), pump.growingPlaces());
  }

  @Test
  void structuralProblemsAreListed() {
    WorkflowStructure.Invalid s =
        assertInstanceOf(
            WorkflowStructure.Invalid.class, WorkflowNets.check(WorkflowFixtures.notWorkflow()));
    assertEquals(
        List.of(Code.SEVERAL_SOURCE_PLACES, Code.SEVERAL_SINK_PLACES),
        s.problems().stream().map(WorkflowProblem::code).toList());
    assertEquals(List.of("i", "j", "lonely"), s.problems().get(0).nodes());
    SoundnessReport r = classical(WorkflowFixtures.notWorkflow());
    assertInstanceOf(Witness.Structural.class, ((Verdict.Violated) r.sound()).witness());
    assertTrue(
        RelaxedSoundness.check(WorkflowFixtures.notWorkflow(), LIMITS).relaxedSound().violated());
  }

  @Test
  void nodesOffThePathAreReported() {
    PetriNet net =
        new dev.airproof.petri.build.NetBuilder("off_path")
            .place("i")
            .place("o")
            .place("p")
            .transition("t")
            .transition("u")
            .arc("i", "t")
            .arc("t", "o")
            .arc("u", "p")
            .arc("p", "t")
            .build()
            .orElseThrow();
    WorkflowStructure.Invalid s =
        assertInstanceOf(WorkflowStructure.Invalid.class, WorkflowNets.check(net));
    assertEquals(
        List.of(Code.UNREACHABLE_FROM_SOURCE),
        s.problems().stream().map(WorkflowProblem::code).toList());
    assertEquals(List.of("p", "u"), s.problems().get(0).nodes());
  }

  private static PetriNet withEnds(PetriNet net) {
    return WorkflowNets.withEndMarkings(net, (WorkflowStructure.Valid) WorkflowNets.check(net));
  }
}
