package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Walk;
import dev.airproof.interpreter.gen.AirGen;
import dev.airproof.interpreter.gen.Feature;
import dev.airproof.interpreter.gen.Peer;
import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.properties.backend.ExplorerBackend;
import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.properties.environment.DefaultEnvironment;
import dev.airproof.properties.explorer.Bounds;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded-bug corpus: correct scripts (small correct examples and AirGen scripts with literal peers
 * that verify clean in the default environment) and their {@link SeededBugs} mutants. The explorer
 * must pass every original and flag every mutant for the property its mutation breaks (and keep the
 * property a mutation must keep, see {@link SeededBugs.Kind}). Failures print the AirGen seed and the
 * mutant's text.
 */
class SeededBugCorpusTest {
  /** A fixed corpus by default; {@code -Dairproof.test.seed=N} draws another one. */
  private static final long BASE_SEED = Long.getLong("airproof.test.seed", 0x5EEDB065L);
  private static final int GENERATED = 20;
  private static final List<String> EXAMPLES =
      List.of("forkjoin", "xor-fallback", "canon-hop", "recursive-stream");
  private static final Set<PropertyId> DEFAULT_PROPERTIES =
      EnumSet.complementOf(EnumSet.of(PropertyId.NO_UNCAUGHT_ERROR));
  private static final Bounds ORIGINAL_BOUNDS = new Bounds(3_000, 10_000, 20_000);
  private static final Bounds MUTANT_BOUNDS = new Bounds(100_000, 10_000, 60_000);

  /** Immutable; a correct script and where it came from. */
  record Original(String origin, Instruction script) {}

  @Test
  void theExplorerPassesEveryOriginalAndFlagsEveryMutant() throws IOException {
    InsightfulInterpreter interpreter = InterpreterProvider.insightful()
        .orElseThrow(() -> new AssertionError("no insightful interpreter on the class path"));
    ExplorerBackend explorer = new ExplorerBackend(interpreter);
    List<Original> originals = originals(explorer);
    Map<SeededBugs.Kind, Integer> perKind = new EnumMap<>(SeededBugs.Kind.class);
    List<String> missed = new ArrayList<>();
    for (Original o : originals) {
      for (SeededBugs.Mutant m : SeededBugs.mutants(o.script(), "peer_a")) {
        Instruction mutant = parse(AirPrinter.print(m.script()));
        Map<PropertyId, Verdict> v = verdicts(explorer, mutant, MUTANT_BOUNDS);
        perKind.merge(m.kind(), 1, Integer::sum);
        boolean kept = m.kind().keeps.map(k -> v.get(k) == Verdict.HOLDS).orElse(true);
        if (v.get(m.kind().breaks) != Verdict.VIOLATED || !kept) {
          missed.add(o.origin() + " " + m.kind() + " at spine " + m.site() + ": " + v + "\n"
              + AirPrinter.print(mutant));
        }
      }
    }
    System.out.println("seeded-bug corpus (seed " + BASE_SEED + "): " + originals.size()
        + " originals, mutants per kind " + perKind);
    assertEquals(List.of(), missed, "mutants not flagged for their property (seed " + BASE_SEED + ")");
    for (SeededBugs.Kind k : SeededBugs.Kind.values()) {
      assertTrue(perKind.getOrDefault(k, 0) >= GENERATED, "too few " + k + " mutants: " + perKind);
    }
  }

  /** The examples (which must verify clean) and the first clean AirGen scripts with two calls or more. */
  private static List<Original> originals(ExplorerBackend explorer) throws IOException {
    List<Original> originals = new ArrayList<>();
    for (String name : EXAMPLES) {
      Instruction script = parse(Files.readString(Path.of("..", "examples", name + ".air")));
      assertTrue(clean(explorer, script), name + ".air must verify clean");
      originals.add(new Original("examples/" + name + ".air", script));
    }
    int generated = 0;
    for (long seed = BASE_SEED; generated < GENERATED && seed < BASE_SEED + 400; seed++) {
      Instruction body = AirGen.script(new SplittableRandom(seed), config());
      Instruction script = framed(body);
      if (calls(body) >= 2 && clean(explorer, script)) {
        originals.add(new Original("AirGen seed " + seed, script));
        generated++;
      }
    }
    assertTrue(generated >= GENERATED, "only " + generated + " clean AirGen scripts in 400 seeds");
    return originals;
  }

  private static boolean clean(ExplorerBackend explorer, Instruction script) {
    return verdicts(explorer, script, ORIGINAL_BOUNDS).values().stream()
        .allMatch(v -> v == Verdict.HOLDS);
  }

  /**
   * Scripts of at most 14 instructions over literal peers, with calls, seq/par/xor, ap, canon, new
   * and match (lenses, fails, folds and error values mostly fail or wait on the default answers).
   */
  private static AirGen.Config config() {
    return AirGen.Config.defaults()
        .withMaxInstructions(14)
        .withMaxDepth(6)
        .withPeers(List.of(new Peer.Literal("peer_a"), new Peer.Literal("peer_b")))
        .withFeatures(EnumSet.of(Feature.CALL, Feature.SEQ, Feature.PAR, Feature.XOR, Feature.AP,
            Feature.CANON, Feature.NEW, Feature.NULL, Feature.MATCH));
  }

  /**
   * The Aqua frame around a generated body: read an input on a peer, run the body, return the input
   * and every scalar the body's spine calls wrote to the init peer (so every script has a final
   * callback, and every spine call with a result has a reader).
   */
  private static Instruction framed(Instruction body) {
    StringBuilder results = new StringBuilder("frame_input");
    spineOutputs(body).forEach(n -> results.append(' ').append(n));
    return parse("(seq (call \"peer_a\" (\"source\" \"get\") [] frame_input) (seq "
        + AirPrinter.print(body) + " (call %init_peer_id% (\"callback\" \"done\") [" + results + "])))");
  }

  private static int calls(Instruction script) {
    int[] n = {0};
    Walk.instructions(script, i -> n[0] += i instanceof Call ? 1 : 0);
    return n[0];
  }

  private static List<String> spineOutputs(Instruction i) {
    List<String> out = new ArrayList<>();
    if (i instanceof Seq s) {
      out.addAll(spineOutputs(s.left()));
      out.addAll(spineOutputs(s.right()));
    } else if (i instanceof Call c && c.output().isPresent() && c.output().get() instanceof ScalarName n) {
      out.add(n.name());
    }
    return out;
  }

  private static Instruction parse(String text) {
    ParseResult r = AirParser.parse("seeded", text);
    if (r instanceof Parsed p) {
      return p.root();
    }
    throw new AssertionError("does not parse: " + r + "\n" + text);
  }

  private static Map<PropertyId, Verdict> verdicts(ExplorerBackend explorer, Instruction script,
      Bounds bounds) {
    String text = AirPrinter.print(script);
    DefaultEnvironment.Built built = DefaultEnvironment.build(script, text,
        new DefaultEnvironment.Options(false, Map.of(), FaultBudget.NONE));
    if (!(built instanceof DefaultEnvironment.Ok ok)) {
      throw new AssertionError("no default environment: " + built + "\n" + text);
    }
    List<PropertyResult> results;
    try {
      results = explorer.check(new VerificationTask(ok.environment(), DEFAULT_PROPERTIES, bounds,
          ok.environment().initPeer(), Progress.NONE));
    } catch (RuntimeException e) {
      throw new AssertionError("the explorer crashed on (seed " + BASE_SEED + ")\n" + text, e);
    }
    return results.stream().collect(Collectors.toMap(PropertyResult::property, PropertyResult::verdict,
        (a, b) -> a, () -> new EnumMap<>(PropertyId.class)));
  }
}
