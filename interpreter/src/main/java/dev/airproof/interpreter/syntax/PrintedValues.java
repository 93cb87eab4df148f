package dev.airproof.interpreter.syntax;

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
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Timestamp;
import dev.airproof.interpreter.ast.Ttl;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.ValuePath;
import java.math.BigDecimal;
import java.util.Optional;

/** The text of values, lenses and numbers for {@link AirPrinter}. Stateless. */
final class PrintedValues {
  private PrintedValues() {}

  /** AquaVM rejects float tokens longer than this ({@code SAFE_FLOAT_SIGNIFICAND_SIZE}). */
  static final int MAX_FLOAT_TOKEN = 11;

  static void value(StringBuilder out, Value value) {
    switch (value) {
      case InitPeerId v -> out.append("%init_peer_id%");
      case Timestamp v -> out.append("%timestamp%");
      case Ttl v -> out.append("%ttl%");
      case EmptyArray v -> out.append("[]");
      case LastError v -> lens(out.append("%last_error%"), v.lens());
      case ErrorValue v -> lens(out.append(":error:"), v.lens());
      case StringLiteral v -> out.append('"').append(v.value()).append('"');
      case IntLiteral v -> out.append(v.value());
      case FloatLiteral v -> out.append(floatText(v.value()));
      case BoolLiteral v -> out.append(v.value());
      case ScalarRef v -> lens(out.append(v.name()), v.lens());
      case CanonStreamRef v ->
          lens(out.append(v.legacySigil() ? "#" : "#$").append(v.name()), v.lens());
      case CanonStreamMapRef v -> lens(out.append("#%").append(v.name()), v.lens());
    }
  }

  private static void lens(StringBuilder out, Optional<Lens> lens) {
    if (lens.isEmpty()) {
      return;
    }
    switch (lens.get()) {
      case LengthFunctor l -> out.append(".length");
      case ValuePath p -> {
        out.append(".$");
        for (Accessor a : p.accessors()) {
          accessor(out, a);
        }
        if (p.flatten()) {
          out.append('!');
        }
      }
    }
  }

  private static void accessor(StringBuilder out, Accessor accessor) {
    switch (accessor) {
      case FieldAccessor a -> out.append('.').append(a.field());
      case IndexAccessor a -> out.append(".[").append(a.index()).append(']');
      case ScalarAccessor a -> out.append(".[").append(a.scalar()).append(']');
    }
  }

  /**
   * The shortest plain decimal (no exponent) that reads back as {@code value}: the shortest
   * round-trip digits of {@link Double#toString} placed without exponent; an integral value keeps a
   * fractional {@code .0} when that fits in {@link #MAX_FLOAT_TOKEN} characters and ends in a bare
   * {@code .} otherwise (AquaVM reads {@code 1.} as a float). Negative zero prints as {@code -0.0}.
   */
  static String floatText(double value) {
    if (value == 0.0) {
      return Double.doubleToRawLongBits(value) == 0L ? "0.0" : "-0.0";
    }
    String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    if (plain.indexOf('.') >= 0) {
      return plain;
    }
    return plain.length() + 2 <= MAX_FLOAT_TOKEN ? plain + ".0" : plain + ".";
  }
}
