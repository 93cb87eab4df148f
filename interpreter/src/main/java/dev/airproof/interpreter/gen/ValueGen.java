package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Accessor;
import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.CanonStreamMapRef;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.ErrorValue;
import dev.airproof.interpreter.ast.FieldAccessor;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.IndexAccessor;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LastError;
import dev.airproof.interpreter.ast.LengthFunctor;
import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.ScalarAccessor;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Timestamp;
import dev.airproof.interpreter.ast.Ttl;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.ValuePath;
import dev.airproof.interpreter.syntax.AirPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Draws values, lenses and literals for one generation run; every variable it refers to comes from
 * the given {@link Env}. Mutable only through the shared random generator.
 */
final class ValueGen {
  static final Span S = Span.NONE;

  private static final List<String> STRINGS = List.of(
      "", "hello", "provider_1", "42", "a b", "héllo wörld", "日本語", "🙂 emoji", "(seq)",
      "[] ; not a comment", "%init_peer_id%", "line\nbreak", "tab\there", "-relay-", "x.$.a");
  static final List<String> FIELDS = List.of(
      "value", "key", "message", "error_code", "peer_id", "a", "b", "nested", "x_y", "k-1",
      "über");
  static final List<String> SERVICES = List.of(
      "op", "getDataSrv", "kad", "peer", "srv", "errorHandlingSrv", "callbackSrv", "");
  static final List<String> FUNCTIONS = List.of(
      "noop", "identity", "get", "neighborhood", "timestamp_ms", "array_length", "response", "");

  private final RandomGenerator rnd;
  private final AirGen.Config cfg;

  ValueGen(RandomGenerator rnd, AirGen.Config cfg) {
    this.rnd = rnd;
    this.cfg = cfg;
  }

  /** A call argument or match operand: any value form. */
  Value arg(Env env) {
    return any(env, true);
  }

  /** An {@code ap} argument: any value form but a canon stream map without lens. */
  Value apArg(Env env) {
    return any(env, false);
  }

  private Value any(Env env, boolean bareCanonMap) {
    int roll = rnd.nextInt(100);
    if (roll < 30 && !env.scalars().isEmpty()) {
      return scalar(env);
    }
    if (roll < 42 && !env.canons().isEmpty()) {
      return canon(env, optionalLens(env, 50));
    }
    if (roll < 47 && !env.canonMaps().isEmpty() && (bareCanonMap || cfg.has(Feature.LENSES))) {
      Optional<Lens> lens = bareCanonMap ? optionalLens(env, 50) : Optional.of(lens(env));
      return new CanonStreamMapRef(pickName(env.canonMaps()), lens, S);
    }
    if (roll < 55 && cfg.has(Feature.ERROR_VALUES)) {
      return rnd.nextBoolean()
          ? new LastError(optionalLens(env, 40), S) : new ErrorValue(optionalLens(env, 40), S);
    }
    if (roll < 60 && cfg.has(Feature.PARTICLE_VALUES)) {
      return rnd.nextBoolean() ? new Timestamp(S) : new Ttl(S);
    }
    return literal(env);
  }

  /** A literal or constant: string, number, bool, {@code []} or {@code %init_peer_id%}. */
  Value literal(Env env) {
    return switch (rnd.nextInt(8)) {
      case 0, 1, 2 -> string();
      case 3 -> new IntLiteral(integer(), S);
      case 4 -> cfg.has(Feature.FLOATS) ? new FloatLiteral(floating(), S) : string();
      case 5 -> new BoolLiteral(rnd.nextBoolean(), S);
      case 6 -> new EmptyArray(S);
      default -> new InitPeerId(S);
    };
  }

  StringLiteral string() {
    return new StringLiteral(STRINGS.get(rnd.nextInt(STRINGS.size())), S);
  }

  long integer() {
    return switch (rnd.nextInt(10)) {
      case 0 -> Long.MIN_VALUE;
      case 1 -> Long.MAX_VALUE;
      case 2, 3 -> -rnd.nextInt(1000);
      default -> rnd.nextInt(100);
    };
  }

  /** A float with a plain form of at most 11 characters (AquaVM's float token limit). */
  double floating() {
    double value = switch (rnd.nextInt(5)) {
      case 0 -> rnd.nextInt(-100_000, 100_000) / 100.0;
      case 1 -> rnd.nextInt(0, 1000) / 64.0;
      case 2 -> rnd.nextInt(-1_000_000_000, 1_000_000_000) / 10.0;
      case 3 -> rnd.nextBoolean() ? 1.0 : -0.0;
      default -> rnd.nextInt(1, 1_000_000) / 1_000_000_000.0;
    };
    return AirPrinter.fitsFloatToken(value) ? value : 0.5;
  }

  /** A peer: a configured peer, {@code %init_peer_id%}, or (rarely) a peer computed by a lens. */
  Value peer(Env env) {
    int roll = rnd.nextInt(100);
    if (roll < 8 && cfg.has(Feature.COMPUTED_TRIPLETS)) {
      Optional<Value> computed = computed(env);
      if (computed.isPresent()) {
        return computed.get();
      }
    }
    if (roll < 35) {
      return new InitPeerId(S);
    }
    return switch (cfg.peers().get(rnd.nextInt(cfg.peers().size()))) {
      case Peer.Literal l -> new StringLiteral(l.id(), S);
      case Peer.Variable v -> new ScalarRef(v.name(), Optional.empty(), S);
    };
  }

  /** A service or function name: mostly a literal, rarely a scalar or a lens. */
  Value service(Env env, boolean function) {
    if (rnd.nextInt(100) < 8 && cfg.has(Feature.COMPUTED_TRIPLETS)) {
      if (rnd.nextBoolean() && !env.scalars().isEmpty()) {
        return new ScalarRef(pickName(env.scalars()), Optional.empty(), S);
      }
      Optional<Value> computed = computed(env);
      if (computed.isPresent()) {
        return computed.get();
      }
    }
    List<String> pool = function ? FUNCTIONS : SERVICES;
    return new StringLiteral(pool.get(rnd.nextInt(pool.size())), S);
  }

  /** {@code scalar.$.path}, {@code #$canon.$.path} or {@code #%map.$.path}, if any is defined. */
  private Optional<Value> computed(Env env) {
    if (!cfg.has(Feature.LENSES)) {
      return Optional.empty();
    }
    return switch (rnd.nextInt(3)) {
      case 0 -> env.canons().isEmpty()
          ? scalarWithPath(env) : Optional.of(canon(env, Optional.of(path(env))));
      case 1 -> env.canonMaps().isEmpty() ? scalarWithPath(env)
          : Optional.of(
              new CanonStreamMapRef(pickName(env.canonMaps()), Optional.of(path(env)), S));
      default -> scalarWithPath(env);
    };
  }

  private Optional<Value> scalarWithPath(Env env) {
    return env.scalars().isEmpty() ? Optional.empty()
        : Optional.of(new ScalarRef(pickName(env.scalars()), Optional.of(path(env)), S));
  }

  /** A stream map key: string, integer, scalar, scalar with lens, or canon stream with lens. */
  Value mapKey(Env env) {
    int roll = rnd.nextInt(10);
    if (roll < 3 && !env.scalars().isEmpty()) {
      return new ScalarRef(pickName(env.scalars()), optionalLens(env, 30), S);
    }
    if (roll < 4 && !env.canons().isEmpty() && cfg.has(Feature.LENSES)) {
      return canon(env, Optional.of(lens(env)));
    }
    return roll < 7 ? string() : new IntLiteral(rnd.nextInt(-5, 50), S);
  }

  /** The argument of {@code (fail x)}: a scalar, maybe with lens, or a canon with lens. */
  Optional<Value> failValue(Env env) {
    boolean canon = env.scalars().isEmpty() || rnd.nextBoolean();
    if (canon && !env.canons().isEmpty() && cfg.has(Feature.LENSES)) {
      return Optional.of(canon(env, Optional.of(path(env))));
    }
    return env.scalars().isEmpty() ? Optional.empty()
        : Optional.of(new ScalarRef(pickName(env.scalars()), optionalLens(env, 50), S));
  }

  ScalarRef scalar(Env env) {
    return new ScalarRef(pickName(env.scalars()), optionalLens(env, 35), S);
  }

  /** A reference to a canon stream of {@code env}; its sigil is the one it was defined with. */
  CanonStreamRef canon(Env env, Optional<Lens> lens) {
    String written = pickName(env.canons());
    boolean legacy = !written.startsWith("#$");
    return new CanonStreamRef(written.substring(legacy ? 1 : 2), legacy, lens, S);
  }

  Optional<Lens> optionalLens(Env env, int percent) {
    return cfg.has(Feature.LENSES) && rnd.nextInt(100) < percent
        ? Optional.of(lens(env)) : Optional.empty();
  }

  Lens lens(Env env) {
    return rnd.nextInt(4) == 0 ? new LengthFunctor(S) : path(env);
  }

  ValuePath path(Env env) {
    int n = 1 + rnd.nextInt(3);
    List<Accessor> accessors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      accessors.add(accessor(env));
    }
    return new ValuePath(accessors, rnd.nextInt(5) == 0, S);
  }

  private Accessor accessor(Env env) {
    int roll = rnd.nextInt(10);
    if (roll < 2 && !env.scalars().isEmpty()) {
      return new ScalarAccessor(pickName(env.scalars()), S);
    }
    if (roll < 6) {
      return new FieldAccessor(FIELDS.get(rnd.nextInt(FIELDS.size())), S);
    }
    return new IndexAccessor(roll == 9 && rnd.nextInt(4) == 0 ? 0xFFFF_FFFFL : rnd.nextInt(4), S);
  }

  /** A name of {@code names}, the most recent one half of the time (so that values flow). */
  String pickName(List<String> names) {
    return rnd.nextBoolean() ? names.get(names.size() - 1) : names.get(rnd.nextInt(names.size()));
  }
}
