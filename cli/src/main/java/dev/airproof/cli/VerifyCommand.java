package dev.airproof.cli;

import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.properties.backend.Backend;
import dev.airproof.properties.backend.Disagreements;
import dev.airproof.properties.backend.ExplorerBackend;
import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.properties.explorer.Bounds;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.ExplorationResult;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.PeerSpec;
import dev.airproof.properties.explorer.Progress;
import dev.airproof.properties.report.ReportMarkdown;
import dev.airproof.properties.report.CounterexampleFile;
import dev.airproof.properties.report.VerifyJson;
import dev.airproof.properties.report.VerifyReport;
import dev.airproof.properties.report.VerifyText;
import dev.airproof.translator.petri.NetOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code airproof verify}: explores every delivery order and service answer of a script or scenario
 * and decides the properties of the catalogue ({@code docs/properties.md}).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Proves or refutes properties of an AIR workflow over every delivery order and service answer.",
      "Properties: termination, completion, no-stuck-join, at-most-once, convergence,",
      "convergence-unordered, no-uncaught-error (off by default).",
      "Exit: 0 all hold, 1 a property is violated or not proved within the bounds, 2 user error."
    })
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "an .air script or a scenario .json")
  Path file;

  @Option(names = "--property", split = ",", paramLabel = "ID",
      description = "properties to check (repeatable or comma-separated); default: all but no-uncaught-error")
  List<String> properties = new ArrayList<>();

  @Option(names = "--max-states", paramLabel = "N", description = "state bound (default: ${DEFAULT-VALUE})")
  long maxStates = 1_000_000;

  @Option(names = "--max-depth", paramLabel = "N", description = "depth bound (default: ${DEFAULT-VALUE})")
  int maxDepth = 10_000;

  @Option(names = "--time-limit", paramLabel = "SECONDS", description = "time bound (default: ${DEFAULT-VALUE})")
  long timeLimit = 600;

  @Option(names = "--failures", description = "bare scripts: every call may also fail (ret code 1)")
  boolean failures;

  @Option(names = "--faults", split = ",", paramLabel = "KIND[=N]",
      description = "faults, each bounded (default 1): dup, drop, amnesia; e.g. --faults dup=2,amnesia")
  List<String> faults = new ArrayList<>();

  @Option(names = "--peers", split = ",", paramLabel = "VAR=ALIAS[+ALIAS...]",
      description = "bare scripts: the peers a peer variable stands for, e.g. --peers relay=r1 or nodes=n1+n2")
  List<String> peers = new ArrayList<>();

  @Option(names = "--complete-on", paramLabel = "ALIAS", description = "peer on which completion is required (default: the init peer)")
  String completeOn;

  @Option(names = "--json", description = "print one JSON object instead of text")
  boolean json;

  @Option(names = "--report", paramLabel = "DIR", description = "write report.md and report.json into DIR")
  Path reportDir;

  @Option(names = "--no-progress", description = "no progress lines on the terminal")
  boolean noProgress;

  @Option(names = "--no-reduction",
      description = "explore every interleaving and tell apart states that differ only in a "
          + "forwarding peer id (no partial-order reduction, no sender quotient; both are also off "
          + "with faults)")
  boolean noReduction;

  @Option(names = "--fold-bound", paramLabel = "N", defaultValue = "2",
      description = "petri back end: iterations each fold is unrolled to, 1..16 (default: ${DEFAULT-VALUE})")
  int foldBound;

  @Option(names = "--backend", paramLabel = "NAME",
      description = "back end: ${COMPLETION-CANDIDATES}, or all (default: ${DEFAULT-VALUE})",
      completionCandidates = BackendNames.class)
  String backend = "explorer";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Set<PropertyId>> chosen = chosenProperties(err);
    Optional<FaultBudget> budget = faultBudget(err);
    if (chosen.isEmpty() || budget.isEmpty()) {
      return ExitCodes.USER_ERROR;
    }
    Optional<LoadedInput> input = VerifyInputs.load(file, failures, bindings(), budget.get(), err);
    if (input.isEmpty()) {
      return ExitCodes.USER_ERROR;
    }
    Environment env = input.get().environment();
    int completeIndex = env.initPeer();
    if (completeOn != null) {
      completeIndex = indexOfAlias(env, completeOn);
      if (completeIndex < 0) {
        err.println("airproof: --complete-on " + completeOn + ": no such peer (peers: "
            + env.peers().stream().map(PeerSpec::alias).toList() + ")");
        return ExitCodes.USER_ERROR;
      }
    }
    if (!BackendNames.known(backend)) {
      err.println("airproof: unknown back end '" + backend + "'; known: " + BackendNames.NAMES + " and all");
      return ExitCodes.USER_ERROR;
    }
    Optional<InsightfulInterpreter> interpreter = BackendNames.needsInterpreter(backend)
        ? InterpreterProvider.insightful() : Optional.empty();
    if (BackendNames.needsInterpreter(backend) && interpreter.isEmpty()) {
      err.println("airproof: internal error: no interpreter implementation is available"
          + " (the explorer needs it; --backend tlc does not)");
      return ExitCodes.INTERNAL_ERROR;
    }
    if (foldBound < 1 || foldBound > 16) {
      err.println("airproof: --fold-bound must be between 1 and 16");
      return ExitCodes.USER_ERROR;
    }
    List<Backend> chosenBackends = BackendNames.select(backend, interpreter,
        NetOptions.defaults().withCallsMayFail(failures).withFoldBound(foldBound));
    long start = System.nanoTime();
    Progress progress = noProgress || json || System.console() == null ? Progress.NONE
        : new TerminalProgress(err);
    VerificationTask task = new VerificationTask(env, chosen.get(),
        new Bounds(maxStates, maxDepth, timeLimit * 1000), completeIndex, progress, !noReduction);
    ExplorationResult explored = null;
    List<PropertyResult> results = new ArrayList<>();
    for (Backend b : chosenBackends) {
      if (b instanceof ExplorerBackend e) {
        ExplorerBackend.Run run = e.run(task);
        explored = run.exploration();
        results.addAll(run.results());
      } else {
        results.addAll(b.check(task));
      }
    }
    if (progress instanceof TerminalProgress tp) {
      tp.finish();
    }
    // A property asked for by name that no chosen back end decides is reported, never left out;
    // without --property each back end answers the default properties it decides.
    for (PropertyId p : properties.isEmpty() ? Set.<PropertyId>of() : chosen.get()) {
      if (results.stream().noneMatch(r -> r.property() == p)) {
        for (Backend b : chosenBackends) {
          results.add(new PropertyResult(p, Verdict.UNKNOWN, b.name(), 0, 0, "not checked: the "
              + b.name() + " back end decides only " + b.supports().stream().map(PropertyId::id).toList()
              + " (the explorer decides every property)", Optional.empty()));
        }
      }
    }
    List<String> disagreements = Disagreements.of(results);
    VerifyReport report = new VerifyReport(file.toString(),
        env.peers().stream().map(PeerSpec::alias).toList(), env.peers().get(env.initPeer()).alias(),
        input.get().description() + (explored == null ? ""
            : explored.reduced() ? "; partial-order reduction and sender quotient on" : "; full interleaving search"),
        explored == null ? results.stream().mapToLong(PropertyResult::states).max().orElse(0)
            : explored.space().size(),
        explored == null ? 0 : explored.transitions(), explored == null ? 0 : explored.quiescent().size(),
        explored == null ? "" : explored.boundReached().orElse(""),
        (System.nanoTime() - start) / 1_000_000, results);
    out.print(json ? VerifyJson.write(report) : VerifyText.render(report));
    out.flush();
    if (reportDir != null) {
      Files.createDirectories(reportDir);
      Files.writeString(reportDir.resolve("report.json"), VerifyJson.write(report));
      List<Path> written = CounterexampleFiles.write(reportDir, results, file.toString(),
          input.get().text(), new CounterexampleFile.ModelOptions(failures, budget.get(), bindings(),
              Optional.ofNullable(completeOn), explored != null && explored.reduced()));
      Files.writeString(reportDir.resolve("report.md"), ReportMarkdown.render(report, env.scriptText())
          + CounterexampleFiles.replaySection(written));
      err.println("airproof: wrote " + reportDir.resolve("report.md") + " and report.json"
          + (written.isEmpty() ? "" : "; replay a counterexample with: airproof run --replay "
              + written.get(0)));
    }
    if (reportDir == null && !json && results.stream()
        .anyMatch(r -> r.backend().equals("explorer") && r.counterexample().isPresent())) {
      err.println("airproof: --report DIR also writes each counterexample as a file that"
          + " `airproof run --replay FILE` re-executes");
    }
    if (!disagreements.isEmpty()) {
      err.println("airproof: BUG: the back ends disagree (please report this with the file):");
      disagreements.forEach(d -> err.println("  " + d));
      return ExitCodes.INTERNAL_ERROR;
    }
    boolean allHold = results.stream().allMatch(r -> r.verdict() == Verdict.HOLDS);
    return allHold ? ExitCodes.OK : ExitCodes.VIOLATED;
  }

  private static int indexOfAlias(Environment env, String alias) {
    for (int i = 0; i < env.peers().size(); i++) {
      if (env.peers().get(i).alias().equals(alias)) {
        return i;
      }
    }
    return -1;
  }

  private Optional<Set<PropertyId>> chosenProperties(PrintWriter err) {
    Set<PropertyId> set = EnumSet.noneOf(PropertyId.class);
    if (properties.isEmpty()) {
      for (PropertyId p : PropertyId.values()) {
        if (p.byDefault()) {
          set.add(p);
        }
      }
      return Optional.of(set);
    }
    for (String id : properties) {
      Optional<PropertyId> p = PropertyId.fromId(id.strip());
      if (p.isEmpty()) {
        err.println("airproof: unknown property '" + id + "'; known: "
            + java.util.Arrays.stream(PropertyId.values()).map(PropertyId::id).toList());
        return Optional.empty();
      }
      set.add(p.get());
    }
    return Optional.of(set);
  }

  private Optional<FaultBudget> faultBudget(PrintWriter err) {
    int dup = 0;
    int drop = 0;
    int amnesia = 0;
    for (String f : faults) {
      String[] kv = f.strip().split("=", 2);
      int n;
      try {
        n = kv.length == 2 ? Integer.parseInt(kv[1]) : 1;
      } catch (NumberFormatException e) {
        err.println("airproof: --faults " + f + ": the bound must be a number");
        return Optional.empty();
      }
      switch (kv[0]) {
        case "dup" -> dup = n;
        case "drop" -> drop = n;
        case "amnesia" -> amnesia = n;
        default -> {
          err.println("airproof: --faults: unknown fault '" + kv[0] + "' (known: dup, drop, amnesia)");
          return Optional.empty();
        }
      }
    }
    if (dup < 0 || drop < 0 || amnesia < 0) {
      err.println("airproof: --faults: bounds must be >= 0");
      return Optional.empty();
    }
    return Optional.of(new FaultBudget(dup, drop, amnesia));
  }

  private Map<String, List<String>> bindings() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String b : peers) {
      String[] kv = b.split("=", 2);
      if (kv.length == 2) {
        out.put(kv[0].strip(), List.of(kv[1].strip().split("\\+")));
      }
    }
    return out;
  }
}
