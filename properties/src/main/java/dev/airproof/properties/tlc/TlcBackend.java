package dev.airproof.properties.tlc;

import dev.airproof.properties.backend.Backend;
import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.translator.tla.GeneratedModule;
import dev.airproof.translator.tla.TlaCheck;
import dev.airproof.translator.tla.TlaModuleWriter;
import dev.airproof.translator.tla.TlaTranslation;
import dev.airproof.translator.tla.Unsupported;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TLA+ back end: translates the task into an instance module of {@code spec/AIR.tla}, model-checks
 * it with TLC 2.18 in child JVMs and maps TLC's verdicts back to the catalogue (docs/tla-backend.md).
 * Invariants are checked together; TLC stops at the first violation, so a violated invariant is
 * dropped and the rest re-checked; {@code Termination} (temporal) rides along in the same runs. The
 * time limit {@code bounds().maxMillis()} covers all runs of one check. Not thread-safe per call
 * directory, but stateless between calls.
 */
public final class TlcBackend implements Backend {
  /** The module name of generated models. */
  public static final String MODULE = "Workflow";
  private static final Map<PropertyId, TlaCheck> CHECKS = checks();
  private final ChildJvm jvm;
  private final Path workRoot;
  private final int heapMegabytes;

  /**
   * A back end running TLC through {@code jvm}, in fresh directories under {@code workRoot}, with a
   * heap of {@code heapMegabytes} per child.
   */
  public TlcBackend(ChildJvm jvm, Path workRoot, int heapMegabytes) {
    this.jvm = Objects.requireNonNull(jvm, "jvm");
    this.workRoot = Objects.requireNonNull(workRoot, "workRoot").toAbsolutePath();
    if (heapMegabytes < 64) {
      throw new IllegalArgumentException("heap " + heapMegabytes + " MB");
    }
    this.heapMegabytes = heapMegabytes;
  }

  private static Map<PropertyId, TlaCheck> checks() {
    Map<PropertyId, TlaCheck> m = new LinkedHashMap<>();
    m.put(PropertyId.TERMINATION, TlaCheck.TERMINATION);
    m.put(PropertyId.COMPLETION, TlaCheck.QUIESCENT_COMPLETED);
    m.put(PropertyId.NO_STUCK_JOIN, TlaCheck.NO_STUCK_JOIN);
    m.put(PropertyId.AT_MOST_ONCE, TlaCheck.AT_MOST_ONCE);
    m.put(PropertyId.CONVERGENCE, TlaCheck.CONVERGENCE);
    m.put(PropertyId.NO_UNCAUGHT_ERROR, TlaCheck.NO_UNCAUGHT_ERROR);
    m.put(PropertyId.CONVERGENCE_UNORDERED, TlaCheck.CONVERGENCE_UNORDERED);
    return Map.copyOf(m);
  }

  /** The TLA+ check that decides {@code property}, if this back end supports it. */
  public static Optional<TlaCheck> checkOf(PropertyId property) {
    return Optional.ofNullable(CHECKS.get(property));
  }

  @Override
  public String name() {
    return "tlc";
  }

  @Override
  public Set<PropertyId> supports() {
    return EnumSet.copyOf(CHECKS.keySet());
  }

  @Override
  public List<PropertyResult> check(VerificationTask task) {
    List<PropertyId> asked = task.properties().stream().filter(CHECKS::containsKey)
        .sorted(Comparator.naturalOrder()).toList();
    Map<PropertyId, PropertyResult> results = new LinkedHashMap<>();
    List<PropertyId> open = new ArrayList<>(asked);
    if (open.contains(PropertyId.COMPLETION) && task.completeOn() != task.environment().initPeer()) {
      open.remove(PropertyId.COMPLETION);
      results.put(PropertyId.COMPLETION, unknown(PropertyId.COMPLETION, 0, 0,
          "the TLA+ spec checks completion on the init peer only (--complete-on is not modelled)"));
    }
    TlaEnvironments.Adapted adapted = TlaEnvironments.of(task.environment());
    Optional<Unsupported> refused = switch (adapted) {
      case TlaEnvironments.Ready r -> {
        if (!open.isEmpty()) {
          new TlcSession(this, task, r, results, open).run();
        }
        yield Optional.empty();
      }
      case TlaEnvironments.Refused r -> Optional.of(r.why());
    };
    for (PropertyId p : open) {
      results.putIfAbsent(p, unknown(p, 0, 0, refused.map(Unsupported::message).orElse("not decided")));
    }
    return asked.stream().map(results::get).toList();
  }

  /** One translation of the task for the given checks. */
  TlaTranslation translate(VerificationTask task, TlaEnvironments.Ready env, Set<TlaCheck> checks) {
    return TlaModuleWriter.write(MODULE, task.environment().script(), task.environment().scriptText(),
        env.environment(), checks);
  }

  /** Runs TLC on {@code module} in a fresh directory, which is deleted afterwards. */
  TlcRunner.Run runTlc(GeneratedModule module, Duration timeout) {
    return runTlc(module, timeout, List.of(), (run, dir) -> run);
  }

  /**
   * Runs TLC on {@code module} with the extra options {@code extra} (paths relative to the run's
   * directory); {@code after} reads what the run left in that directory before it is deleted.
   */
  <T> T runTlc(GeneratedModule module, Duration timeout, List<String> extra,
      java.util.function.BiFunction<TlcRunner.Run, Path, T> after) {
    Path dir = null;
    try {
      Files.createDirectories(workRoot);
      dir = Files.createTempDirectory(workRoot, "tlc-");
      SpecModules.extractTo(dir);
      Files.writeString(dir.resolve(module.name() + ".tla"), module.tlaText(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(module.name() + ".cfg"), module.cfgText(), StandardCharsets.UTF_8);
      SpecCopy copy = new SpecCopy(dir);
      List<String> args = new ArrayList<>(List.of("-tool", "-workers", "1",
          "-metadir", copy.subdirectory("meta").toString(), "-config", module.name() + ".cfg"));
      args.addAll(extra);
      args.add(module.name());
      ChildJvm.Exit exit = jvm.run(copy, "tlc2.TLC", args, timeout, heapMegabytes);
      int status = exit.status().orElse(-1);
      // A run killed at the time limit may stop in the middle of a message: its verdict is unknown
      // whatever it printed, so its output is not parsed.
      String output = exit.status().isEmpty() ? "" : exit.output();
      return after.apply(new TlcRunner.Run(TlcResult.of(status, output), exit.output(),
          exit.wallTime(), exit.status().isEmpty()), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while TLC ran", e);
    } finally {
      if (dir != null) {
        deleteQuietly(dir);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // best effort: the directory is under the caller's work root
    }
  }

  static PropertyResult unknown(PropertyId p, long states, long millis, String detail) {
    return new PropertyResult(p, Verdict.UNKNOWN, "tlc", states, millis, detail, Optional.empty());
  }
}
