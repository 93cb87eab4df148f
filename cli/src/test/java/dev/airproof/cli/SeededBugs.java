package dev.airproof.cli;

import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.IndexAccessor;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.ValuePath;
import dev.airproof.interpreter.ast.Xor;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LengthFunctor;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Walk;
import dev.airproof.interpreter.syntax.AirPrinter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.airproof.properties.catalogue.PropertyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Stateless; seeded bugs: mutations of a correct script (every default property holds in the default
 * environment of a bare script, no faults) that are known to break one property there.
 *
 * <p>All three work on the script's <em>spine</em>: the instructions reached from the root through
 * {@code seq} nodes only. Because the original is complete on the init peer in every quiescent
 * state, and a {@code seq} runs its right side only once its left side is complete, every spine
 * instruction ran in every run of the original, in spine order.
 *
 * <ul>
 *   <li>{@link Kind#DEFINITION_IN_XOR_FALLBACK} (no-stuck-join): a spine call {@code (call P (S F) A
 *       x)} whose {@code x} a later spine call reads becomes {@code (xor (call P (S F) A) (call P (S
 *       F) A x))}. Calls never fail in the default environment without {@code --failures}, so the
 *       fallback never runs, {@code x} is never written and the reader waits forever.
 *   <li>{@link Kind#CALLBACK_TO_WRONG_PEER} (completion): the last spine instruction, a call on
 *       {@code %init_peer_id%}, is sent to another peer instead; nothing follows it, so its result
 *       never reaches the init peer and the script is never complete there.
 *   <li>{@link Kind#HEDGED_CALL_WITHOUT_JOIN} (convergence): the same spine call with a read result
 *       is sent to two peers in parallel into a stream, and the init peer takes element 0 of a canon
 *       of that stream without a join; the two copies answer differently (each call position has
 *       its own answer), a {@code par} completes with one branch, so the reader gets whichever
 *       answer arrived first and two runs with the same answers execute different calls.
 *   <li>{@link Kind#JOIN_ALL_IN_ARRIVAL_ORDER} (convergence, but not convergence-unordered): the
 *       same two copies, joined properly (Aqua's stream fold until the canon has both answers), and
 *       the scalar becomes the canon of both. Order follows arrival, so the readers get {@code [a,b]}
 *       or {@code [b,a]}; as multisets they agree, so convergence-unordered must still hold. Only
 *       applied when every use of the scalar is a plain call argument (no lens, no peer, no other
 *       instruction), so that nothing else can see the order.
 * </ul>
 *
 * <p>There is no script mutation for at-most-once: without faults the model never runs a call
 * instance twice (that needs amnesia, see {@code examples/manifest.json}).
 */
final class SeededBugs {
  private SeededBugs() {}

  /** A mutation and the property it breaks. */
  enum Kind {
    DEFINITION_IN_XOR_FALLBACK(PropertyId.NO_STUCK_JOIN),
    CALLBACK_TO_WRONG_PEER(PropertyId.COMPLETION),
    HEDGED_CALL_WITHOUT_JOIN(PropertyId.CONVERGENCE),
    JOIN_ALL_IN_ARRIVAL_ORDER(PropertyId.CONVERGENCE, PropertyId.CONVERGENCE_UNORDERED);

    final PropertyId breaks;
    final Optional<PropertyId> keeps;

    Kind(PropertyId breaks) {
      this.breaks = breaks;
      this.keeps = Optional.empty();
    }

    Kind(PropertyId breaks, PropertyId keeps) {
      this.breaks = breaks;
      this.keeps = Optional.of(keeps);
    }
  }

  /**
   * Immutable; one mutant.
   *
   * @param kind the mutation
   * @param site the index of the mutated spine instruction
   * @param script the mutated script
   */
  record Mutant(Kind kind, int site, Instruction script) {}

  /** Every mutant of {@code original} ({@code otherPeer}: a literal peer of the script). */
  static List<Mutant> mutants(Instruction original, String otherPeer) {
    List<Instruction> spine = new ArrayList<>();
    flatten(original, spine);
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < spine.size(); i++) {
      if (spine.get(i) instanceof Call c && readLater(spine, i)) {
        int site = i;
        out.add(new Mutant(Kind.DEFINITION_IN_XOR_FALLBACK, i,
            replace(original, site, x -> new Xor(withoutOutput(c), c, Span.NONE))));
        out.add(new Mutant(Kind.HEDGED_CALL_WITHOUT_JOIN, i,
            replace(original, site, x -> hedged(c, site))));
        if (onlyPlainArguments(original, ((ScalarName) c.output().orElseThrow()).name())) {
          out.add(new Mutant(Kind.JOIN_ALL_IN_ARRIVAL_ORDER, i,
              replace(original, site, x -> joinedInArrivalOrder(c, site))));
        }
      }
    }
    int last = spine.size() - 1;
    if (spine.get(last) instanceof Call c && c.peer() instanceof InitPeerId) {
      Call moved = new Call(new StringLiteral(otherPeer, Span.NONE), c.service(), c.function(),
          c.args(), c.output(), c.span());
      out.add(new Mutant(Kind.CALLBACK_TO_WRONG_PEER, last, replace(original, last, x -> moved)));
    }
    return out;
  }

  private static void flatten(Instruction i, List<Instruction> spine) {
    if (i instanceof Seq s) {
      flatten(s.left(), spine);
      flatten(s.right(), spine);
    } else {
      spine.add(i);
    }
  }

  /** Spine call {@code i} writes a scalar that a later spine call reads directly. */
  private static boolean readLater(List<Instruction> spine, int i) {
    if (!(spine.get(i) instanceof Call c) || c.output().isEmpty()
        || !(c.output().get() instanceof ScalarName out)) {
      return false;
    }
    for (int j = i + 1; j < spine.size(); j++) {
      if (spine.get(j) instanceof Call reader && reads(reader, out.name())) {
        return true;
      }
    }
    return false;
  }

  private static boolean reads(Call c, String name) {
    List<Value> values = new ArrayList<>(c.args());
    values.add(c.peer());
    values.add(c.service());
    values.add(c.function());
    return values.stream().anyMatch(v -> v instanceof ScalarRef r && r.name().equals(name));
  }

  private static Call withoutOutput(Call c) {
    return new Call(c.peer(), c.service(), c.function(), c.args(), Optional.empty(), c.span());
  }

  private static Instruction hedged(Call c, int site) {
    StreamName stream = new StreamName("hedge" + site, Span.NONE);
    CanonStreamName canon = new CanonStreamName("hedge" + site + "_now", false, Span.NONE);
    Instruction copies = new Par(
        new Call(new StringLiteral("peer_a", Span.NONE), c.service(), c.function(), c.args(),
            Optional.of(stream), Span.NONE),
        new Call(new StringLiteral("peer_b", Span.NONE), c.service(), c.function(), c.args(),
            Optional.of(stream), Span.NONE),
        Span.NONE);
    ScalarName out = (ScalarName) c.output().orElseThrow();
    Value first = new CanonStreamRef(canon.name(), false, Optional.of(new ValuePath(
        List.of(new IndexAccessor(0, Span.NONE)), false, Span.NONE)), Span.NONE);
    return new Seq(copies, new Seq(new Canon(new InitPeerId(Span.NONE), stream, canon, Span.NONE),
        new Ap(first, out, Span.NONE), Span.NONE), Span.NONE);
  }

  private static Instruction joinedInArrivalOrder(Call c, int site) {
    String n = "joined" + site;
    StreamName stream = new StreamName(n, Span.NONE);
    StreamName seen = new StreamName(n + "_seen", Span.NONE);
    ScalarName item = new ScalarName(n + "_item", Span.NONE);
    CanonStreamName now = new CanonStreamName(n + "_now", false, Span.NONE);
    CanonStreamName all = new CanonStreamName(n + "_all", false, Span.NONE);
    Instruction copies = new Par(
        new Call(new StringLiteral("peer_a", Span.NONE), c.service(), c.function(), c.args(),
            Optional.of(stream), Span.NONE),
        new Call(new StringLiteral("peer_b", Span.NONE), c.service(), c.function(), c.args(),
            Optional.of(stream), Span.NONE),
        Span.NONE);
    Instruction body = new Seq(
        new Seq(new Ap(new ScalarRef(item.name(), Optional.empty(), Span.NONE), seen, Span.NONE),
            new Canon(new InitPeerId(Span.NONE), seen, now, Span.NONE), Span.NONE),
        new Xor(new Match(new CanonStreamRef(now.name(), false, Optional.of(new LengthFunctor(Span.NONE)),
                Span.NONE), new IntLiteral(2, Span.NONE), new Null(Span.NONE), Span.NONE),
            new Next(item, Span.NONE), Span.NONE),
        Span.NONE);
    Instruction join = new FoldStream(stream, item, body, Optional.of(new Never(Span.NONE)), Span.NONE);
    ScalarName out = (ScalarName) c.output().orElseThrow();
    return new Seq(copies, new Seq(join, new Seq(new Canon(new InitPeerId(Span.NONE), seen, all, Span.NONE),
        new Ap(new CanonStreamRef(all.name(), false, Optional.empty(), Span.NONE), out, Span.NONE),
        Span.NONE), Span.NONE), Span.NONE);
  }

  /**
   * Every occurrence of {@code name} in the printed script is its definition or a call argument
   * without a lens (conservative: an occurrence inside a string literal also disqualifies).
   */
  private static boolean onlyPlainArguments(Instruction root, String name) {
    int[] plain = {0};
    Walk.instructions(root, i -> {
      if (i instanceof Call c) {
        c.args().forEach(v -> plain[0] += v instanceof ScalarRef r && r.name().equals(name)
            && r.lens().isEmpty() ? 1 : 0);
      }
    });
    Matcher m = Pattern.compile("(?<![\\w$#%.:-])" + Pattern.quote(name) + "(?![\\w.:-])")
        .matcher(AirPrinter.print(root));
    int tokens = 0;
    while (m.find()) {
      tokens++;
    }
    return tokens == plain[0] + 1;
  }

  /** {@code root} with spine instruction {@code site} replaced by {@code f} of it. */
  private static Instruction replace(Instruction root, int site, UnaryOperator<Instruction> f) {
    int[] index = {0};
    return replace(root, site, f, index);
  }

  private static Instruction replace(Instruction node, int site, UnaryOperator<Instruction> f,
      int[] index) {
    if (node instanceof Seq s) {
      Instruction left = replace(s.left(), site, f, index);
      Instruction right = replace(s.right(), site, f, index);
      return new Seq(left, right, s.span());
    }
    return index[0]++ == site ? f.apply(node) : node;
  }
}
