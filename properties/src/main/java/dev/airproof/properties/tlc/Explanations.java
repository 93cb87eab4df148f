package dev.airproof.properties.tlc;

import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.translator.tla.GeneratedModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One or two sentences on what goes wrong at the end of a TLC counterexample. Stateless. */
final class Explanations {
  private Explanations() {}

  static String of(PropertyId p, TraceSteps.Converted c, GeneratedModule module, LassoEnd end) {
    Map<String, TlaValue> last = c.last();
    return switch (p) {
      case TERMINATION -> switch (end) {
        case LassoEnd.BackTo b -> "the run repeats forever from step " + (c.loopStart().orElse(0) + 1)
            + " without reaching quiescence (TLC lasso)";
        case LassoEnd.Stuttering s -> "the run stops in a state that is not quiescent and stays there";
        case LassoEnd.Finite f -> "TLC found a behaviour that never becomes quiescent";
      };
      case COMPLETION -> "the run is quiescent, but the script is not complete without error on "
          + "the init peer " + module.initPeer() + " (its last run: " + statusOf(last, module) + ")";
      case NO_STUCK_JOIN -> "the run is quiescent, and " + String.join("; ", waiting(last, module));
      case AT_MOST_ONCE -> "a call instance was requested more than once: "
          + String.join(", ", twice(last, module));
      case CONVERGENCE -> "this quiescent state's executed calls or init-peer result differ from the"
          + " fault-free canonical run with the same service outcomes (spec Convergence)";
      case NO_UNCAUGHT_ERROR -> "a run ended with an error nothing caught: "
          + String.join(", ", failedRuns(last));
      case CONVERGENCE_UNORDERED -> "this quiescent state's executed calls or init-peer results"
          + " differ, even with arrays compared as multisets, from the fault-free canonical run"
          + " with the same service outcomes (spec ConvergenceUnordered)";
    };
  }

  private static List<String> failedRuns(Map<String, TlaValue> last) {
    List<String> out = new ArrayList<>();
    last.get("status").entries().forEach((peer, st) -> {
      long err = st.field("err").map(TraceSteps::integer).orElse(0L);
      if (err != 0) {
        out.add(TraceSteps.str(java.util.Optional.of(peer)) + " (error code " + err + ")");
      }
    });
    return out.isEmpty() ? List.of("a peer") : out;
  }

  private static String statusOf(Map<String, TlaValue> last, GeneratedModule module) {
    return last.get("status").field(module.initPeer()).map(TlaValue::show).orElse("?");
  }

  private static List<String> waiting(Map<String, TlaValue> last, GeneratedModule module) {
    List<String> out = new ArrayList<>();
    last.get("status").entries().forEach((peer, st) -> {
      List<TlaValue> keys = st.field("blocked").map(TraceSteps::set).orElse(List.of());
      if (!keys.isEmpty()) {
        out.add(TraceSteps.str(java.util.Optional.of(peer)) + " waits at "
            + String.join(", ", keys.stream().map(k -> TraceSteps.position(k, module)
                + readsOf(k, module)).toList())
            + " for a variable that can no longer arrive");
      }
    });
    return out.isEmpty() ? List.of("a peer waits for a variable") : out;
  }

  /**
   * The scalar variables the waiting node reads, as {@code " (reads price)"}, taken from the node's
   * line of the generated module ({@code (* N @ line:col *) call(..., <<Var("price")>>, ...)}).
   */
  private static String readsOf(TlaValue key, GeneratedModule module) {
    long node = TraceSteps.integer(key.at(new TlaValue.Int(1)).orElseThrow());
    java.util.regex.Pattern line = java.util.regex.Pattern.compile("\\(\\* " + node + " @ [0-9]+:[0-9]+ \\*\\)(.*)");
    java.util.regex.Matcher m = line.matcher(module.tlaText());
    if (!m.find()) {
      return "";
    }
    java.util.regex.Matcher v = java.util.regex.Pattern.compile("Var\\(\"([^\"]+)\"\\)").matcher(m.group(1));
    java.util.Set<String> vars = new java.util.LinkedHashSet<>();
    while (v.find()) {
      vars.add(v.group(1));
    }
    return vars.isEmpty() ? "" : " (reads " + String.join(", ", vars) + ")";
  }

  private static List<String> twice(Map<String, TlaValue> last, GeneratedModule module) {
    List<String> out = new ArrayList<>();
    last.get("issued").entries().forEach((key, n) -> {
      if (TraceSteps.integer(n) > 1) {
        out.add("the call at " + TraceSteps.position(key, module) + " " + TraceSteps.integer(n) + " times");
      }
    });
    return out;
  }
}
