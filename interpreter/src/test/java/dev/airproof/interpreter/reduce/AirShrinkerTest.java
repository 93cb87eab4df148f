package dev.airproof.interpreter.reduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.gen.AirGen;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AirPrinter;
import dev.airproof.interpreter.syntax.Parsed;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** {@link AirShrinker} reduces scripts with a planted property to known minimal forms. */
class AirShrinkerTest {
  private static final Span S = Span.NONE;

  private static Instruction generated(long seed) {
    return AirGen.script(new SplittableRandom(seed),
        AirGen.Config.defaults().withMaxInstructions(80).withMaxDepth(14));
  }

  private static Call planted(String peer, String service) {
    return new Call(new StringLiteral(peer, S), new StringLiteral(service, S),
        new StringLiteral("fn", S), List.of(new StringLiteral("arg", S)), Optional.empty(), S);
  }

  /** {@code root} with {@code (seq leaf L)} in place of its deepest-leftmost leaf {@code L}. */
  private static Instruction plant(Instruction root, Instruction leaf) {
    List<int[]> paths = TreePaths.preorder(root);
    int[] deepest = paths.get(0);
    for (int[] p : paths) {
      if (TreePaths.children(TreePaths.at(root, p).orElseThrow()).isEmpty() && p.length > deepest.length) {
        deepest = p;
      }
    }
    Instruction old = TreePaths.at(root, deepest).orElseThrow();
    return TreePaths.replace(root, deepest, new Seq(leaf, old, S));
  }

  private static boolean callsService(Instruction node, String service) {
    if (node instanceof Call c && c.service() instanceof StringLiteral s && s.value().equals(service)) {
      return true;
    }
    return TreePaths.children(node).stream().anyMatch(k -> callsService(k, service));
  }

  private static boolean callsPeer(Instruction node, String peer) {
    Value p = node instanceof Call c ? c.peer() : null;
    if (p instanceof StringLiteral s && s.value().equals(peer)) {
      return true;
    }
    return TreePaths.children(node).stream().anyMatch(k -> callsPeer(k, peer));
  }

  private static boolean parHittingPeerTwice(Instruction node) {
    if (node instanceof Par par && callsPeer(par.left(), "p1") && callsPeer(par.right(), "p1")) {
      return true;
    }
    return TreePaths.children(node).stream().anyMatch(AirShrinkerTest::parHittingPeerTwice);
  }

  /** The predicate, checking on the way that the shrinker only ever shows it valid AIR. */
  private static Predicate<Instruction> checked(Predicate<Instruction> property, AtomicInteger calls) {
    return t -> {
      calls.incrementAndGet();
      assertInstanceOf(Parsed.class, AirParser.parse("candidate.air", AirPrinter.print(t)));
      return property.test(t);
    };
  }

  @Test
  void aPlantedCallShrinksToTheCallAlone() {
    for (long seed = 0; seed < 20; seed++) {
      Instruction script = plant(generated(seed), planted("bad_peer", "evil"));
      AtomicInteger calls = new AtomicInteger();
      Instruction small = AirShrinker.shrink(script, checked(t -> callsService(t, "evil"), calls));
      assertEquals("(call \"\" (\"evil\" \"\") [])", AirPrinter.printCompact(small), "seed " + seed);
      assertTrue(calls.get() > 1);
    }
  }

  @Test
  void aParWithTheSamePeerInBothBranchesKeepsJustThat() {
    for (long seed = 0; seed < 10; seed++) {
      Instruction base = generated(seed);
      Instruction script = new Par(plant(base, planted("p1", "a")), plant(base, planted("p1", "b")), S);
      Instruction small = AirShrinker.shrink(script,
          checked(AirShrinkerTest::parHittingPeerTwice, new AtomicInteger()));
      assertEquals("(par (call \"p1\" (\"\" \"\") []) (call \"p1\" (\"\" \"\") []))",
          AirPrinter.printCompact(small), "seed " + seed);
    }
  }

  @Test
  void shrinkingIsDeterministic() {
    Instruction script = plant(generated(3), planted("bad_peer", "evil"));
    Predicate<Instruction> property = t -> callsService(t, "evil") && callsPeer(t, "bad_peer");
    assertEquals(AirShrinker.shrink(script, property), AirShrinker.shrink(script, property));
  }

  @Test
  void aScriptWithoutTheFailureIsReturnedUnchanged() {
    Instruction script = generated(5);
    assertSame(script, AirShrinker.shrink(script, t -> false));
  }

  @Test
  void everythingShrinksToNullUnderATruePredicate() {
    assertEquals("(null)", AirPrinter.printCompact(AirShrinker.shrink(generated(9), t -> true)));
  }
}
