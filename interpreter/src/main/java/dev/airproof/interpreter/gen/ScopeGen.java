package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Name;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import java.util.List;
import java.util.Optional;

/**
 * Draws {@code (new name body)} for the five kinds of names. A scalar, canon stream or canon map
 * introduced by {@code new} starts unset (reading it is a run-time error), so the body first
 * defines it; Aqua's hop pattern {@code (new $s (new #$c (canon peer $s #$c)))} is among the forms.
 */
final class ScopeGen {
  private static final Span S = ValueGen.S;
  private final GenRun run;

  ScopeGen(GenRun run) {
    this.run = run;
  }

  GenRun.Gen newScope(Env env, int depth, int budget) {
    int room = run.cfg.maxDepth() - depth;
    int kind = run.rnd.nextInt(5);
    if (kind >= 2 && (budget < 4 || room < 3)) {
      kind = run.rnd.nextInt(2);
    }
    return switch (kind) {
      case 0 -> newStream(env, depth, budget);
      case 1 -> newMap(env, depth, budget);
      case 2 -> newScalar(env, depth, budget);
      case 3 -> newCanon(env, depth, budget);
      default -> newCanonMap(env, depth, budget);
    };
  }

  private GenRun.Gen newStream(Env env, int depth, int budget) {
    String name = run.names.stream();
    if (budget >= 3 && run.on(Feature.CANON) && run.rnd.nextInt(4) == 0) {
      return hop(env, name);
    }
    GenRun.Gen body = run.node(env.withStream(name), depth + 1, budget - 1);
    return wrap(new StreamName(name, S), body, env, name);
  }

  /** {@code (new $s (new #$c (canon peer $s #$c)))}: makes the particle visit {@code peer}. */
  private GenRun.Gen hop(Env env, String stream) {
    String canon = run.names.canon();
    Instruction canonInstr = new Canon(run.values.peer(env), new StreamName(stream, S),
        new CanonStreamName(canon, false, S), S);
    Instruction inner = new New(new CanonStreamName(canon, false, S), canonInstr, S);
    return new GenRun.Gen(new New(new StreamName(stream, S), inner, S), env, false, 3);
  }

  private GenRun.Gen newMap(Env env, int depth, int budget) {
    String name = run.names.map();
    GenRun.Gen body = run.node(env.withMap(name), depth + 1, budget - 1);
    return wrap(new StreamMapName(name, S), body, env, name);
  }

  private GenRun.Gen newScalar(Env env, int depth, int budget) {
    String name = run.names.scalar();
    Env inner = env.withoutNext();
    Instruction define = run.rnd.nextBoolean() || !run.on(Feature.AP)
        ? new Call(run.values.peer(inner), run.values.service(inner, false),
            run.values.service(inner, true), List.of(run.values.arg(inner)),
            Optional.of(new ScalarName(name, S)), S)
        : new Ap(run.values.apArg(inner), new ScalarName(name, S), S);
    return defineThenUse(new ScalarName(name, S), define, env.withScalar(name), env, depth,
        budget, name);
  }

  private GenRun.Gen newCanon(Env env, int depth, int budget) {
    String name = run.names.canon();
    boolean legacy = run.on(Feature.LEGACY_CANON) && run.rnd.nextInt(4) == 0;
    String stream = Env.pick(run.rnd, env.streams()).orElseGet(run.names::stream);
    CanonStreamName canon = new CanonStreamName(name, legacy, S);
    Instruction define = new Canon(run.values.peer(env),
        new StreamName(stream, S), canon, S);
    return defineThenUse(canon, define, env.withCanon(canon.text()), env, depth, budget,
        canon.text());
  }

  private GenRun.Gen newCanonMap(Env env, int depth, int budget) {
    String name = run.names.canonMap();
    String map = Env.pick(run.rnd, env.maps()).orElseGet(run.names::map);
    CanonStreamMapName canon = new CanonStreamMapName(name, S);
    Instruction define = new CanonMap(run.values.peer(env),
        new StreamMapName(map, S), canon, S);
    return defineThenUse(canon, define, env.withCanonMap(name), env, depth, budget, name);
  }

  /** {@code (new name (seq define use))} where {@code use} sees the defined name. */
  private GenRun.Gen defineThenUse(Name declared, Instruction define, Env defined, Env outer,
      int depth, int budget, String envName) {
    GenRun.Gen use = run.node(defined, depth + 2, budget - 3);
    Instruction body = new Seq(define, use.instr(), S);
    GenRun.Gen inner = new GenRun.Gen(body, use.env(), use.usedNext(), 2 + use.size());
    return wrap(declared, inner, outer, envName);
  }

  private GenRun.Gen wrap(Name declared, GenRun.Gen body, Env outer, String envName) {
    return new GenRun.Gen(new New(declared, body.instr(), S),
        body.env().without(envName).withNext(outer.next()), body.usedNext(), 1 + body.size());
  }
}
