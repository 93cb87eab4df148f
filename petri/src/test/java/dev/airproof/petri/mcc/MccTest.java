package dev.airproof.petri.mcc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.analysis.Deadlocks;
import dev.airproof.petri.analysis.Liveness;
import dev.airproof.petri.fixtures.ClassicNets;
import dev.airproof.petri.fixtures.Golden;
import dev.airproof.petri.fixtures.Witnesses;
import dev.airproof.petri.fixtures.WorkflowFixtures;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.petri.workflow.Soundness;
import dev.airproof.petri.workflow.SoundnessReport;
import dev.airproof.petri.workflow.WorkflowNets;
import dev.airproof.petri.workflow.WorkflowStructure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MccTest {
  private static PetriNet withEnds(PetriNet net) {
    return WorkflowNets.withEndMarkings(net, (WorkflowStructure.Valid) WorkflowNets.check(net));
  }

  /** The property files airproof emits next to a workflow net's PNML. */
  static List<PropertySet> workflowProperties(PetriNet wf) {
    Map<String, Query> deadlock = new LinkedHashMap<>();
    deadlock.put("some reachable marking is dead", MccQueries.deadlock());
    Map<String, Query> cardinality = new LinkedHashMap<>();
    cardinality.put("proper completion", MccQueries.properCompletion(wf, "o"));
    cardinality.put("o holds at most one token", MccQueries.alwaysAtMost("o", 1));
    cardinality.put("p3 and p4 can be marked together", MccQueries.canMark(List.of("p3", "p4"), 2));
    Map<String, Query> fireability = new LinkedHashMap<>();
    wf.transitions()
        .forEach(
            t -> fireability.put(t.id() + " is not dead", MccQueries.canFire(List.of(t.id()))));
    Map<String, Query> bounds = new LinkedHashMap<>();
    bounds.put("tokens on the branches", MccQueries.upperBound(List.of("p1", "p2", "p3", "p4")));
    Map<String, Query> ctl = new LinkedHashMap<>();
    ctl.put("option to complete", MccQueries.homeMarking(wf, wf.finalMarking().orElseThrow()));
    Map<String, Query> ctlFire = new LinkedHashMap<>();
    ctlFire.put("join is live", MccQueries.live("join"));
    return List.of(
        PropertySet.numbered(wf.id(), Examination.REACHABILITY_DEADLOCK, deadlock),
        PropertySet.numbered(wf.id(), Examination.REACHABILITY_CARDINALITY, cardinality),
        PropertySet.numbered(wf.id(), Examination.REACHABILITY_FIREABILITY, fireability),
        PropertySet.numbered(wf.id(), Examination.UPPER_BOUNDS, bounds),
        PropertySet.numbered(wf.id(), Examination.CTL_CARDINALITY, ctl),
        PropertySet.numbered(wf.id(), Examination.CTL_FIREABILITY, ctlFire));
  }

  @Test
  void goldenPropertyFiles() {
    for (PropertySet set : workflowProperties(withEnds(WorkflowFixtures.sound()))) {
      Golden.assertMatches("mcc/sound/" + set.examination().fileName(), MccWriter.write(set));
    }
  }

  @Test
  void internalCheckerAnswersTheWorkflowQuestions() {
    PetriNet sound = withEnds(WorkflowFixtures.sound());
    ReachabilityGraph g = ReachabilityExplorer.explore(sound, ExplorationLimits.defaults());
    StringBuilder answers = new StringBuilder();
    for (PropertySet set : workflowProperties(sound)) {
      for (Property p : set.properties()) {
        assertEquals(List.of(), MccChecker.unknownNames(sound, p));
        MccAnswers.line(p.id(), MccChecker.check(g, p))
            .ifPresent(l -> answers.append(l).append('\n'));
      }
    }
    Golden.assertMatches("mcc/sound/answers.txt", answers.toString());
    Map<String, String> parsed = MccAnswers.parse(answers.toString());
    assertEquals("TRUE", parsed.get("sound-ReachabilityDeadlock-00"), "[o] is dead");
    assertEquals("TRUE", parsed.get("sound-ReachabilityCardinality-00"));
    assertEquals("2", parsed.get("sound-UpperBounds-00"));
    assertEquals("TRUE", parsed.get("sound-CTLCardinality-00"));
    assertEquals("FALSE", parsed.get("sound-CTLFireability-00"), "join fires once only");
  }

  @Test
  void checkerAgreesWithTheAnalyses() {
    for (PetriNet net :
        List.of(
            ClassicNets.philosophers(3),
            ClassicNets.producerConsumer(2),
            withEnds(WorkflowFixtures.deadTransition()))) {
      ReachabilityGraph g = ReachabilityExplorer.explore(net, ExplorationLimits.defaults());
      MccOutcome.Answer dl =
          assertInstanceOf(
              MccOutcome.Answer.class,
              MccChecker.check(g, new Property("d", "", MccQueries.deadlock())));
      assertEquals(Deadlocks.deadlockFreedom(g).violated(), dl.value());
      dl.witness().ifPresent(w -> Witnesses.replay(net, w));
      for (var t : net.transitions()) {
        MccOutcome.Answer fire =
            (MccOutcome.Answer)
                MccChecker.check(g, new Property("f", "", MccQueries.canFire(List.of(t.id()))));
        assertEquals(!Liveness.deadTransitions(g).contains(t.id()), fire.value(), t.id());
      }
    }
  }

  @Test
  void properCompletionQueryMatchesSoundnessAnalysis() {
    for (PetriNet wf :
        List.of(
            WorkflowFixtures.improperCompletion(),
            WorkflowFixtures.sound(),
            WorkflowFixtures.noOptionToComplete())) {
      PetriNet net = withEnds(wf);
      SoundnessReport r = Soundness.classical(wf, ExplorationLimits.defaults());
      ReachabilityGraph g = ReachabilityExplorer.explore(net, ExplorationLimits.defaults());
      MccOutcome.Answer proper =
          (MccOutcome.Answer)
              MccChecker.check(g, new Property("p", "", MccQueries.properCompletion(net, "o")));
      assertEquals(r.properCompletion().holds(), proper.value(), wf.id());
      MccOutcome.Answer option =
          (MccOutcome.Answer)
              MccChecker.check(
                  g,
                  new Property(
                      "o", "", MccQueries.homeMarking(net, net.finalMarking().orElseThrow())));
      assertEquals(r.optionToComplete().holds(), option.value(), wf.id());
      option.witness().ifPresent(w -> Witnesses.replay(net, w));
    }
  }

  @Test
  void unsupportedShapesAndTruncationCannotCompute() {
    PetriNet gen = ClassicNets.generator();
    ReachabilityGraph g = ReachabilityExplorer.explore(gen, ExplorationLimits.states(10));
    Formula next = new Formula.ExistsPath(new Formula.Next(new Formula.Deadlock()));
    assertInstanceOf(
        MccOutcome.CannotCompute.class,
        MccChecker.check(g, new Property("x", "", new Query.BooleanQuery(next))));
    assertInstanceOf(
        MccOutcome.CannotCompute.class,
        MccChecker.check(g, new Property("b", "", MccQueries.upperBound(List.of("out")))));
    MccOutcome.Answer grows =
        (MccOutcome.Answer)
            MccChecker.check(g, new Property("c", "", MccQueries.canMark(List.of("out"), 3)));
    assertTrue(grows.value(), "EF found within the bound is a real answer");
    assertEquals(Optional.empty(), MccAnswers.line("x", new MccOutcome.CannotCompute("r", 1)));
    assertEquals(
        List.of("ghost", "nope"),
        MccChecker.unknownNames(
            gen,
            new Property(
                "u",
                "",
                new Query.BooleanQuery(
                    new Formula.And(
                        List.of(
                            MccQueries.atMost(List.of("ghost"), 1),
                            new Formula.IsFireable(List.of("nope"))))))));
  }
}
