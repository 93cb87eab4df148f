package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.Name;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import java.util.Optional;

/** The few facts the translation knows about values without running the script. */
final class Literals {
  private Literals() {}

  /**
   * Whether two operands of {@code match} are equal, when both are literals (JSON equality: {@code 1}
   * and {@code 1.0} differ); empty when either depends on data.
   */
  static Optional<Boolean> equal(Value left, Value right) {
    Optional<String> l = literal(left);
    Optional<String> r = literal(right);
    if (l.isEmpty() || r.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(l.get().equals(r.get()));
  }

  private static Optional<String> literal(Value v) {
    return switch (v) {
      case StringLiteral s -> Optional.of("s:" + s.value());
      case IntLiteral n -> Optional.of("i:" + n.value());
      case FloatLiteral f -> Optional.of("f:" + f.value());
      case BoolLiteral b -> Optional.of("b:" + b.value());
      case EmptyArray e -> Optional.of("[]");
      case dev.airproof.interpreter.ast.ScalarRef x -> Optional.empty();
      case dev.airproof.interpreter.ast.CanonStreamRef x -> Optional.empty();
      case dev.airproof.interpreter.ast.CanonStreamMapRef x -> Optional.empty();
      case dev.airproof.interpreter.ast.InitPeerId x -> Optional.empty();
      case dev.airproof.interpreter.ast.Timestamp x -> Optional.empty();
      case dev.airproof.interpreter.ast.Ttl x -> Optional.empty();
      case dev.airproof.interpreter.ast.LastError x -> Optional.empty();
      case dev.airproof.interpreter.ast.ErrorValue x -> Optional.empty();
    };
  }

  /** The variable key of a declared name, with the sigils of {@code Variables}. */
  static String key(Name n) {
    return switch (n) {
      case ScalarName s -> s.name();
      case StreamName s -> "$" + s.name();
      case StreamMapName m -> "%" + m.name();
      case CanonStreamName c -> "#$" + c.name();
      case CanonStreamMapName c -> "#%" + c.name();
    };
  }
}
