package dev.airproof.properties.petri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.properties.explorer.Bounds;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.PeerSpec;
import dev.airproof.properties.explorer.Progress;
import dev.airproof.properties.explorer.ServiceModel;
import dev.airproof.properties.explorer.Step;
import dev.airproof.translator.petri.NetOptions;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Petri back end on hand-checked scripts: verdicts, counterexample steps, unsupported input. */
class PetriBackendTest {
  static final String STUCK = """
      (seq
       (xor
        (call "provider_1" ("price" "get") ["BTC"] price)
        (call %init_peer_id% ("errorHandlingSrv" "error") [%last_error%]))
       (call %init_peer_id% ("callback" "result") [price]))
      """;

  static VerificationTask task(String text, Bounds bounds) {
    Instruction script = ((Parsed) AirParser.parse("t.air", text)).root();
    ServiceModel services = (peer, service, function, args, nth, site) ->
        List.of(new CallServiceResult(0, "1"));
    Environment env = new Environment(script, text,
        List.of(new PeerSpec("init", "12D3init", new byte[32]),
            new PeerSpec("provider_1", "provider_1", new byte[32])),
        0, services, "p", 0, 0, FaultBudget.NONE, true, true);
    return new VerificationTask(env, EnumSet.allOf(PropertyId.class), bounds, 0, Progress.NONE);
  }

  static List<PropertyResult> run(boolean failures, String text, Bounds bounds) {
    return new PetriBackend(NetOptions.defaults().withCallsMayFail(failures), System::nanoTime)
        .check(task(text, bounds));
  }

  @Test
  void answersOnlyItsThreePropertiesInCatalogueOrder() {
    List<PropertyResult> r = run(false, STUCK, Bounds.DEFAULT);
    assertEquals(List.of(PropertyId.TERMINATION, PropertyId.COMPLETION, PropertyId.NO_STUCK_JOIN),
        r.stream().map(PropertyResult::property).toList());
    assertTrue(r.stream().allMatch(x -> x.verdict() == Verdict.HOLDS && x.backend().equals("petri")),
        r::toString);
    assertTrue(r.get(1).detail().endsWith("proper completion (modulo never and waiting folds): holds"),
        r.get(1).detail());
  }

  @Test
  void aStuckJoinComesWithFiringStepsMappedToLineAndColumn() {
    PropertyResult join = run(true, STUCK, Bounds.DEFAULT).get(2);
    assertEquals(Verdict.VIOLATED, join.verdict(), join::toString);
    List<Step> steps = join.counterexample().orElseThrow().steps();
    List<String> details = steps.stream().map(Step::detail).toList();
    assertEquals(List.of(
        "hop on provider_1: call \"provider_1\" (\"price\" \"get\") [\"BTC\"] price at 3:3",
        "call-fail on provider_1: call \"provider_1\" (\"price\" \"get\") [\"BTC\"] price at 3:3",
        "catch on provider_1: xor at 2:2",
        "hop on %init_peer_id%: call %init_peer_id% (\"errorHandlingSrv\" \"error\") [%last_error%] at 4:3",
        "call-ok on %init_peer_id%: call %init_peer_id% (\"errorHandlingSrv\" \"error\") [%last_error%] at 4:3"),
        details);
    assertEquals("init", steps.get(3).peer(), "peers are reported by alias");
    assertTrue(join.detail().contains("[price] at 5:2 waits on price"), join.detail());
  }

  @Test
  void faultsAreNotModelledSoEveryVerdictIsUnknown() {
    VerificationTask t = task(STUCK, Bounds.DEFAULT);
    VerificationTask faulty = new VerificationTask(
        t.environment().withFaults(new FaultBudget(0, 0, 1)), t.properties(), t.bounds(), 0,
        Progress.NONE);
    List<PropertyResult> r = new PetriBackend(NetOptions.defaults(), System::nanoTime).check(faulty);
    assertEquals(3, r.size());
    assertTrue(r.stream().allMatch(x -> x.verdict() == Verdict.UNKNOWN
        && x.detail().contains("no faults")), r::toString);
  }

  @Test
  void aBoundTooSmallGivesUnknown() {
    List<PropertyResult> r = run(true, STUCK, new Bounds(3, 10, 1000));
    assertEquals(Verdict.UNKNOWN, r.get(0).verdict(), r::toString);
  }
}
