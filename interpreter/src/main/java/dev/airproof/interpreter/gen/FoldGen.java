package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonStreamMapRef;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LengthFunctor;
import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import java.util.Optional;

/**
 * Draws folds and their {@code next}: each fold gets a fresh iterator (so iterators are never
 * reused or nested twice), at most one {@code next} placed in its own body and never in nested
 * folds or in the last instruction, and in stream and stream-map folds only in tail position.
 */
final class FoldGen {
  private static final Span S = ValueGen.S;
  private final GenRun run;

  FoldGen(GenRun run) {
    this.run = run;
  }

  GenRun.Gen foldScalar(Env env, int depth, int budget) {
    String it = run.names.iterator();
    Value iterable = scalarIterable(env);
    Parts p = parts(env, it, false, depth, budget);
    return new GenRun.Gen(new FoldScalar(iterable, new ScalarName(it, S), p.body.instr(),
        p.last.map(GenRun.Gen::instr), S), p.after, false, p.size);
  }

  GenRun.Gen foldStream(Env env, int depth, int budget) {
    String it = run.names.iterator();
    String stream = run.values.pickName(env.streams());
    Parts p = parts(env, it, true, depth, budget);
    return new GenRun.Gen(new FoldStream(new StreamName(stream, S),
        new ScalarName(it, S), p.body.instr(), p.last.map(GenRun.Gen::instr), S),
        p.after, false, p.size);
  }

  GenRun.Gen foldStreamMap(Env env, int depth, int budget) {
    String it = run.names.iterator();
    String map = run.values.pickName(env.maps());
    Parts p = parts(env, it, true, depth, budget);
    return new GenRun.Gen(new FoldStreamMap(new StreamMapName(map, S),
        new ScalarName(it, S), p.body.instr(), p.last.map(GenRun.Gen::instr), S),
        p.after, false, p.size);
  }

  private Value scalarIterable(Env env) {
    int scalars = env.scalars().isEmpty() ? 0 : 4;
    int canons = env.canons().isEmpty() ? 0 : 3;
    int canonMaps = env.canonMaps().isEmpty() ? 0 : 3;
    int roll = run.rnd.nextInt(scalars + canons + canonMaps + 1);
    if (roll < scalars) {
      return run.values.scalar(env);
    }
    if (roll < scalars + canons) {
      return run.values.canon(env, Optional.empty());
    }
    if (roll < scalars + canons + canonMaps) {
      Optional<Lens> lens = run.cfg.has(Feature.LENSES) && run.rnd.nextInt(3) == 0
          ? Optional.of(run.values.path(env)) : Optional.empty();
      return new CanonStreamMapRef(run.values.pickName(env.canonMaps()), lens, S);
    }
    return new EmptyArray(S);
  }

  /** The body and optional last instruction of a fold, and the environment after it. */
  private record Parts(GenRun.Gen body, Optional<GenRun.Gen> last, Env after, int size) {}

  private Parts parts(Env env, String it, boolean stream, int depth, int budget) {
    boolean withLast = budget >= 3 && run.rnd.nextInt(10) < (stream ? 4 : 3);
    int lastBudget = withLast ? 1 + run.rnd.nextInt(Math.max(1, (budget - 2) / 3)) : 0;
    Env inner = env.withScalar(it).withNext(Optional.of(new Env.NextSlot(it, stream)));
    GenRun.Gen body = body(inner, it, stream, depth + 1, budget - 1 - lastBudget);
    Optional<GenRun.Gen> last = withLast
        ? Optional.of(lastInstruction(env.withoutNext(), depth + 1, lastBudget))
        : Optional.empty();
    Env after = env.withStreamsOf(body.env());
    if (last.isPresent()) {
      after = after.withStreamsOf(last.get().env());
    }
    int size = 1 + body.size() + last.map(GenRun.Gen::size).orElse(0);
    return new Parts(body, last, after.withNext(env.next()), size);
  }

  private GenRun.Gen lastInstruction(Env env, int depth, int budget) {
    int roll = run.rnd.nextInt(4);
    if (roll == 0 && run.on(Feature.NULL)) {
      return new GenRun.Gen(new Null(S), env, false, 1);
    }
    if (roll == 1 && run.on(Feature.NEVER)) {
      return new GenRun.Gen(new Never(S), env, false, 1);
    }
    return run.node(env, depth, budget);
  }

  /**
   * A fold body: mostly {@code (seq|par|xor work (next it))} (or, for scalar folds, also with the
   * {@code next} first), sometimes a free subtree that may hold the {@code next} anywhere allowed,
   * sometimes no {@code next} at all.
   */
  private GenRun.Gen body(Env inner, String it, boolean stream, int depth, int budget) {
    int roll = run.rnd.nextInt(20);
    boolean room = run.cfg.maxDepth() - depth >= 1 && budget >= 3;
    if (roll < 13 && room && (run.on(Feature.SEQ) || run.on(Feature.PAR) || run.on(Feature.XOR))) {
      GenRun.Gen work = run.node(inner.withoutNext(), depth + 1, budget - 2);
      Instruction next = new Next(new ScalarName(it, S), S);
      boolean nextFirst = !stream && run.rnd.nextInt(4) == 0;
      Instruction l = nextFirst ? next : work.instr();
      Instruction r = nextFirst ? work.instr() : next;
      Instruction combined = switch (combinator()) {
        case 0 -> new Seq(l, r, S);
        case 1 -> new Par(l, r, S);
        default -> new Xor(l, r, S);
      };
      return new GenRun.Gen(combined, work.env(), true, 2 + work.size());
    }
    Env env = roll < 18 ? inner : inner.withoutNext();
    return run.node(env, depth, budget);
  }

  private int combinator() {
    while (true) {
      int c = run.rnd.nextInt(10);
      int pick = c < 5 ? 0 : c < 8 ? 1 : 2;
      Feature f = pick == 0 ? Feature.SEQ : pick == 1 ? Feature.PAR : Feature.XOR;
      if (run.on(f)) {
        return pick;
      }
    }
  }

  boolean joinPossible(Env env, int room, int budget) {
    return budget >= 15 && room >= 7 && !env.streams().isEmpty()
        && run.on(Feature.FOLD_STREAM) && run.on(Feature.NEW) && run.on(Feature.CANON)
        && run.on(Feature.MATCH) && run.on(Feature.XOR) && run.on(Feature.SEQ)
        && run.on(Feature.AP) && run.on(Feature.LENSES) && run.on(Feature.NEVER)
        && run.on(Feature.NULL);
  }

  /**
   * Aqua's join over a stream: copy values of {@code $src} into a fresh stream until it holds
   * {@code n} of them, then canonicalise it and gate on the result.
   *
   * <pre>
   * (new $tmp (seq (seq (fold $src it (seq (seq (ap it $tmp) (canon peer $tmp #$count))
   *                                        (xor (match #$count.length n (null)) (next it)))
   *                      (never))
   *                     (canon peer $tmp #$result))
   *                (ap #$result gate)))
   * </pre>
   */
  GenRun.Gen join(Env env, int depth, int budget) {
    StreamName src = new StreamName(run.values.pickName(env.streams()), S);
    StreamName tmp = new StreamName(run.names.stream(), S);
    ScalarName it = new ScalarName(run.names.iterator(), S);
    String count = run.names.canon();
    String result = run.names.canon();
    ScalarName gate = new ScalarName(run.names.scalar(), S);
    Value peer = run.values.peer(env);
    Instruction copy = new Seq(
        new Ap(new ScalarRef(it.name(), Optional.empty(), S), tmp, S),
        new Canon(peer, tmp, new CanonStreamName(count, false, S), S), S);
    Value counted = new CanonStreamRef(count, false, Optional.of(new LengthFunctor(S)), S);
    Instruction enough = new Match(counted, new IntLiteral(1 + run.rnd.nextInt(3), S),
        new Null(S), S);
    Instruction body = new Seq(copy, new Xor(enough, new Next(it, S), S), S);
    Instruction fold = new FoldStream(src, it, body, Optional.of(new Never(S)), S);
    Instruction freeze = new Canon(peer, tmp, new CanonStreamName(result, false, S), S);
    Instruction gated = new Ap(new CanonStreamRef(result, false, Optional.empty(), S), gate, S);
    Instruction scoped = new New(tmp, new Seq(new Seq(fold, freeze, S), gated, S), S);
    Env after = env.withCanon("#$" + result).withScalar(gate.name());
    return new GenRun.Gen(scoped, after, false, 15);
  }
}
