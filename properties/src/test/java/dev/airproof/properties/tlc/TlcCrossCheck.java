package dev.airproof.properties.tlc;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.PropertyChecker;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.properties.environment.DefaultEnvironment;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.Bounds;
import dev.airproof.properties.explorer.ExecutedCall;
import dev.airproof.properties.explorer.ExplorationResult;
import dev.airproof.properties.explorer.Explorer;
import dev.airproof.properties.explorer.ExplorerState;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.Progress;
import dev.airproof.properties.explorer.TransitionSystem;
import dev.airproof.translator.tla.GeneratedModule;
import dev.airproof.translator.tla.TlaCheck;
import dev.airproof.translator.tla.TlaModuleWriter;
import dev.airproof.translator.tla.TlaTranslation;
import dev.airproof.translator.tla.Unsupported;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Test helper: compares one script under TLC (the generated module of the TLA+ back end) with a
 * full exploration by the explorer, in the default environment. Two things must be equal: the
 * verdicts of every property both decide, and the sets of quiescent outcomes, where an outcome is
 * the multiset of executed calls ({@code line:col peer ok|failed}, values follow from the
 * default environment) plus whether the script is complete on the init peer. TLC's outcomes come
 * from a {@code -dump} of all reachable states of a run without checks.
 */
final class TlcCrossCheck {
  static final Bounds BOUNDS = new Bounds(20_000, 200, 60_000);
  static final AquaVmInterpreter INTERPRETER = new AquaVmInterpreter();
  static final Set<PropertyId> COMPARED = EnumSet.of(PropertyId.TERMINATION,
      PropertyId.COMPLETION, PropertyId.NO_STUCK_JOIN, PropertyId.AT_MOST_ONCE,
      PropertyId.CONVERGENCE, PropertyId.CONVERGENCE_UNORDERED, PropertyId.NO_UNCAUGHT_ERROR);

  private TlcCrossCheck() {}

  /** Immutable; the outcome for one script. */
  sealed interface Outcome {}

  /** Both sides agree; {@code outcomes} quiescent outcomes, {@code tlcStates} distinct states. */
  record Agree(int outcomes, long tlcStates) implements Outcome {}

  /** Both sides were computed and disagree. */
  record Disagree(String why) implements Outcome {}

  /** The script is outside the compared fragment (refused by the translator, a bound); why. */
  record NotCompared(String why) implements Outcome {}

  static Outcome check(String text, boolean failures, TlcBackend backend) {
    if (!(AirParser.parse("cross-check.air", text) instanceof Parsed parsed)) {
      return new NotCompared("does not parse");
    }
    Instruction script = parsed.root();
    if (!(DefaultEnvironment.build(script, text, new DefaultEnvironment.Options(failures, Map.of(),
        FaultBudget.NONE)) instanceof DefaultEnvironment.Ok ok)) {
      return new NotCompared("no default environment");
    }
    Environment env = ok.environment();
    if (!(TlaEnvironments.of(env) instanceof TlaEnvironments.Ready ready)) {
      return new NotCompared("no TLA+ environment");
    }
    Set<TlaCheck> none = EnumSet.of(TlaCheck.TYPE_OK);
    GeneratedModule module = switch (TlaModuleWriter.write(TlcBackend.MODULE, script, text,
        ready.environment(), none)) {
      case GeneratedModule m -> m;
      case Unsupported u -> null;
    };
    if (module == null) {
      return new NotCompared("refused: " + ((Unsupported) TlaModuleWriter.write(TlcBackend.MODULE,
          script, text, ready.environment(), none)).construct());
    }
    TransitionSystem ts = new TransitionSystem(env, INTERPRETER);
    ExplorationResult explored = new Explorer(ts, BOUNDS, Progress.NONE, System::nanoTime, false)
        .explore();
    if (!explored.complete()) {
      return new NotCompared("explorer: " + explored.boundReached().orElse(""));
    }
    Optional<DumpedStates> dumped = dump(backend, module);
    if (dumped.isEmpty()) {
      return new NotCompared("TLC did not finish its dump");
    }
    Set<List<String>> tlcOutcomes = tlcOutcomes(dumped.get().states(), module, env);
    Set<List<String>> explorerOutcomes = explorerOutcomes(explored, ts);
    if (!tlcOutcomes.equals(explorerOutcomes)) {
      Set<List<String>> tlcOnly = new TreeSet<>(TlcCrossCheck::compareLists);
      tlcOnly.addAll(tlcOutcomes);
      tlcOnly.removeAll(explorerOutcomes);
      Set<List<String>> explorerOnly = new TreeSet<>(TlcCrossCheck::compareLists);
      explorerOnly.addAll(explorerOutcomes);
      explorerOnly.removeAll(tlcOutcomes);
      return new Disagree("quiescent outcomes: only TLC " + tlcOnly + ", only the explorer "
          + explorerOnly);
    }
    PropertyChecker checker = new PropertyChecker(ts, explored, 0);
    List<PropertyResult> tlc = backend.check(new VerificationTask(env, COMPARED,
        new Bounds(1_000_000, 10_000, 120_000), 0, Progress.NONE));
    for (PropertyResult r : tlc) {
      PropertyResult e = checker.check(r.property());
      if (r.verdict() == Verdict.UNKNOWN || e.verdict() == Verdict.UNKNOWN) {
        continue;
      }
      if (r.verdict() != e.verdict()) {
        return new Disagree(r.property().id() + ": TLC " + r.verdict().word() + " (" + r.detail()
            + "), explorer " + e.verdict().word() + " (" + e.detail() + ")");
      }
    }
    return new Agree(explorerOutcomes.size(), dumped.get().distinct());
  }

  private static int compareLists(List<String> a, List<String> b) {
    return a.toString().compareTo(b.toString());
  }

  /** Immutable; the states of a TLC {@code -dump}. */
  record DumpedStates(List<Map<String, TlaValue>> states, long distinct) {}

  /** All reachable states of {@code module}, from a TLC run that checks nothing. */
  static Optional<DumpedStates> dump(TlcBackend backend, GeneratedModule module) {
    return backend.runTlc(module, Duration.ofSeconds(120), List.of("-dump", "states"),
        (run, dir) -> {
          if (run.timedOut()) {
            return Optional.<DumpedStates>empty();
          }
          Path file = dir.resolve("states.dump");
          if (!Files.exists(file)) {
            throw new IllegalStateException("TLC wrote no state dump; its output:\n" + run.output());
          }
          try {
            List<Map<String, TlaValue>> states = parseDump(Files.readString(file));
            return Optional.of(new DumpedStates(states, states.size()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The states of a dump file: blocks {@code State N:} of {@code /\ var = value} lines. */
  static List<Map<String, TlaValue>> parseDump(String text) {
    List<Map<String, TlaValue>> out = new ArrayList<>();
    for (String block : text.split("(?m)^State \\d+:\\R")) {
      if (block.isBlank()) {
        continue;
      }
      TraceState s = TraceState.parse("1: <dump>\n" + block.strip());
      Map<String, TlaValue> vars = new HashMap<>();
      s.variables().forEach((k, v) -> vars.put(k, TlaValueParser.parse(v)));
      out.add(vars);
    }
    return out;
  }

  static Set<List<String>> tlcOutcomes(List<Map<String, TlaValue>> states, GeneratedModule module,
      Environment env) {
    Set<List<String>> out = new java.util.HashSet<>();
    String init = env.peers().get(env.initPeer()).alias();
    for (Map<String, TlaValue> s : states) {
      if (!TraceSteps.bag(s.get("network")).isEmpty() || !TraceSteps.set(s.get("pending")).isEmpty()) {
        continue;
      }
      List<String> calls = new ArrayList<>();
      if (s.get("answered") instanceof TlaValue.Fn answered) {
        answered.mapping().forEach((key, a) -> calls.add(callText(key, a, module)));
      }
      boolean complete = s.get("status").field(init)
          .flatMap(st -> st.field("complete")).orElseThrow() instanceof TlaValue.Bool b && b.value();
      out.add(outcome(calls, complete));
    }
    return out;
  }

  private static String callText(TlaValue key, TlaValue a, GeneratedModule module) {
    String where = TraceSteps.position(key, module);
    boolean ok = a.field("outcome").flatMap(o -> o.field("ok")).orElseThrow()
        instanceof TlaValue.Bool b && b.value();
    return where + " " + TraceSteps.str(a.field("peer")) + " " + (ok ? "ok" : "failed");
  }

  static Set<List<String>> explorerOutcomes(ExplorationResult r, TransitionSystem ts) {
    Set<List<String>> out = new java.util.HashSet<>();
    for (int id : r.quiescent()) {
      ExplorerState s = r.space().state(id);
      List<String> calls = new ArrayList<>();
      for (ExecutedCall c : s.executed()) {
        calls.add(c.site().span().line() + ":" + c.site().span().column() + " " + ts.alias(c.peer())
            + " " + (c.retCode() == 0 ? "ok" : "failed"));
      }
      int init = ts.environment().initPeer();
      boolean complete = ts.probe(init, s.data(init)).insight().complete();
      out.add(outcome(calls, complete));
    }
    return out;
  }

  private static List<String> outcome(List<String> calls, boolean complete) {
    Map<String, Integer> counts = new TreeMap<>();
    calls.forEach(c -> counts.merge(c, 1, Integer::sum));
    List<String> out = new ArrayList<>();
    counts.forEach((c, n) -> out.add(n == 1 ? c : c + " x" + n));
    out.add("init complete: " + complete);
    return out;
  }

  static String print(Instruction script) {
    return AirPrinter.print(script);
  }
}
