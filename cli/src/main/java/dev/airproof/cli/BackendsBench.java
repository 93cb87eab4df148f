package dev.airproof.cli;

import dev.airproof.interpreter.gen.ForkJoinScripts;
import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.properties.backend.Backend;
import dev.airproof.properties.backend.ExplorerBackend;
import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.properties.explorer.Bounds;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.Progress;
import dev.airproof.translator.petri.NetOptions;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code airproof bench --backends}: the explorer and TLC on the same scripts and properties in one
 * run: the fork-join with N providers ({@code scripts/forkjoin-air}) and the stream joins of
 * {@code examples/}. For each script it prints the distinct states and time of the explorer with
 * its reduction, of the plain explorer (every interleaving, as TLC explores), and of TLC on the
 * generated module (wall time of the child JVM included, since that is what a user waits for), the
 * time per distinct state of each, and how many times faster the plain explorer is per state.
 * Verdicts of the two back ends must agree; a disagreement is printed as a bug.
 */
final class BackendsBench {
  private BackendsBench() {}

  /** The properties both back ends decide. */
  private static final Set<PropertyId> COMMON = EnumSet.of(PropertyId.TERMINATION,
      PropertyId.COMPLETION, PropertyId.NO_STUCK_JOIN, PropertyId.AT_MOST_ONCE, PropertyId.CONVERGENCE);

  /** Immutable; one script to measure. */
  record Input(String name, String text) {}


  static int run(int fromN, int toN, boolean streamJoins, Path examples, InsightfulInterpreter interpreter,
      PrintWriter out, PrintWriter err) throws java.io.IOException {
    List<Input> inputs = new ArrayList<>();
    for (int n = fromN; n <= toN; n++) {
      inputs.add(new Input("forkjoin N=" + n, ForkJoinScripts.of(n)));
    }
    if (streamJoins) {
      for (String f : List.of("stream-join.air", "stream-join-all.air")) {
        inputs.add(new Input(f, Files.readString(examples.resolve(f))));
      }
    }
    List<Backend> tlc = BackendNames.select("tlc", Optional.empty(), NetOptions.defaults());
    ExplorerBackend explorer = new ExplorerBackend(interpreter);
    err.println("airproof bench --backends: warming the explorer up (JIT) on forkjoin N=4 ...");
    measureExplorer(explorer, task(ForkJoinScripts.of(4), true, err).orElseThrow());
    out.printf("%-20s %9s %9s %9s | %9s %9s %9s | %9s %9s %9s | %8s%n", "script", "red.st", "red.ms",
        "red.us/st", "plain.st", "plain.ms", "us/st", "tlc.st", "tlc.ms", "us/st", "tlc/plain");
    boolean disagree = false;
    for (Input in : inputs) {
      err.println("airproof bench --backends: " + in.name() + " ...");
      Optional<VerificationTask> reduced = task(in.text(), true, err);
      Optional<VerificationTask> plain = task(in.text(), false, err);
      if (reduced.isEmpty() || plain.isEmpty()) {
        return ExitCodes.USER_ERROR;
      }
      Measured r = measureExplorer(explorer, reduced.get());
      Measured p = measureExplorer(explorer, plain.get());
      long start = System.nanoTime();
      List<PropertyResult> t = tlc.get(0).check(plain.get());
      long tlcMillis = (System.nanoTime() - start) / 1_000_000;
      long tlcStates = t.stream().mapToLong(PropertyResult::states).max().orElse(0);
      for (PropertyResult x : t) {
        Verdict mine = p.verdicts().get(x.property());
        if (x.verdict() != Verdict.UNKNOWN && mine != Verdict.UNKNOWN && x.verdict() != mine) {
          err.println("airproof: BUG: explorer and TLC disagree on " + x.property().id() + " of "
              + in.name() + ": " + mine.word() + " vs " + x.verdict().word());
          disagree = true;
        }
      }
      boolean tlcDecided = t.stream().noneMatch(x -> x.verdict() == Verdict.UNKNOWN);
      double plainPer = perState(p.millis(), p.states());
      double tlcPer = perState(tlcMillis, tlcStates);
      out.printf("%-20s %9d %9d %9.1f | %9d %9d %9.1f | %9s %9d %9s | %8s%n", in.name(), r.states(),
          r.millis(), perState(r.millis(), r.states()), p.states(), p.millis(), plainPer,
          tlcDecided ? Long.toString(tlcStates) : "unknown", tlcMillis,
          tlcDecided ? String.format("%.1f", tlcPer) : "-",
          tlcDecided && plainPer > 0 ? String.format("%.1fx", tlcPer / plainPer) : "-");
      out.flush();
    }
    out.println("red = explorer with its reduction; plain = every interleaving (--no-reduction);"
        + " tlc.ms includes the child JVM; us/st = microseconds per distinct state");
    return disagree ? ExitCodes.INTERNAL_ERROR : ExitCodes.OK;
  }

  /** Immutable; one exploration's size, time and verdicts. */
  private record Measured(long states, long millis, Map<PropertyId, Verdict> verdicts) {}

  private static Measured measureExplorer(ExplorerBackend explorer, VerificationTask task) {
    long start = System.nanoTime();
    ExplorerBackend.Run run = explorer.run(task);
    long millis = (System.nanoTime() - start) / 1_000_000;
    Map<PropertyId, Verdict> verdicts = new java.util.EnumMap<>(PropertyId.class);
    run.results().forEach(r -> verdicts.put(r.property(), r.verdict()));
    return new Measured(run.exploration().space().size(), millis, verdicts);
  }

  private static double perState(long millis, long states) {
    return states == 0 ? 0 : millis * 1000.0 / states;
  }

  private static Optional<VerificationTask> task(String text, boolean reduce, PrintWriter err) {
    return VerifyInputs.fromBytes("bench.air", text.getBytes(StandardCharsets.UTF_8), false, Map.of(),
        FaultBudget.NONE, err).map(l -> new VerificationTask(l.environment(), COMMON,
            new Bounds(5_000_000, 100_000, 600_000), l.environment().initPeer(), Progress.NONE, reduce));
  }
}
