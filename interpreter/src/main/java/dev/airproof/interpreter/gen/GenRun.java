package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One run of {@link AirGen}: draws the tree top-down, threading the {@link Env} of defined names
 * through it in text order. Mutable (fresh-name counter, random state); used for one script only.
 */
final class GenRun {
  /**
   * Immutable; a generated subtree.
   *
   * @param env what is defined after it, in text order, and may be used by what follows
   * @param usedNext whether it contains the {@code next} of the slot it was given
   * @param size its number of instructions
   */
  record Gen(Instruction instr, Env env, boolean usedNext, int size) {}

  private static final Span S = ValueGen.S;

  final RandomGenerator rnd;
  final AirGen.Config cfg;
  final GenNames names = new GenNames();
  final ValueGen values;
  private final LeafGen leaves;
  private final ScopeGen scopes;
  private final FoldGen folds;

  GenRun(RandomGenerator rnd, AirGen.Config cfg) {
    this.rnd = rnd;
    this.cfg = cfg;
    this.values = new ValueGen(rnd, cfg);
    this.leaves = new LeafGen(this);
    this.scopes = new ScopeGen(this);
    this.folds = new FoldGen(this);
  }

  Instruction script() {
    List<Peer.Variable> variables = new ArrayList<>();
    for (Peer p : cfg.peers()) {
      if (p instanceof Peer.Variable v && !variables.contains(v)) {
        variables.add(v);
      }
    }
    Env env = Env.empty();
    Optional<Instruction> prologue = Optional.empty();
    for (Peer.Variable v : variables) {
      Instruction read = new Call(new InitPeerId(S), new StringLiteral("getDataSrv", S),
          new StringLiteral(v.name(), S), List.of(), Optional.of(new ScalarName(v.name(), S)), S);
      prologue = Optional.of(prologue.<Instruction>map(p -> new Seq(p, read, S)).orElse(read));
      env = env.withScalar(v.name());
    }
    int budget = cfg.maxInstructions() - 2 * variables.size();
    int target = budget / 2 + rnd.nextInt(budget - budget / 2 + 1);
    Instruction body = node(env, prologue.isPresent() ? 2 : 1, Math.max(1, target)).instr();
    return prologue.<Instruction>map(p -> new Seq(p, body, S)).orElse(body);
  }

  /** A subtree at nesting depth {@code depth} (root = 1) of at most {@code budget} instructions. */
  Gen node(Env env, int depth, int budget) {
    int room = cfg.maxDepth() - depth;
    if (budget <= 1 || room <= 0) {
      return leaves.leaf(env);
    }
    int total = 0;
    int[] weights = new int[Kind.values().length];
    for (Kind k : Kind.values()) {
      weights[k.ordinal()] = weight(k, env, room, budget);
      total += weights[k.ordinal()];
    }
    if (total == 0) {
      return leaves.leaf(env);
    }
    int roll = rnd.nextInt(total);
    Kind chosen = Kind.LEAF;
    for (Kind k : Kind.values()) {
      roll -= weights[k.ordinal()];
      if (roll < 0) {
        chosen = k;
        break;
      }
    }
    return switch (chosen) {
      case SEQ -> seq(env, depth, budget);
      case PAR -> par(env, depth, budget);
      case XOR -> xor(env, depth, budget);
      case MATCH -> match(env, depth, budget);
      case NEW -> scopes.newScope(env, depth, budget);
      case FOLD_SCALAR -> folds.foldScalar(env, depth, budget);
      case FOLD_STREAM -> folds.foldStream(env, depth, budget);
      case FOLD_STREAM_MAP -> folds.foldStreamMap(env, depth, budget);
      case JOIN -> folds.join(env, depth, budget);
      case LEAF -> leaves.leaf(env);
    };
  }

  private enum Kind {
    SEQ, PAR, XOR, MATCH, NEW, FOLD_SCALAR, FOLD_STREAM, FOLD_STREAM_MAP, JOIN, LEAF
  }

  private int weight(Kind kind, Env env, int room, int budget) {
    return switch (kind) {
      case SEQ -> on(Feature.SEQ) && budget >= 3 ? 30 : 0;
      case PAR -> on(Feature.PAR) && budget >= 3 ? 14 : 0;
      case XOR -> on(Feature.XOR) && budget >= 3 ? 10 : 0;
      case MATCH -> on(Feature.MATCH) ? 7 : 0;
      case NEW -> on(Feature.NEW) && room >= 2 ? 7 : 0;
      case FOLD_SCALAR -> on(Feature.FOLD_SCALAR) && room >= 2 ? 7 : 0;
      case FOLD_STREAM -> on(Feature.FOLD_STREAM) && room >= 2 && !env.streams().isEmpty() ? 6 : 0;
      case FOLD_STREAM_MAP ->
          on(Feature.FOLD_STREAM_MAP) && room >= 2 && !env.maps().isEmpty() ? 4 : 0;
      case JOIN -> folds.joinPossible(env, room, budget) ? 3 : 0;
      case LEAF -> 3;
    };
  }

  boolean on(Feature feature) {
    return cfg.has(feature);
  }

  /**
   * The environment a first child starts from: in a tail-only slot (stream folds) the first child
   * of {@code seq}/{@code par} may not hold the {@code next}.
   */
  static Env firstChildEnv(Env env) {
    return env.next().filter(Env.NextSlot::tailOnly).isPresent() ? env.withoutNext() : env;
  }

  /** The environment of a second child: the slot of {@code parent} unless the first used it. */
  static Env secondChildEnv(Env base, Env parent, boolean firstUsedNext) {
    return base.withNext(firstUsedNext ? Optional.empty() : parent.next());
  }

  private int[] split(int budget) {
    int left = 1 + rnd.nextInt(budget - 2);
    return new int[] {left, budget - 1};
  }

  Gen seq(Env env, int depth, int budget) {
    int[] b = split(budget);
    Gen left = node(firstChildEnv(env), depth + 1, b[0]);
    Env second = secondChildEnv(left.env(), env, left.usedNext());
    Gen right = node(second, depth + 1, b[1] - left.size());
    return new Gen(new Seq(left.instr(), right.instr(), S), right.env().withNext(env.next()),
        left.usedNext() || right.usedNext(), 1 + left.size() + right.size());
  }

  Gen par(Env env, int depth, int budget) {
    int[] b = split(budget);
    Gen left = node(firstChildEnv(env), depth + 1, b[0]);
    Env base = crossBranch() ? left.env() : env;
    Gen right = node(secondChildEnv(base, env, left.usedNext()), depth + 1, b[1] - left.size());
    return new Gen(new Par(left.instr(), right.instr(), S),
        left.env().union(right.env()).withNext(env.next()),
        left.usedNext() || right.usedNext(), 1 + left.size() + right.size());
  }

  Gen xor(Env env, int depth, int budget) {
    int[] b = split(budget);
    Gen left = node(env, depth + 1, b[0]);
    Env base = crossBranch() ? left.env() : env;
    Gen right = node(secondChildEnv(base, env, left.usedNext()), depth + 1, b[1] - left.size());
    Env after = on(Feature.CROSS_BRANCH_USES) && rnd.nextBoolean()
        ? left.env().union(right.env()) : env.withStreamsOf(left.env()).withStreamsOf(right.env());
    return new Gen(new Xor(left.instr(), right.instr(), S), after.withNext(env.next()),
        left.usedNext() || right.usedNext(), 1 + left.size() + right.size());
  }

  private boolean crossBranch() {
    return on(Feature.CROSS_BRANCH_USES) && rnd.nextInt(4) == 0;
  }

  Gen match(Env env, int depth, int budget) {
    Value left = values.arg(env);
    Value right = rnd.nextInt(3) == 0 ? values.arg(env) : values.literal(env);
    Gen body = node(env, depth + 1, budget - 1);
    Instruction instr = rnd.nextBoolean()
        ? new Match(left, right, body.instr(), S)
        : new Mismatch(left, right, body.instr(), S);
    Env after = on(Feature.CROSS_BRANCH_USES) && rnd.nextBoolean()
        ? body.env() : env.withStreamsOf(body.env());
    return new Gen(instr, after.withNext(env.next()), body.usedNext(), 1 + body.size());
  }
}
