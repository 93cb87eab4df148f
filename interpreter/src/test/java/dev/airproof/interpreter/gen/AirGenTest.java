package dev.airproof.interpreter.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Shapes;
import dev.airproof.interpreter.gen.FeatureMix.Kind;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.Parsed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Determinism, bounds, validity, feature switches and coverage of {@link AirGen}. */
class AirGenTest {
  private static Instruction gen(long seed, AirGen.Config cfg) {
    return AirGen.script(new SplittableRandom(seed), cfg);
  }

  @Test
  void sameSeedSameScript() {
    AirGen.Config cfg = AirGen.Config.defaults();
    for (long seed = 0; seed < 50; seed++) {
      assertEquals(gen(seed, cfg), gen(seed, cfg));
    }
  }

  @Test
  void everyKindAppearsOver500Seeds() {
    FeatureMix mix = FeatureMix.none();
    for (long seed = 0; seed < 500; seed++) {
      mix = mix.plus(FeatureMix.of(gen(seed, AirGen.Config.defaults())));
    }
    System.out.println("AirGen feature mix over 500 seeds (defaults):\n" + mix);
    assertEquals(Set.of(), mix.missing(), "kinds the generator never produced:\n" + mix);
  }

  @Test
  void scriptsRespectSizeAndDepthBoundsAndParse() {
    AirGen.Config cfg = AirGen.Config.defaults().withMaxInstructions(60).withMaxDepth(9);
    for (long seed = 0; seed < 300; seed++) {
      Instruction script = gen(seed, cfg);
      assertTrue(Trees.size(script) <= 60, "size of seed " + seed);
      assertTrue(Trees.depth(script) <= 9, "depth of seed " + seed);
      Parsed parsed = assertInstanceOf(Parsed.class,
          AirParser.parse("gen.air", AirPrinter.print(script)), "seed " + seed);
      assertTrue(Shapes.same(parsed.root(), script));
    }
  }

  @Test
  void largeConfigurationsStayWithinAquaVmsNesting() {
    AirGen.Config cfg = AirGen.Config.defaults().withMaxInstructions(20_000).withMaxDepth(1000);
    Instruction script = gen(7, cfg);
    assertTrue(Trees.size(script) >= 10_000, "size " + Trees.size(script));
    assertTrue(Trees.depth(script) <= AirParser.MAX_NESTING);
    assertInstanceOf(Parsed.class, AirParser.parse("big.air", AirPrinter.print(script)));
  }

  @Test
  void switchedOffFeaturesDoNotAppear() {
    AirGen.Config cfg = AirGen.Config.defaults().without(Feature.FOLD_STREAM, Feature.FOLD_STREAM_MAP,
        Feature.NEW, Feature.FAIL, Feature.LENSES, Feature.FLOATS, Feature.ERROR_VALUES,
        Feature.PARTICLE_VALUES, Feature.PAR, Feature.NEVER, Feature.LEGACY_CANON);
    FeatureMix mix = FeatureMix.none();
    for (long seed = 0; seed < 200; seed++) {
      mix = mix.plus(FeatureMix.of(gen(seed, cfg)));
    }
    for (Kind k : List.of(Kind.FOLD_OVER_STREAM, Kind.FOLD_OVER_STREAM_MAP, Kind.NEW_STREAM,
        Kind.NEW_SCALAR, Kind.FAIL_LITERAL, Kind.FAIL_ERROR, Kind.LENS_PATH, Kind.LENS_LENGTH,
        Kind.VALUE_FLOAT, Kind.VALUE_LAST_ERROR, Kind.VALUE_ERROR, Kind.VALUE_TIMESTAMP,
        Kind.VALUE_TTL, Kind.PAR, Kind.NEVER, Kind.VALUE_CANON_LEGACY)) {
      assertEquals(0, mix.count(k), k + " appeared although switched off");
    }
    assertTrue(mix.count(Kind.SEQ) > 0 && mix.count(Kind.CALL) > 0 && mix.count(Kind.XOR) > 0);
  }

  @Test
  void onlyConfiguredPeersAndInitPeerAreCalled() {
    AirGen.Config cfg = AirGen.Config.defaults().without(Feature.COMPUTED_TRIPLETS)
        .withPeers(List.of(new Peer.Literal("provider_1"), new Peer.Variable("relay_peer")));
    for (long seed = 0; seed < 100; seed++) {
      Instruction script = gen(seed, cfg);
      for (String peer : Trees.calledPeers(script)) {
        assertTrue(Set.of("\"provider_1\"", "relay_peer", "%init_peer_id%").contains(peer),
            "unexpected peer " + peer + " in seed " + seed);
      }
    }
  }

  @Test
  void everyFeatureCanBeSwitchedOffAloneAndTinyBoundsWork() {
    for (Feature off : Feature.values()) {
      AirGen.Config cfg = AirGen.Config.defaults().without(off);
      for (long seed = 0; seed < 40; seed++) {
        assertParses(gen(seed, cfg), off + " off, seed " + seed);
      }
    }
    AirGen.Config tiny = AirGen.Config.defaults().withMaxInstructions(6).withMaxDepth(4);
    AirGen.Config bare = tiny.withFeatures(Set.of()).withPeers(List.of(new Peer.Literal("p")));
    for (long seed = 0; seed < 200; seed++) {
      Instruction t = gen(seed, tiny);
      assertTrue(Trees.size(t) <= 6 && Trees.depth(t) <= 4, AirPrinter.print(t));
      assertParses(t, "tiny seed " + seed);
      assertEquals("(null)", AirPrinter.printCompact(gen(seed, bare)));
    }
  }

  private static void assertParses(Instruction script, String what) {
    Parsed parsed = assertInstanceOf(Parsed.class,
        AirParser.parse("gen.air", AirPrinter.print(script)), what);
    assertTrue(Shapes.same(parsed.root(), script), what);
  }

  @Test
  void configurationIsValidated() {
    AirGen.Config d = AirGen.Config.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withMaxDepth(3));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxDepth(1001));
    assertThrows(IllegalArgumentException.class, () -> d.withMaxInstructions(5));
    assertThrows(IllegalArgumentException.class, () -> d.withPeers(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Peer.Variable("x1"));
    assertThrows(IllegalArgumentException.class, () -> new Peer.Variable("true"));
    assertThrows(IllegalArgumentException.class, () -> new Peer.Literal("a\"b"));
    assertEquals(EnumSet.allOf(Feature.class), d.features());
  }
}
