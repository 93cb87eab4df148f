package dev.airproof.bench;

import dev.airproof.interpreter.gen.ForkJoinScripts;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.petri.model.PetriNet;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.petri.reach.ReachabilityExplorer;
import dev.airproof.petri.reach.ReachabilityGraph;
import dev.airproof.translator.petri.AirToNet;
import dev.airproof.translator.petri.NetOptions;
import dev.airproof.translator.petri.TranslationResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reachability-graph construction ({@link ReachabilityExplorer}) on the Petri nets of AIR scripts
 * (default translation: no call failures, folds unrolled to 2), in reachable markings per second.
 *
 * <p>Inputs ({@link #script}): {@code forkjoin-N} for N = 2..12 is the fork-join of
 * examples/forkjoin.air with N providers: N calls in nested pars on {@code "provider_i"}, an
 * averager call on {@code "averager"} over all N results, then a call back on
 * {@code %init_peer_id%}; {@code nested-folds} (the example with the most reachable markings) and
 * {@code network-explore} (the largest net). The setup prints each net's places, transitions and
 * reachable markings; the {@code states} counter is markings stored per second (searches stop at
 * {@link #BOUND} markings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NetReachabilityBench {
  /** Which net. */
  @Param({"forkjoin-2", "forkjoin-3", "forkjoin-4", "forkjoin-5", "forkjoin-6", "forkjoin-7",
      "forkjoin-8", "forkjoin-9", "forkjoin-10", "forkjoin-11", "forkjoin-12", "nested-folds",
      "network-explore"})
  public String script;

  /**
   * At most this many markings are stored: the fork-join's graph grows about 6-fold per provider
   * (1,105,662 markings for N = 8), so from N = 9 on the benchmark measures the rate of the first
   * {@value} markings of a truncated search.
   */
  static final int BOUND = 2_000_000;

  private PetriNet net;

  /** Per-iteration counter of reachable markings stored: JMH reports it per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Markings {
    /** Markings stored. */
    public long states;

    @Setup(Level.Iteration)
    public void reset() {
      states = 0;
    }
  }

  @Setup(Level.Trial)
  public void translate() {
    String text = script.startsWith("forkjoin-")
        ? forkJoin(Integer.parseInt(script.substring("forkjoin-".length())))
        : resource("/examples/" + script + ".air");
    ParseResult parsed = AirParser.parse(script + ".air", text);
    if (!(parsed instanceof Parsed p)) {
      throw new IllegalStateException("does not parse: " + parsed);
    }
    if (!(AirToNet.translate(p.root(), NetOptions.defaults().withCallsMayFail(false))
        instanceof TranslationResult.Translated t)) {
      throw new IllegalStateException("not translated: " + script);
    }
    net = t.translation().net();
    ReachabilityGraph g = ReachabilityExplorer.explore(net, ExplorationLimits.states(BOUND));
    System.out.printf("%n[NetReachabilityBench] %s: %d places, %d transitions, %s%d reachable"
        + " markings, %d edges%n", script, net.placeCount(), net.transitionCount(),
        g.isComplete() ? "" : "more than ", g.stateCount(), g.edgeCount());
  }

  /** The fork-join with {@code n} providers ({@link ForkJoinScripts}). */
  public static String forkJoin(int n) {
    return ForkJoinScripts.of(n);
  }

  private static String resource(String name) {
    return BenchResources.text(NetReachabilityBench.class, name);
  }


  @Benchmark
  public ReachabilityGraph explore(Markings counter) {
    ReachabilityGraph g = ReachabilityExplorer.explore(net, ExplorationLimits.states(BOUND));
    counter.states += g.stateCount();
    return g;
  }
}
