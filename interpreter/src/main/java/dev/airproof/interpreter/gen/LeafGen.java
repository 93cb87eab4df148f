package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.CallOutput;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FailArgument;
import dev.airproof.interpreter.ast.FailError;
import dev.airproof.interpreter.ast.FailLastError;
import dev.airproof.interpreter.ast.FailLiteral;
import dev.airproof.interpreter.ast.FailValue;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Draws leaf instructions: call, ap, canon, fail, next, null, never. */
final class LeafGen {
  private static final List<String> MESSAGES = List.of("boom", "timeout", "", "bad input: 日本");

  private final GenRun run;

  LeafGen(GenRun run) {
    this.run = run;
  }

  /** A leaf; uses the {@code next} slot of {@code env} half of the time when there is one. */
  GenRun.Gen leaf(Env env) {
    if (env.next().isPresent() && run.rnd.nextBoolean()) {
      Next next = new Next(new ScalarName(env.next().get().iterator(), ValueGen.S), ValueGen.S);
      return new GenRun.Gen(next, env, true, 1);
    }
    int roll = run.rnd.nextInt(100);
    if (roll < 45 && run.on(Feature.CALL)) {
      return call(env);
    }
    if (roll < 60 && run.on(Feature.AP)) {
      return ap(env);
    }
    if (roll < 67 && run.on(Feature.AP_MAP)) {
      return apMap(env);
    }
    if (roll < 76 && run.on(Feature.CANON)) {
      return canon(env);
    }
    if (roll < 83 && run.on(Feature.CANON_MAP)) {
      return canonMap(env);
    }
    if (roll < 88 && run.on(Feature.FAIL)) {
      return fail(env);
    }
    if (roll < 91 && run.on(Feature.NEVER)) {
      return new GenRun.Gen(new Never(ValueGen.S), env, false, 1);
    }
    if (roll < 100 && run.on(Feature.NULL) || !run.on(Feature.CALL)) {
      return new GenRun.Gen(new Null(ValueGen.S), env, false, 1);
    }
    return call(env);
  }

  GenRun.Gen call(Env env) {
    ValueGen v = run.values;
    int n = run.rnd.nextInt(5);
    List<Value> args = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      args.add(v.arg(env));
    }
    Value peer = v.peer(env);
    Value service = v.service(env, false);
    Value function = v.service(env, true);
    int roll = run.rnd.nextInt(10);
    if (roll < 3) {
      return new GenRun.Gen(
          new Call(peer, service, function, args, Optional.empty(), ValueGen.S), env, false, 1);
    }
    Env after;
    CallOutput out;
    if (roll < 7) {
      String name = run.names.scalar();
      out = new ScalarName(name, ValueGen.S);
      after = env.withScalar(name);
    } else {
      String name = stream(env);
      out = new StreamName(name, ValueGen.S);
      after = env.withStream(name);
    }
    return new GenRun.Gen(
        new Call(peer, service, function, args, Optional.of(out), ValueGen.S), after, false, 1);
  }

  private String stream(Env env) {
    return run.rnd.nextInt(3) == 0 || env.streams().isEmpty()
        ? run.names.stream() : run.values.pickName(env.streams());
  }

  private GenRun.Gen ap(Env env) {
    Value arg = run.values.apArg(env);
    if (run.rnd.nextBoolean()) {
      String name = run.names.scalar();
      return new GenRun.Gen(new Ap(arg, new ScalarName(name, ValueGen.S), ValueGen.S),
          env.withScalar(name), false, 1);
    }
    String name = stream(env);
    return new GenRun.Gen(new Ap(arg, new StreamName(name, ValueGen.S), ValueGen.S),
        env.withStream(name), false, 1);
  }

  private GenRun.Gen apMap(Env env) {
    String map = run.rnd.nextInt(3) == 0 || env.maps().isEmpty()
        ? run.names.map() : run.values.pickName(env.maps());
    Value key = run.values.mapKey(env);
    Value value = run.values.apArg(env);
    return new GenRun.Gen(new ApMap(key, value, new StreamMapName(map, ValueGen.S), ValueGen.S),
        env.withMap(map), false, 1);
  }

  private GenRun.Gen canon(Env env) {
    String stream = Env.pick(run.rnd, env.streams()).orElseGet(run.names::stream);
    CanonStreamName canon = new CanonStreamName(run.names.canon(),
        run.on(Feature.LEGACY_CANON) && run.rnd.nextInt(5) == 0, ValueGen.S);
    return new GenRun.Gen(new Canon(run.values.peer(env), new StreamName(stream, ValueGen.S),
        canon, ValueGen.S), env.withCanon(canon.text()), false, 1);
  }

  private GenRun.Gen canonMap(Env env) {
    String map = Env.pick(run.rnd, env.maps()).orElseGet(run.names::map);
    Value peer = run.values.peer(env);
    if (run.rnd.nextBoolean()) {
      String name = run.names.canonMap();
      return new GenRun.Gen(new CanonMap(peer, new StreamMapName(map, ValueGen.S),
          new CanonStreamMapName(name, ValueGen.S), ValueGen.S), env.withCanonMap(name), false, 1);
    }
    String name = run.names.scalar();
    return new GenRun.Gen(new CanonMapScalar(peer, new StreamMapName(map, ValueGen.S),
        new ScalarName(name, ValueGen.S), ValueGen.S), env.withScalar(name), false, 1);
  }

  private GenRun.Gen fail(Env env) {
    FailArgument arg = switch (run.rnd.nextInt(4)) {
      case 0 -> run.values.failValue(env).<FailArgument>map(v -> new FailValue(v, ValueGen.S))
          .orElseGet(() -> literalFail());
      case 1 -> run.on(Feature.ERROR_VALUES) ? new FailLastError(ValueGen.S) : literalFail();
      case 2 -> run.on(Feature.ERROR_VALUES) ? new FailError(ValueGen.S) : literalFail();
      default -> literalFail();
    };
    return new GenRun.Gen(new Fail(arg, ValueGen.S), env, false, 1);
  }

  private FailLiteral literalFail() {
    long code = run.rnd.nextInt(4) == 0 ? -run.rnd.nextInt(1, 100) : run.rnd.nextInt(1, 20000);
    return new FailLiteral(code, MESSAGES.get(run.rnd.nextInt(MESSAGES.size())), ValueGen.S);
  }
}
