package dev.airproof.bench;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.gen.AirGen;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse throughput of {@link AirParser} (lexing, parsing and validation) in MB/s of UTF-8 source.
 *
 * <p>Inputs ({@link #input}): {@code generated} is one script of about 10 MB drawn by
 * {@link AirGen} (seed 20261124, at most 215,000 instructions, every feature, nesting at most 900
 * of AquaVM's 1000); {@code aqua} is the hand-written Aqua-style
 * {@code examples/network-explore.air} (Kademlia-like exploration with a join and a timeout, about
 * 3 KB), parsed repeatedly. The {@code mb} counter of each benchmark is the throughput in megabytes
 * (10^6 bytes) per second; {@code print} measures {@link AirPrinter#print} on the same tree for
 * comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xss16m", "-Xmx4g"})
public class ParseBench {
  /** Which script to parse. */
  @Param({"generated", "aqua"})
  public String input;

  private String text;
  private double megabytes;
  private Instruction tree;

  /** Per-iteration MB counter: JMH reports it as MB/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    /** Megabytes of source handled. */
    public double mb;

    @Setup(Level.Iteration)
    public void reset() {
      mb = 0;
    }
  }

  @Setup(Level.Trial)
  public void load() {
    text = switch (input) {
      case "generated" -> generated();
      case "aqua" -> resource("/examples/network-explore.air");
      default -> throw new IllegalArgumentException("unknown input " + input);
    };
    megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    ParseResult result = AirParser.parse(input + ".air", text);
    if (!(result instanceof Parsed parsed)) {
      throw new IllegalStateException("benchmark input does not parse: " + result);
    }
    tree = parsed.root();
    System.out.printf("%n[ParseBench] input %s: %.3f MB%n", input, megabytes);
  }

  /**
   * About 10 MB of generated AIR (9,760,047 bytes): seed {@value #SEED}, at most 215,000
   * instructions, nesting at most 900. The exact script (and size) changes whenever
   * {@link AirGen}'s random choices change; the benchmark prints the size it measured, and the
   * bound here is re-tuned to keep it near 10 MB.
   */
  static String generated() {
    AirGen.Config cfg = AirGen.Config.defaults().withMaxInstructions(215_000).withMaxDepth(900);
    return AirPrinter.print(AirGen.script(new SplittableRandom(SEED), cfg));
  }

  /** Seed of the generated input. */
  static final long SEED = 20261124L;

  private static String resource(String name) {
    return BenchResources.text(ParseBench.class, name);
  }


  @Benchmark
  public ParseResult parse(Throughput counter) {
    ParseResult r = AirParser.parse(input + ".air", text);
    counter.mb += megabytes;
    return r;
  }

  @Benchmark
  public String print(Throughput counter) {
    String s = AirPrinter.print(tree);
    counter.mb += megabytes;
    return s;
  }
}
