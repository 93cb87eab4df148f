package dev.airproof.translator.petri;

import dev.airproof.petri.mcc.Examination;
import dev.airproof.petri.mcc.Formula;
import dev.airproof.petri.mcc.IntExpr;
import dev.airproof.petri.mcc.PropertySet;
import dev.airproof.petri.mcc.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MCC property files of a script's net: {@code ReachabilityDeadlock} (the net has a dead
 * marking: every AIR net does, since every run ends) and {@code CTLCardinality} with the script's
 * questions: completion (every dead marking marks the done place), option to complete (from every
 * marking the done place can be marked) and no stuck join (no dead marking marks an entry place
 * of an instruction that joins on variables). Any MCC tool (LoLA, TAPAAL, ITS-Tools) answers them
 * on the PNML; {@code MccChecker} answers them too. Stateless.
 */
public final class MccExport {
  private MccExport() {}

  /** The two property sets, for the model named {@code model} (e.g. the file name). */
  public static List<PropertySet> of(Translation t, String model) {
    Map<String, Query> deadlock = new LinkedHashMap<>();
    deadlock.put("some run of the script's net ends (a dead marking is reachable)",
        new Query.BooleanQuery(new Formula.ExistsPath(new Formula.Finally(new Formula.Deadlock()))));
    Map<String, Query> ctl = new LinkedHashMap<>();
    Formula done = atLeastOne(List.of(t.done()));
    ctl.put("completion: every run that stops is complete on the init peer",
        allGlobally(new Formula.Or(List.of(new Formula.Not(new Formula.Deadlock()), done))));
    ctl.put("option to complete: from every marking the script can still complete on the init peer",
        new Query.BooleanQuery(new Formula.AllPaths(new Formula.Globally(
            new Formula.ExistsPath(new Formula.Finally(done))))));
    List<String> joins = t.elements().values().stream()
        .filter(e -> e.role() == Role.ENTRY && !e.waitsOn().isEmpty())
        .map(NetElement::id).sorted(MccExport::byNumber).toList();
    Formula noJoinWaits = joins.isEmpty() ? new Formula.BooleanConstant(true)
        : new Formula.IntegerLe(new IntExpr.TokensCount(joins), new IntExpr.IntegerConstant(0));
    ctl.put("no stuck join: no run stops with an instruction waiting on a variable",
        allGlobally(new Formula.Or(List.of(new Formula.Not(new Formula.Deadlock()), noJoinWaits))));
    return List.of(PropertySet.numbered(model, Examination.REACHABILITY_DEADLOCK, deadlock),
        PropertySet.numbered(model, Examination.CTL_CARDINALITY, ctl));
  }

  private static Query allGlobally(Formula f) {
    return new Query.BooleanQuery(new Formula.AllPaths(new Formula.Globally(f)));
  }

  private static Formula atLeastOne(List<String> places) {
    return new Formula.IntegerLe(new IntExpr.IntegerConstant(1), new IntExpr.TokensCount(places));
  }

  private static int byNumber(String a, String b) {
    return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
  }
}
