package dev.airproof.properties.petri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.Walk;
import dev.airproof.interpreter.gen.AirGen;
import dev.airproof.interpreter.gen.Feature;
import dev.airproof.interpreter.gen.Peer;
import dev.airproof.interpreter.reduce.AirShrinker;
import dev.airproof.translator.graph.Variables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Cross-validation of the net and the DAG against full explorations of generated scripts (issue 7):
 * the net's terminal call multisets equal the explorer's quiescent ones, and the DAG's earliest hop
 * depth of every call equals the explorer's (so their critical paths in hops are equal). The
 * fragment: literal peers, call, ap, canon, seq, par, xor, new, never, null (and fail for the
 * multisets), up to 12 instructions, minus scripts that read after a par a scalar or canon defined
 * inside it (a known translation bug, docs/petri-semantics.md §3). Disagreements are shrunk and
 * reported; the shrunk ones found so far are replayed from {@code petri/cross-check/*.air}. The
 * seed is printed; {@code -Dairproof.test.seed=N} replays.
 */
class NetExplorerCrossCheckTest {
  static final int SCRIPTS = 1000;
  static final int REQUIRED = 300;
  static final EnumSet<Feature> HOP_FRAGMENT = EnumSet.of(Feature.CALL, Feature.AP, Feature.CANON,
      Feature.SEQ, Feature.PAR, Feature.XOR, Feature.NEW, Feature.NEVER, Feature.NULL);
  static final Path REGRESSIONS = Path.of("src", "test", "resources", "petri", "cross-check");

  @Test
  void netTerminalCallMultisetsEqualTheExplorersQuiescentOnes() {
    EnumSet<Feature> features = EnumSet.copyOf(HOP_FRAGMENT);
    features.add(Feature.FAIL);
    run("multisets", features, true, false);
  }

  @Test
  void dagEarliestHopDepthsEqualTheExplorersOnes() {
    run("hops", HOP_FRAGMENT, false, true);
  }

  private static void run(String what, Set<Feature> features, boolean alternateFailures,
      boolean hops) {
    long seed = Long.getLong("airproof.test.seed", System.nanoTime());
    System.out.println("NetExplorerCrossCheckTest " + what + " seed " + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    AirGen.Config cfg = new AirGen.Config(12, 7,
        List.of(new Peer.Literal("peer_a"), new Peer.Literal("peer_b")), features);
    int exact = 0;
    int included = 0;
    int outside = 0;
    int soundOutside = 0;
    List<String> notCompared = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < SCRIPTS; i++) {
      Instruction script = AirGen.script(rnd, cfg);
      boolean failures = alternateFailures && i % 2 == 1;
      if (parOutputUsedAfter(script)) {
        outside++;
        if (!hops) {
          CrossCheck.Outcome sound = CrossCheck.holdsOnlyIfExplorerHolds(CrossCheck.print(script),
              failures);
          switch (sound) {
            case CrossCheck.Agree a -> soundOutside++;
            case CrossCheck.Disagree d -> disagreements.add("failures=" + failures + " " + d
                + "\nscript:\n" + CrossCheck.print(script));
            case CrossCheck.Included a -> soundOutside++;
            case CrossCheck.NotCompared n -> notCompared.add(n.why());
          }
        }
        continue;
      }
      switch (CrossCheck.check(CrossCheck.print(script), failures, hops)) {
        case CrossCheck.Agree a -> exact++;
        case CrossCheck.Included a -> included++;
        case CrossCheck.NotCompared n -> notCompared.add(n.why());
        case CrossCheck.Disagree d -> {
          Instruction small = AirShrinker.shrink(script, x -> CrossCheck.check(CrossCheck.print(x),
              failures, hops) instanceof CrossCheck.Disagree);
          disagreements.add("failures=" + failures + " "
              + CrossCheck.check(CrossCheck.print(small), failures, hops) + "\nshrunk:\n"
              + CrossCheck.print(small) + "\noriginal:\n" + CrossCheck.print(script));
        }
      }
    }
    System.out.printf("NetExplorerCrossCheckTest %s: %d equal, %d inclusion only, %d outside the"
        + " fragment (%d of them checked for sound verdicts), %d not compared %s%n", what, exact,
        included, outside, soundOutside, notCompared.size(), notCompared);
    assertEquals(List.of(), disagreements, "seed " + seed);
    assertTrue(exact >= REQUIRED, "seed " + seed + ": only " + exact + " scripts compared exactly");
  }

  /**
   * True iff some scalar or canon defined inside a par is read outside it. Such scripts are
   * outside the exact comparison: the DAG assumes every value reaches its readers, and the net,
   * which carries data between peers, does not model that every peer re-runs the continuation in
   * its own view, nor the atomicity of AquaVM's invocations ({@code docs/petri-semantics.md} §3).
   * For them the multiset check requires sound verdicts instead: the net may say no-stuck-join or
   * completion holds only if the explorer agrees.
   */
  static boolean parOutputUsedAfter(Instruction script) {
    List<Instruction> all = new ArrayList<>();
    Walk.instructions(script, all::add);
    for (Instruction i : all) {
      if (!(i instanceof Par)) {
        continue;
      }
      Set<Instruction> inside = Collections.newSetFromMap(new IdentityHashMap<>());
      Walk.instructions(i, inside::add);
      Set<String> defined = new HashSet<>();
      inside.forEach(x -> Variables.defs(x).stream()
              .filter(v -> !v.startsWith("$") && !v.startsWith("%")).forEach(defined::add));
      for (Instruction x : all) {
        if (!inside.contains(x) && Variables.uses(x).stream().anyMatch(defined::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  @TestFactory
  Stream<DynamicTest> shrunkDisagreementsAreReplayed() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(REGRESSIONS)) {
      files = s.filter(p -> p.toString().endsWith(".air")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no regression scripts in " + REGRESSIONS);
    Pattern header = Pattern.compile(
        "; cross-check: failures=(true|false) hops=(true|false) expect=(agree|included|disagree)");
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String text = Files.readString(f);
      Matcher m = header.matcher(text.lines().findFirst().orElse(""));
      assertTrue(m.matches(), f + ": the first line must be the cross-check header");
      CrossCheck.Outcome o = CrossCheck.check(text, Boolean.parseBoolean(m.group(1)),
          Boolean.parseBoolean(m.group(2)));
      if (m.group(3).equals("agree")) {
        assertInstanceOf(CrossCheck.Agree.class, o, f + ": " + o);
      } else if (m.group(3).equals("included")) {
        assertInstanceOf(CrossCheck.Included.class, o, f + ": " + o);
      } else {
        // a known bug: when it is fixed this fails; then make the file expect agreement
        assertInstanceOf(CrossCheck.Disagree.class, o, f + " agrees now: update its header");
        assertTrue(parOutputUsedAfter(((dev.airproof.interpreter.syntax.Parsed)
            dev.airproof.interpreter.syntax.AirParser.parse("k.air", text)).root()),
            f + " is not excluded from the generated fragment");
      }
    }));
  }
}
