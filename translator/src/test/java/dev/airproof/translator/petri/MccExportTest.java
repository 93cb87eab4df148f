package dev.airproof.translator.petri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.mcc.MccChecker;
import dev.airproof.petri.mcc.MccOutcome;
import dev.airproof.petri.mcc.MccWriter;
import dev.airproof.petri.mcc.Property;
import dev.airproof.petri.mcc.PropertySet;
import dev.airproof.petri.reach.ExplorationLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MCC questions of a net, answered by the library's MCC checker, agree with NetAnalysis. */
class MccExportTest {
  private static List<Boolean> answers(String example, boolean failures) {
    Translation t = Examples.translate(Examples.example(example),
        NetOptions.defaults().withCallsMayFail(failures));
    NetAnalysis a = NetAnalysis.explore(t, ExplorationLimits.states(100_000));
    List<Boolean> out = new ArrayList<>();
    for (PropertySet set : MccExport.of(t, example)) {
      assertTrue(MccWriter.write(set).contains("<property-set xmlns=\"http://mcc.lip6.fr/\">"));
      for (Property p : set.properties()) {
        MccOutcome o = MccChecker.check(a.graph(), p);
        out.add(((MccOutcome.Answer) o).value());
      }
    }
    return out;
  }

  @Test
  void forkJoinWithoutFailuresCompletes() {
    assertEquals(List.of(true, true, true, true), answers("forkjoin", false));
  }

  @Test
  void stuckJoinWithFailuresDoesNot() {
    assertEquals(List.of(true, false, false, false), answers("stuck-join", true));
  }
}
