package dev.airproof.properties.catalogue;

import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.semantics.Insight;
import dev.airproof.interpreter.semantics.JoinWait;
import dev.airproof.properties.explorer.ExplorationResult;
import dev.airproof.properties.explorer.ExplorerState;
import dev.airproof.properties.explorer.Step;
import dev.airproof.properties.explorer.TransitionSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the catalogue's properties on an explored state space. A violation found in the explored
 * part is a violation; a property that holds on the explored part holds only if the search was
 * complete, otherwise it is unknown.
 */
public final class PropertyChecker {
  private final TransitionSystem system;
  private final ExplorationResult result;
  private final int completeOn;

  /**
   * @param completeOn index of the peer on which completion is required (the init peer by default)
   */
  public PropertyChecker(TransitionSystem system, ExplorationResult result, int completeOn) {
    this.system = system;
    this.result = result;
    this.completeOn = completeOn;
  }

  /** The verdicts on {@code properties}, in catalogue order. */
  public List<PropertyResult> check(Set<PropertyId> properties) {
    List<PropertyResult> out = new ArrayList<>();
    for (PropertyId p : PropertyId.values()) {
      if (properties.contains(p)) {
        out.add(check(p));
      }
    }
    return out;
  }

  /** The verdict on one property. */
  public PropertyResult check(PropertyId p) {
    return switch (p) {
      case TERMINATION -> termination();
      case COMPLETION -> completion();
      case NO_STUCK_JOIN -> noStuckJoin();
      case AT_MOST_ONCE -> edge(p, result.repeatedCall(),
          "a call instance was executed a second time",
          "no call instance is executed twice", this::repeatedCallIn);
      case CONVERGENCE -> Convergence.check(system, result, false, this::verdict);
      case CONVERGENCE_UNORDERED -> Convergence.check(system, result, true, this::verdict);
      case NO_UNCAUGHT_ERROR -> edge(p, result.uncaughtError(),
          "an invocation ended with an error", "every invocation ends with ret code 0",
          s -> s.errors().isEmpty() ? Optional.empty()
              : Optional.of("invocations ended with errors: " + s.errors()));
    };
  }

  PropertyResult verdict(PropertyId p, Optional<Counterexample> ce, String holdsDetail) {
    long states = result.space().size();
    if (ce.isPresent()) {
      return new PropertyResult(p, Verdict.VIOLATED, "explorer", states, result.millis(),
          ce.get().explanation(), ce);
    }
    if (!result.complete()) {
      return new PropertyResult(p, Verdict.UNKNOWN, "explorer", states, result.millis(),
          "unknown: " + result.boundReached().orElseThrow(), Optional.empty());
    }
    return new PropertyResult(p, Verdict.HOLDS, "explorer", states, result.millis(), holdsDetail,
        Optional.empty());
  }

  /**
   * A property of the history: a transition that breaks it (found on an edge), or, under the
   * reduction (which keeps every quiescent state but not every transition), a quiescent state whose
   * history shows the break.
   */
  private PropertyResult edge(PropertyId p, Optional<ExplorationResult.Edge> edge, String what,
      String holds, java.util.function.Function<ExplorerState, Optional<String>> inHistory) {
    Optional<Counterexample> ce = edge.map(e -> {
      List<Step> steps = new ArrayList<>(result.space().pathTo(e.source()));
      steps.add(e.step());
      return Counterexample.of(steps, what + " (step " + steps.size() + ": " + e.step().summary() + ")");
    });
    if (ce.isEmpty() && result.reduced()) {
      for (int id : result.quiescent()) {
        Optional<String> broken = inHistory.apply(result.space().state(id));
        if (broken.isPresent()) {
          ce = Optional.of(Counterexample.of(result.space().pathTo(id), what + ": " + broken.get()));
          break;
        }
      }
    }
    return verdict(p, ce, holds);
  }

  private Optional<String> repeatedCallIn(ExplorerState s) {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (var e : s.executed()) {
      if (!seen.add(e.site())) {
        return Optional.of(e.service() + "." + e.function() + " at " + e.site().span() + " on "
            + system.alias(e.peer()));
      }
    }
    return Optional.empty();
  }

  private PropertyResult termination() {
    Optional<List<Integer>> cycle = Cycles.find(result.space());
    Optional<Counterexample> ce = cycle.map(c -> {
      List<Step> steps = new ArrayList<>(result.space().pathTo(c.get(0)));
      int loopStart = steps.size();
      for (int i = 0; i < c.size(); i++) {
        steps.add(stepBetween(c.get(i), c.get((i + 1) % c.size())));
      }
      return new Counterexample(steps, "a run can repeat steps " + (loopStart + 1) + ".." + steps.size()
          + " forever and never become quiescent", Optional.empty(), Optional.of(loopStart));
    });
    return verdict(PropertyId.TERMINATION, ce,
        "every run becomes quiescent (" + result.quiescent().size() + " quiescent states)");
  }

  private Step stepBetween(int from, int to) {
    ExplorerState s = result.space().state(from);
    ExplorerState target = result.space().state(to);
    for (var t : system.enabled(s)) {
      TransitionSystem.Successor next = system.apply(s, t);
      if (next.next().equals(target)) {
        return next.step();
      }
    }
    throw new IllegalStateException("no transition between states " + from + " and " + to);
  }

  private PropertyResult completion() {
    for (int id : result.quiescent()) {
      ExplorerState s = result.space().state(id);
      Insight insight = system.probe(completeOn, s.data(completeOn)).insight();
      if (!insight.complete()) {
        String who = system.alias(completeOn);
        String why = s.data(completeOn).isEmpty() ? who + " never received the particle"
            : "the script is not complete on " + who;
        return verdict(PropertyId.COMPLETION, Optional.of(Counterexample.of(
            result.space().pathTo(id), "the run ends quiescent but " + why)), "");
      }
    }
    return verdict(PropertyId.COMPLETION, Optional.empty(),
        "complete on " + system.alias(completeOn) + " in all " + result.quiescent().size()
            + " quiescent states");
  }

  private PropertyResult noStuckJoin() {
    for (int id : result.quiescent()) {
      ExplorerState s = result.space().state(id);
      for (int p = 0; p < s.peerCount(); p++) {
        if (s.data(p).isEmpty()) {
          continue;
        }
        List<JoinWait> waits = system.probe(p, s.data(p)).insight().waits();
        if (!waits.isEmpty()) {
          JoinWait w = waits.get(0);
          String text = "peer " + system.alias(p) + " waits forever at " + w.instruction() + " ("
              + system.readable(w.instructionText().strip()) + ") on variable " + w.variable() + ": "
              + whyNever(s, w.variable());
          return verdict(PropertyId.NO_STUCK_JOIN,
              Optional.of(Counterexample.of(result.space().pathTo(id), text)), "");
        }
      }
    }
    return verdict(PropertyId.NO_STUCK_JOIN, Optional.empty(),
        "no peer waits on a variable in any of " + result.quiescent().size() + " quiescent states");
  }

  private String whyNever(ExplorerState s, String variable) {
    Instruction script = system.environment().script();
    List<Instruction> defs = Definitions.of(script, variable);
    if (defs.isEmpty()) {
      return "nothing in the script writes it";
    }
    List<String> parts = new ArrayList<>();
    for (Instruction d : defs) {
      String where = "the " + kind(d) + " at " + d.span();
      if (d instanceof Call c) {
        Optional<dev.airproof.properties.explorer.ExecutedCall> ran = s.executed().stream()
            .filter(e -> e.site().span().equals(c.span())).findFirst();
        parts.add(where + ran.map(e -> e.retCode() != 0
                ? ", which failed in this run (ret code " + e.retCode() + ") and so never set it"
                : ", which ran on " + system.alias(e.peer()) + " but whose result never reached this peer")
            .orElse(", which never ran in this run (not reached, or its branch was not taken)"));
      } else {
        parts.add(where + ", which did not set it on this peer");
      }
    }
    return "it is written only by " + String.join("; ", parts);
  }

  private static String kind(Instruction i) {
    String n = i.getClass().getSimpleName();
    return n.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + n.substring(1);
  }
}
