package dev.airproof.properties.tlc;

import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.Counterexample;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.translator.tla.GeneratedModule;
import dev.airproof.translator.tla.TlaCheck;
import dev.airproof.translator.tla.TlaTranslation;
import dev.airproof.translator.tla.Unsupported;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mutable, single use; the TLC runs of one {@link TlcBackend#check} call: check every open property
 * (plus {@code TypeOK}) in one run; a violated invariant is decided and the rest re-checked; a
 * liveness failure decides {@code Termination}, the only temporal check; success decides all.
 */
final class TlcSession {
  private final TlcBackend backend;
  private final VerificationTask task;
  private final TlaEnvironments.Ready env;
  private final Map<PropertyId, PropertyResult> results;
  private final List<PropertyId> open;
  private long millisLeft;

  TlcSession(TlcBackend backend, VerificationTask task, TlaEnvironments.Ready env,
      Map<PropertyId, PropertyResult> results, List<PropertyId> open) {
    this.backend = backend;
    this.task = task;
    this.env = env;
    this.results = results;
    this.open = open;
    this.millisLeft = task.bounds().maxMillis();
  }

  void run() {
    while (!open.isEmpty()) {
      Set<TlaCheck> checks = EnumSet.of(TlaCheck.TYPE_OK);
      open.forEach(p -> checks.add(TlcBackend.checkOf(p).orElseThrow()));
      TlaTranslation translation = backend.translate(task, env, checks);
      GeneratedModule module = switch (translation) {
        case GeneratedModule m -> m;
        case Unsupported u -> {
          decideAllUnknown(0, 0, u.message());
          yield null;
        }
      };
      if (module == null || millisLeft <= 0) {
        decideAllUnknown(0, 0, "TLC time limit of " + task.bounds().maxMillis() + " ms reached");
        return;
      }
      TlcRunner.Run run = backend.runTlc(module, Duration.ofMillis(millisLeft));
      millisLeft -= run.wallTime().toMillis();
      if (!decide(run, module)) {
        return;
      }
    }
  }

  /** Decides from one run; false when nothing more can be learnt. */
  private boolean decide(TlcRunner.Run run, GeneratedModule module) {
    TlcResult r = run.result();
    long states = r.distinctStates().orElse(0);
    long millis = run.wallTime().toMillis();
    if (run.timedOut()) {
      decideAllUnknown(states, millis, "TLC time limit of " + task.bounds().maxMillis()
          + " ms reached before the state space was exhausted");
      return false;
    }
    switch (r.verdict()) {
      case SUCCESS -> {
        decideAllHold(states, millis);
        return false;
      }
      case SAFETY_FAILURE -> {
        return decideInvariant(r, module, states, millis);
      }
      case LIVENESS_FAILURE -> {
        if (!open.contains(PropertyId.TERMINATION)) {
          decideAllUnknown(states, millis, "TLC reports a liveness failure no asked property names");
          return false;
        }
        decide(PropertyId.TERMINATION, violated(PropertyId.TERMINATION, r, module, states, millis));
        return true;
      }
      case DEADLOCK_FAILURE, ERROR -> {
        decideAllUnknown(states, millis, "TLC gave no verdict: " + errorText(r, run.output()));
        return false;
      }
    }
    return false;
  }

  private void decideAllHold(long states, long millis) {
    for (PropertyId p : List.copyOf(open)) {
      decide(p, new PropertyResult(p, dev.airproof.properties.catalogue.Verdict.HOLDS, "tlc",
          states, millis, "TLC explored all " + states + " distinct states of the TLA+ model",
          Optional.empty()));
    }
  }

  /** The violated invariant TLC names is decided; true when the others are still worth a run. */
  private boolean decideInvariant(TlcResult r, GeneratedModule module, long states, long millis) {
    String invariant = r.violatedInvariant().orElse("?");
    Optional<PropertyId> p = open.stream()
        .filter(x -> TlcBackend.checkOf(x).orElseThrow().tlaName().equals(invariant)).findFirst();
    if (p.isEmpty()) {
      decideAllUnknown(states, millis, "TLC reports " + invariant
          + " violated: the generated model breaks the spec's typing (a translation bug)");
      return false;
    }
    decide(p.get(), violated(p.get(), r, module, states, millis));
    return true;
  }

  private PropertyResult violated(PropertyId p, TlcResult r, GeneratedModule module, long states,
      long millis) {
    if (r.counterexample().isEmpty()) {
      return TlcBackend.unknown(p, states, millis, "TLC reports a violation without a trace");
    }
    TraceSteps.Converted c = TraceSteps.of(r.counterexample().get(), module);
    String why = Explanations.of(p, c, module, r.counterexample().get().end());
    return new PropertyResult(p, dev.airproof.properties.catalogue.Verdict.VIOLATED, "tlc", states,
        millis, why, Optional.of(new Counterexample(c.steps(), why, Optional.empty(), c.loopStart())));
  }

  private void decide(PropertyId p, PropertyResult result) {
    results.put(p, result);
    open.remove(p);
  }

  private void decideAllUnknown(long states, long millis, String why) {
    for (PropertyId p : List.copyOf(open)) {
      decide(p, TlcBackend.unknown(p, states, millis, why));
    }
  }

  private static String errorText(TlcResult r, String output) {
    if (r.parseFailed()) {
      List<String> lines = output.lines().filter(l -> !l.startsWith("@!@!@")).toList();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (l.contains("Semantic errors:") || l.contains("***Parse Error***") || l.contains("Encountered")
            || l.contains("Could not find") || l.contains("Unknown operator")) {
          return "SANY rejected the generated module (a translation bug): "
              + String.join(" ", lines.subList(i, Math.min(lines.size(), i + 6))).strip();
        }
      }
    }
    return r.messages().stream().filter(m -> m.severity() == 1 || m.code() == TlcMessage.PARSE_FAILED)
        .map(m -> m.body().strip().lines().findFirst().orElse(""))
        .filter(s -> !s.isEmpty()).findFirst()
        .orElse("exit status " + r.exitCode() + ", " + output.strip().lines().reduce((a, b) -> b).orElse(""));
  }
}
