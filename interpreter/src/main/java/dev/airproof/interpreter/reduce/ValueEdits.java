package dev.airproof.interpreter.reduce;

import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.CanonStreamMapRef;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.ErrorValue;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LastError;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Timestamp;
import dev.airproof.interpreter.ast.Ttl;
import dev.airproof.interpreter.ast.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Simpler replacements for one value: without its lens, then the empty string, {@code []}, or
 * {@code 0}. A variable replaced by a literal no longer depends on its definition, which lets later
 * passes delete the definition. Stateless.
 */
final class ValueEdits {
  private ValueEdits() {}

  static List<Value> of(Value value) {
    Span s = value.span();
    List<Value> out = new ArrayList<>();
    switch (value) {
      case ScalarRef v ->
          v.lens().ifPresent(l -> out.add(new ScalarRef(v.name(), Optional.empty(), s)));
      case CanonStreamRef v -> v.lens().ifPresent(
          l -> out.add(new CanonStreamRef(v.name(), v.legacySigil(), Optional.empty(), s)));
      case CanonStreamMapRef v -> v.lens().ifPresent(
          l -> out.add(new CanonStreamMapRef(v.name(), Optional.empty(), s)));
      case LastError v -> v.lens().ifPresent(l -> out.add(new LastError(Optional.empty(), s)));
      case ErrorValue v -> v.lens().ifPresent(l -> out.add(new ErrorValue(Optional.empty(), s)));
      case IntLiteral v -> {
        if (v.value() != 0) {
          out.add(new IntLiteral(0, s));
        }
      }
      case FloatLiteral v -> {
        if (v.value() != 0.0 || Double.doubleToRawLongBits(v.value()) != 0L) {
          out.add(new FloatLiteral(0.0, s));
        }
      }
      case StringLiteral v -> { }
      case InitPeerId v -> { }
      case Timestamp v -> { }
      case Ttl v -> { }
      case BoolLiteral v -> { }
      case EmptyArray v -> { }
    }
    if (!(value instanceof StringLiteral l && l.value().isEmpty())) {
      out.add(new StringLiteral("", s));
    }
    if (!(value instanceof EmptyArray)) {
      out.add(new EmptyArray(s));
    }
    return out;
  }
}
