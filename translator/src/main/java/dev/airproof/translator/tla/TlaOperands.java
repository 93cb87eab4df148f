package dev.airproof.translator.tla;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Mutable, single use; writes AIR values as {@code AIRTrees} operands ({@code Lit}, {@code Var},
 * {@code VarLens}, {@code Length}, {@code InitPeerId}, {@code LastError}, {@code ErrorValue}, ...)
 * and remembers the first construct it cannot write.
 */
final class TlaOperands {
  private static final String PLACEHOLDER = "Unsupported";
  private final UnaryOperator<String> rename;
  private Optional<Unsupported> problem = Optional.empty();

  TlaOperands(UnaryOperator<String> rename) {
    this.rename = rename;
  }

  /** The first unsupported construct met, if any. */
  Optional<Unsupported> problem() {
    return problem;
  }

  /** Records an unsupported construct (the first one wins) and returns a placeholder. */
  String unsupported(String construct, Span span) {
    if (problem.isEmpty()) {
      problem = Optional.of(Unsupported.at(construct, span,
          "spec/README.md lists it as not modelled, so no exact TLA+ model exists"));
    }
    return PLACEHOLDER;
  }

  /** A TLA+ string literal of a name or message (never renamed). */
  String str(String s) {
    return TlaValues.string(s).orElseGet(() -> unsupported("the non-ASCII text '" + s + "'",
        Span.NONE));
  }

  /** The operand of {@code v}. */
  String operand(Value v) {
    return switch (v) {
      case InitPeerId i -> "InitPeerId";
      case StringLiteral s -> TlaValues.string(rename.apply(s.value())).map(x -> "Lit(" + x + ")")
          .orElseGet(() -> unsupported("a string with non-ASCII or control characters", s.span()));
      case IntLiteral n -> TlaValues.fitsInt(n.value()) ? "Lit(" + n.value() + ")"
          : unsupported("an integer outside TLC's 32-bit range", n.span());
      case BoolLiteral b -> b.value() ? "Lit(TRUE)" : "Lit(FALSE)";
      case EmptyArray e -> "Lit(<<>>)";
      case FloatLiteral f -> unsupported("a float literal", f.span());
      case Timestamp t -> unsupported("%timestamp%", t.span());
      case Ttl t -> unsupported("%ttl%", t.span());
      case CanonStreamMapRef m -> unsupported("a canon stream map", m.span());
      case LastError e -> errorOperand("LastError", "LastErrorLens", e.lens(), e.span());
      case ErrorValue e -> errorOperand("ErrorValue", "ErrorValueLens", e.lens(), e.span());
      case ScalarRef r -> variable(r.name(), r.lens(), r.span());
      case CanonStreamRef c -> variable((c.legacySigil() ? "#" : "#$") + c.name(), c.lens(), c.span());
    };
  }

  private String errorOperand(String plain, String withLens, Optional<Lens> lens, Span span) {
    if (lens.isEmpty()) {
      return plain;
    }
    return switch (lens.get()) {
      case LengthFunctor l -> unsupported(".length on an error object", l.span());
      case ValuePath p -> withLens + "(" + path(p) + ")";
    };
  }

  private String variable(String name, Optional<Lens> lens, Span span) {
    if (lens.isEmpty()) {
      return "Var(" + str(name) + ")";
    }
    return switch (lens.get()) {
      case LengthFunctor l -> "Length(" + str(name) + ")";
      case ValuePath p -> "VarLens(" + str(name) + ", " + path(p) + ")";
    };
  }

  private String path(ValuePath p) {
    if (p.flatten()) {
      return unsupported("the flattening lens mark '!'", p.span());
    }
    List<String> parts = new ArrayList<>();
    for (Accessor a : p.accessors()) {
      parts.add(switch (a) {
        case FieldAccessor f -> str(f.field());
        case IndexAccessor i -> TlaValues.fitsInt(i.index()) ? Long.toString(i.index())
            : unsupported("an index outside TLC's 32-bit range", i.span());
        case ScalarAccessor s -> unsupported("a lens index held in a variable (.[" + s.scalar() + "])",
            s.span());
      });
    }
    return "<<" + String.join(", ", parts) + ">>";
  }
}
