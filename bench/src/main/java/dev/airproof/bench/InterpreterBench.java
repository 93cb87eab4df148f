package dev.airproof.bench;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.data.keys.PeerIdentity;
import dev.airproof.interpreter.scenario.RunReport;
import dev.airproof.interpreter.scenario.Scenario;
import dev.airproof.interpreter.scenario.ScenarioReadResult;
import dev.airproof.interpreter.scenario.ScenarioReader;
import dev.airproof.interpreter.scenario.ScenarioRunner;
import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.Outcome;
import dev.airproof.interpreter.semantics.RunParameters;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reference interpreter's speed (issue #3), in three measures:
 *
 * <ul>
 *   <li>{@code forkJoin}: every invocation of one run of {@code conformance/scenarios/forkjoin.json}
 *       (10 invocations on 4 peers, signatures made and checked) through {@link ScenarioRunner};
 *       the score is invocations per second. With {@code particle=fresh} each run has a new particle
 *       id, so every signature, data document and hash is new and no memo of the interpreter helps
 *       (the cost a node would pay); {@code particle=same} repeats one run (the cost inside the model
 *       checker, which meets the same invocations again).
 *   <li>{@code sequentialFold}: one run of a fold over 1,000 elements that calls a service per
 *       element one after another ({@code seq} then {@code next}), answered inline: 1,002 invocations
 *       on one peer over a growing trace; the score is runs per second.
 *   <li>{@code replay10k}: one invocation whose prev and current data are the same completed trace
 *       of 10,001 states (a fold over 5,000 elements issuing a call per element in {@code par});
 *       nothing is new, so the invocation reads, verifies, merges and re-executes the whole trace.
 *       The score is the time per invocation; run it with {@code -Dairproof.memo=off} (see
 *       {@code replay10kCold}) for the cost without the interpreter's memos.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xss16m", "-Xmx4g"})
public class InterpreterBench {
  /**
   * The particle ids of the fork-join runs (the only measure they change): {@code fresh}, a new id
   * per run; {@code same}, one id.
   */
  @State(Scope.Benchmark)
  public static class Particles {
    /** {@code fresh} or {@code same}. */
    @Param({"fresh", "same"})
    public String particle;
    private long runs;

    Scenario of(Scenario s) {
      return particle.equals("fresh") ? s.withParticleId(s.particle().id() + "-" + (runs++)) : s;
    }
  }

  private final AquaVmInterpreter interpreter = new AquaVmInterpreter();
  private Scenario forkJoin;
  private Instruction forkJoinScript;
  private Scenario fold;
  private Instruction foldScript;
  private Instruction replayScript;
  private String replayText;
  private byte[] replayData;
  private RunParameters replayParams;

  @Setup(Level.Trial)
  public void setUp() {
    forkJoin = scenario(read(Path.of("conformance", "scenarios", "forkjoin.json")), "forkjoin.json");
    forkJoinScript = parse(forkJoin.air());
    fold = scenario("{\"name\": \"fold-1000\", \"air\": \"(seq (call %init_peer_id% (\\\"gen\\\" \\\"list\\\") [] xs)"
        + " (fold xs x (seq (call %init_peer_id% (\\\"svc\\\" \\\"f\\\") [x]) (next x))))\","
        + " \"peers\": [\"user\"], \"initPeer\": \"user\", \"services\": {\"user\": {"
        + " \"gen/list\": {\"return\": " + range(1000) + "}, \"svc/f\": {\"echo\": true}}},"
        + " \"delivery\": {\"callResults\": \"inline\"}, \"maxSteps\": 5000}", "fold-1000");
    foldScript = parse(fold.air());
    RunReport check = ScenarioRunner.run(fold, foldScript, fold.air(), interpreter);
    if (check.invocations() != 1002 || check.executedCalls().size() != 1001) {
      throw new IllegalStateException("the fold benchmark does not run as designed: "
          + check.invocations() + " invocations, " + check.executedCalls().size() + " calls");
    }
    buildReplay();
  }

  /** A completed 10,001-state trace: a list call, then 5,000 calls issued in par by one fold. */
  private void buildReplay() {
    replayText = "(seq (call %init_peer_id% (\"gen\" \"list\") [] xs)"
        + " (fold xs x (par (call %init_peer_id% (\"svc\" \"f\") [x]) (next x))))";
    replayScript = parse(replayText);
    PeerIdentity user = PeerIdentity.fromAlias("user");
    replayParams = RunParameters.of(user.peerId(), user.peerId(), 1_700_000_000_000L, 120_000L,
        user.seed(), "replay-10k");
    Outcome first = interpreter.invoke(replayScript, replayText, new byte[0], new byte[0], replayParams, Map.of());
    Outcome listed = interpreter.invoke(replayScript, replayText, first.data(), new byte[0], replayParams,
        Map.of(1, new CallServiceResult(0, range(5000))));
    Map<Integer, CallServiceResult> answers = new TreeMap<>();
    listed.callRequests().keySet().forEach(k -> answers.put(k, new CallServiceResult(0, "\"ok\"")));
    Outcome done = interpreter.invoke(replayScript, replayText, listed.data(), new byte[0], replayParams, answers);
    if (listed.callRequests().size() != 5000 || done.retCode() != 0 || !done.callRequests().isEmpty()) {
      throw new IllegalStateException("the replay trace was not built: " + listed.callRequests().size()
          + " requests, ret " + done.retCode() + " " + done.errorMessage());
    }
    replayData = done.data();
  }

  private static String range(int n) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? "," : "").append(i);
    }
    return sb.append(']').toString();
  }

  /** Invocations per second of the fork-join scenario (10 per run). */
  @Benchmark
  @OperationsPerInvocation(10)
  public RunReport forkJoin(Particles particles) {
    Scenario s = particles.of(forkJoin);
    return ScenarioRunner.run(s, forkJoinScript, s.air(), interpreter);
  }

  /** Runs per second of the 1,000-call sequential fold (1,002 invocations per run). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public RunReport sequentialFold() {
    return ScenarioRunner.run(fold, foldScript, fold.air(), interpreter);
  }

  /** One invocation over the 10,001-state trace, with the interpreter's memos. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Outcome replay10k() {
    return interpreter.invoke(replayScript, replayText, replayData, replayData, replayParams, Map.of());
  }

  /** The same invocation without any memo ({@code -Dairproof.memo=off}): the cold cost. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(value = 1, jvmArgs = {"-Xss16m", "-Xmx4g", "-Dairproof.memo=off"})
  public Outcome replay10kCold() {
    return interpreter.invoke(replayScript, replayText, replayData, replayData, replayParams, Map.of());
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException("run the benchmarks from the repository root", e);
    }
  }

  private static Scenario scenario(String json, String name) {
    return switch (ScenarioReader.read(json, name)) {
      case ScenarioReadResult.Read ok -> ok.scenario();
      case ScenarioReadResult.Invalid bad -> throw new IllegalStateException(name + ": " + bad.errors());
    };
  }

  private static Instruction parse(String air) {
    return ((Parsed) AirParser.parse("bench.air", air)).root();
  }
}
