package dev.airproof.properties.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.gen.AirGen;
import dev.airproof.interpreter.gen.Feature;
import dev.airproof.interpreter.gen.Peer;
import dev.airproof.interpreter.reduce.AirShrinker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-validation of TLC against the explorer on generated scripts (issue 6): for at least
 * {@value #REQUIRED} scripts of the fragment the TLA+ back end supports, both back ends decide
 * every property alike and reach the same set of quiescent outcomes ({@link TlcCrossCheck}).
 * Scripts: literal peers {@code peer_a}, {@code peer_b}; call, ap, canon, seq, par, xor, new,
 * match, never, null, fail; at most 10 instructions; every other script lets calls fail. Scripts
 * the translator refuses (stream maps, non-ASCII text, integers beyond 32 bits) cost nothing and
 * are counted by reason. TLC runs in
 * child JVMs, two at a time. A disagreement is shrunk (each step re-runs TLC) and reported with the
 * seed; the shrunk ones found so far are replayed from {@code tlc/cross-check/*.air}. The seed is
 * printed; {@code -Dairproof.test.seed=N} replays.
 */
class TlcExplorerCrossCheckTest {
  static final int REQUIRED = 200;
  static final int MAX_GENERATED = 1000;
  static final Path REGRESSIONS = Path.of("src", "test", "resources", "tlc", "cross-check");
  static final EnumSet<Feature> FRAGMENT = EnumSet.of(Feature.CALL, Feature.AP, Feature.CANON,
      Feature.SEQ, Feature.PAR, Feature.XOR, Feature.MATCH, Feature.NEW, Feature.NEVER,
      Feature.NULL, Feature.FAIL);

  private static TlcBackend backend() {
    return new TlcBackend(TlcFixtures.jvm(), TlcFixtures.workRoot(), 256);
  }

  @Test
  void tlcAndTheExplorerAgreeOnGeneratedScripts() throws Exception {
    long seed = Long.getLong("airproof.test.seed", System.nanoTime());
    System.out.println("TlcExplorerCrossCheckTest seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    AirGen.Config cfg = new AirGen.Config(10, 6,
        List.of(new Peer.Literal("peer_a"), new Peer.Literal("peer_b")), FRAGMENT);
    List<Instruction> scripts = new ArrayList<>();
    for (int i = 0; i < MAX_GENERATED; i++) {
      scripts.add(AirGen.script(rnd, cfg));
    }
    long start = System.nanoTime();
    TlcBackend backend = backend();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<String> disagreements = new ArrayList<>();
    Map<String, Integer> notCompared = new TreeMap<>();
    int agreed = 0;
    long outcomes = 0;
    try {
      int next = 0;
      while (agreed < REQUIRED && next < scripts.size()) {
        List<Future<TlcCrossCheck.Outcome>> batch = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int k = 0; k < 8 && next < scripts.size(); k++, next++) {
          int index = next;
          indices.add(index);
          batch.add(pool.submit(() -> TlcCrossCheck.check(TlcCrossCheck.print(scripts.get(index)),
              index % 2 == 1, backend)));
        }
        for (int k = 0; k < batch.size(); k++) {
          int index = indices.get(k);
          switch (get(batch.get(k))) {
            case TlcCrossCheck.Agree a -> {
              agreed++;
              outcomes += a.outcomes();
            }
            case TlcCrossCheck.NotCompared n -> notCompared.merge(n.why(), 1, Integer::sum);
            case TlcCrossCheck.Disagree d -> disagreements.add(shrunk(scripts.get(index),
                index % 2 == 1, backend, d));
          }
        }
        if (next % 100 == 0) {
          System.out.printf("TlcExplorerCrossCheckTest: %d generated, %d agree, %.0f s%n", next,
              agreed, (System.nanoTime() - start) / 1e9);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("TlcExplorerCrossCheckTest: %d scripts agree (%d quiescent outcomes), %d not"
        + " compared %s, %d disagree, %.1f s%n", agreed, outcomes,
        notCompared.values().stream().mapToInt(Integer::intValue).sum(), notCompared,
        disagreements.size(), (System.nanoTime() - start) / 1e9);
    assertEquals(List.of(), disagreements, "seed " + seed);
    assertTrue(agreed >= REQUIRED, "seed " + seed + ": only " + agreed + " scripts compared");
  }

  private static TlcCrossCheck.Outcome get(Future<TlcCrossCheck.Outcome> f) throws Exception {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    }
  }

  private static String shrunk(Instruction script, boolean failures, TlcBackend backend,
      TlcCrossCheck.Disagree d) {
    String kind = d.why().substring(0, d.why().indexOf(':') + 1);
    Instruction small = AirShrinker.shrink(script, x -> TlcCrossCheck.check(TlcCrossCheck.print(x),
        failures, backend) instanceof TlcCrossCheck.Disagree e && e.why().startsWith(kind));
    return "failures=" + failures + " " + d + "\nshrunk:\n" + TlcCrossCheck.print(small)
        + "\nshrunk outcome: " + TlcCrossCheck.check(TlcCrossCheck.print(small), failures, backend)
        + "\noriginal:\n" + TlcCrossCheck.print(script);
  }

  @TestFactory
  Stream<DynamicTest> shrunkDisagreementsAreReplayed() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(REGRESSIONS)) {
      files = s.filter(p -> p.toString().endsWith(".air")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no regression scripts in " + REGRESSIONS);
    Pattern header = Pattern.compile("; tlc-cross-check: failures=(true|false) expect=(agree)");
    TlcBackend backend = backend();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String text = Files.readString(f);
      Matcher m = header.matcher(text.lines().findFirst().orElse(""));
      assertTrue(m.matches(), f + ": the first line must be the cross-check header");
      TlcCrossCheck.Outcome o = TlcCrossCheck.check(text, Boolean.parseBoolean(m.group(1)), backend);
      assertInstanceOf(TlcCrossCheck.Agree.class, o, f + ": " + o);
    }));
  }
}
