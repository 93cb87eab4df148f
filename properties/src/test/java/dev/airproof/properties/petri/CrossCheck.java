package dev.airproof.properties.petri;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.properties.environment.DefaultEnvironment;
import dev.airproof.properties.explorer.Bounds;
import dev.airproof.properties.explorer.ExplorationResult;
import dev.airproof.properties.explorer.Explorer;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.Progress;
import dev.airproof.properties.explorer.TransitionSystem;
import dev.airproof.properties.petri.NetExplorerComparison.CallMultiset;
import dev.airproof.translator.graph.AirDag;
import dev.airproof.translator.graph.DagAnalysis;
import dev.airproof.translator.petri.AirToNet;
import dev.airproof.translator.petri.NetAnalysis;
import dev.airproof.translator.petri.NetOptions;
import dev.airproof.translator.petri.TranslationResult;
import dev.airproof.properties.catalogue.PropertyChecker;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.translator.petri.NetCheck;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test helper: compares one script's net and DAG with a full (unreduced) exploration of it in the
 * default environment. The outcome is a verdict: compared (agreeing or not, with the reason) or
 * not comparable (a bound was hit, the environment cannot be built), so that callers count.
 */
final class CrossCheck {
  static final Bounds BOUNDS = new Bounds(20_000, 200, 60_000);
  static final AquaVmInterpreter INTERPRETER = new AquaVmInterpreter();

  private CrossCheck() {}

  /** Immutable; the outcome for one script. */
  sealed interface Outcome {}

  /** Both sides were computed and agree; hops is the common critical path (-1 if not compared). */
  record Agree(int hops, int multisets) implements Outcome {}

  /**
   * The net has data choices that change which calls run (a par whose branches fail on different
   * peers): every quiescent call multiset is one of the net's terminal ones (inclusion only).
   */
  record Included(int multisets) implements Outcome {}

  /** Both sides were computed and disagree. */
  record Disagree(String why) implements Outcome {}

  /** The script cannot be compared (a bound, no environment); says why. */
  record NotCompared(String why) implements Outcome {}

  /**
   * Compares {@code text}: the net's terminal call multisets equal the explorer's quiescent ones
   * (both directions), and, if {@code hops}, the DAG's earliest hop depth of every call equals the
   * explorer's (meaningful without failures and fail: the DAG follows the error-free execution).
   */
  static Outcome check(String text, boolean failures, boolean hops) {
    if (!(AirParser.parse("cross-check.air", text) instanceof Parsed parsed)) {
      return new NotCompared("does not parse");
    }
    Instruction script = parsed.root();
    if (!(AirToNet.translate(script, NetOptions.defaults().withCallsMayFail(failures))
        instanceof TranslationResult.Translated tr)) {
      return new NotCompared("no net");
    }
    NetAnalysis net = NetAnalysis.explore(tr.translation(), ExplorationLimits.states(200_000));
    boolean exact = NetExplorerComparison.callChoiceFree(net);
    Optional<Set<CallMultiset>> terminal = NetExplorerComparison.terminalCalls(net, 200_000);
    if (terminal.isEmpty()) {
      return new NotCompared("net reachability graph too large");
    }
    if (!(DefaultEnvironment.build(script, text, new DefaultEnvironment.Options(failures, Map.of(),
        FaultBudget.NONE)) instanceof DefaultEnvironment.Ok ok)) {
      return new NotCompared("no default environment");
    }
    TransitionSystem ts = new TransitionSystem(ok.environment(), INTERPRETER);
    ExplorationResult explored = new Explorer(ts, BOUNDS, Progress.NONE, System::nanoTime, false)
        .explore();
    if (!explored.complete()) {
      return new NotCompared("explorer: " + explored.boundReached().orElse(""));
    }
    Set<CallMultiset> observed = NetExplorerComparison.quiescentCalls(explored);
    if (!exact) {
      var unexplained = NetExplorerComparison.unexplained(net, observed);
      return unexplained.isEmpty() ? new Included(observed.size())
          : new Disagree("call multisets no net run ends with: " + unexplained);
    }
    if (!observed.equals(terminal.get())) {
      Set<CallMultiset> netOnly = new LinkedHashSet<>(terminal.get());
      netOnly.removeAll(observed);
      Set<CallMultiset> explorerOnly = new LinkedHashSet<>(observed);
      explorerOnly.removeAll(terminal.get());
      return new Disagree("call multisets: only in the net " + netOnly + ", only in the explorer "
          + explorerOnly);
    }
    if (!hops) {
      return new Agree(-1, observed.size());
    }
    Map<String, Integer> dag = new DagAnalysis(AirDag.of(script)).earliestCallHops();
    Optional<ParticleChains.Chains> chains = ParticleChains.of(explored, 500_000);
    if (chains.isEmpty()) {
      return new NotCompared("particle chains: too many (state, hops) pairs");
    }
    if (!dag.equals(chains.get().earliestCalls())) {
      return new Disagree("earliest hop depth per call: DAG " + dag + ", explorer "
          + chains.get().earliestCalls());
    }
    return new Agree(chains.get().criticalPath(), observed.size());
  }

  /**
   * Soundness of the net's holds verdicts on {@code text}: if the net says completion or
   * no-stuck-join holds, a full exploration must find no violation of it (Agree), otherwise
   * Disagree; NotCompared when a side is incomplete.
   */
  static Outcome holdsOnlyIfExplorerHolds(String text, boolean failures) {
    if (!(AirParser.parse("cross-check.air", text) instanceof Parsed parsed)) {
      return new NotCompared("does not parse");
    }
    Instruction script = parsed.root();
    if (!(AirToNet.translate(script, NetOptions.defaults().withCallsMayFail(failures))
        instanceof TranslationResult.Translated tr)) {
      return new NotCompared("no net");
    }
    NetAnalysis net = NetAnalysis.explore(tr.translation(), ExplorationLimits.states(200_000));
    if (!(DefaultEnvironment.build(script, text, new DefaultEnvironment.Options(failures, Map.of(),
        FaultBudget.NONE)) instanceof DefaultEnvironment.Ok ok)) {
      return new NotCompared("no default environment");
    }
    TransitionSystem ts = new TransitionSystem(ok.environment(), INTERPRETER);
    ExplorationResult explored = new Explorer(ts, BOUNDS, Progress.NONE, System::nanoTime, false)
        .explore();
    if (!explored.complete() || !net.graph().isComplete()) {
      return new NotCompared("incomplete exploration");
    }
    PropertyChecker checker = new PropertyChecker(ts, explored, 0);
    for (var pair : List.of(
        Map.entry(net.completion(), PropertyId.COMPLETION),
        Map.entry(net.noStuckJoin(), PropertyId.NO_STUCK_JOIN))) {
      if (pair.getKey().status() == NetCheck.Status.HOLDS
          && checker.check(pair.getValue()).verdict() == Verdict.VIOLATED) {
        return new Disagree("the net says " + pair.getValue().id() + " holds, the explorer: "
            + checker.check(pair.getValue()).detail());
      }
    }
    return new Agree(-1, 0);
  }

  static String print(Instruction script) {
    return AirPrinter.print(script);
  }
}
