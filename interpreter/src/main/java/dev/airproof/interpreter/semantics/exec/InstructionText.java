package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import dev.airproof.interpreter.data.jvalue.RustFloat;
import java.util.stream.Collectors;

/**
 * AquaVM's {@code Display} of instructions and values, byte for byte: it lands in error objects
 * ({@code instruction}) and messages. Note the trailing space of a call without output.
 */
public final class InstructionText {
  private InstructionText() {}

  /** The display text of an instruction. */
  public static String of(Instruction i) {
    return switch (i) {
      case Call c -> "call " + value(c.peer()) + " (" + value(c.service()) + " "
          + value(c.function()) + ") [" + c.args().stream().map(InstructionText::value)
          .collect(Collectors.joining(" ")) + "] " + c.output().map(Name::text).orElse("");
      case Canon c -> "canon " + value(c.peer()) + " " + c.stream().text() + " " + c.canon().text();
      case CanonMap c -> "canon " + value(c.peer()) + " " + c.map().text() + " "
          + c.canonMap().text();
      case CanonMapScalar c -> "canon " + value(c.peer()) + " " + c.map().text() + " "
          + c.scalar().text();
      case Ap a -> "ap " + value(a.argument()) + " " + a.destination().text();
      case ApMap a -> "ap (" + value(a.key()) + " " + value(a.value()) + ") " + a.map().text();
      case Seq s -> "seq";
      case Par p -> "par";
      case Xor x -> "xor";
      case Match m -> "match " + value(m.left()) + " " + value(m.right());
      case Mismatch m -> "mismatch " + value(m.left()) + " " + value(m.right());
      case Fail f -> "fail " + fail(f.argument());
      case FoldScalar f -> "fold " + value(f.iterable()) + " " + f.iterator().text();
      case FoldStream f -> "fold " + f.iterable().text() + " " + f.iterator().text();
      case FoldStreamMap f -> "fold " + f.iterable().text() + " " + f.iterator().text();
      case Next n -> "next " + n.iterator().text();
      case New n -> "new " + n.name().text();
      case Never n -> "never";
      case Null n -> "null";
    };
  }

  private static String fail(FailArgument a) {
    return switch (a) {
      case FailLiteral l -> l.code() + " \"" + l.message() + "\"";
      case FailValue v -> value(v.value());
      case FailLastError l -> "%last_error%";
      case FailError e -> ":error:";
    };
  }

  /**
   * The variable a value reads, without its lens, as AquaVM names it in triplet-resolution errors
   * (10011): {@code x} for {@code x.$.a}, {@code #%m} for {@code #%m.$.k}; other values as written.
   */
  public static String variable(Value v) {
    return switch (v) {
      case dev.airproof.interpreter.ast.ScalarRef r -> value(
          new dev.airproof.interpreter.ast.ScalarRef(r.name(), java.util.Optional.empty(), r.span()));
      case dev.airproof.interpreter.ast.CanonStreamRef r -> value(new dev.airproof.interpreter.ast.CanonStreamRef(
          r.name(), r.legacySigil(), java.util.Optional.empty(), r.span()));
      case dev.airproof.interpreter.ast.CanonStreamMapRef r -> value(
          new dev.airproof.interpreter.ast.CanonStreamMapRef(r.name(), java.util.Optional.empty(), r.span()));
      case dev.airproof.interpreter.ast.InitPeerId x -> value(v);
      case dev.airproof.interpreter.ast.Timestamp x -> value(v);
      case dev.airproof.interpreter.ast.Ttl x -> value(v);
      case dev.airproof.interpreter.ast.LastError x -> value(v);
      case dev.airproof.interpreter.ast.ErrorValue x -> value(v);
      case dev.airproof.interpreter.ast.StringLiteral x -> value(v);
      case dev.airproof.interpreter.ast.IntLiteral x -> value(v);
      case dev.airproof.interpreter.ast.FloatLiteral x -> value(v);
      case dev.airproof.interpreter.ast.BoolLiteral x -> value(v);
      case dev.airproof.interpreter.ast.EmptyArray x -> value(v);
    };
  }

  /** The display text of a value. */
  public static String value(Value v) {
    return switch (v) {
      case InitPeerId x -> "%init_peer_id%";
      case Timestamp x -> "%timestamp%";
      case Ttl x -> "%ttl%";
      case EmptyArray x -> "[]";
      case LastError x -> "%last_error%" + x.lens().map(InstructionText::lens).orElse("");
      case ErrorValue x -> ":error:" + x.lens().map(InstructionText::lens).orElse("");
      case StringLiteral x -> "\"" + x.value() + "\"";
      case IntLiteral x -> Long.toString(x.value());
      case FloatLiteral x -> RustFloat.display(x.value());
      case BoolLiteral x -> Boolean.toString(x.value());
      case ScalarRef x -> x.name() + x.lens().map(InstructionText::lens).orElse("");
      case CanonStreamRef x -> (x.legacySigil() ? "#" : "#$") + x.name()
          + x.lens().map(InstructionText::lens).orElse("");
      case CanonStreamMapRef x -> "#%" + x.name() + x.lens().map(InstructionText::lens).orElse("");
    };
  }

  /** The display text of a lens: {@code .$.a.[0].[i]} or {@code .length}. */
  public static String lens(Lens l) {
    return switch (l) {
      case LengthFunctor f -> ".length";
      case ValuePath p -> ".$." + p.accessors().stream().map(InstructionText::accessor)
          .collect(Collectors.joining("."));
    };
  }

  private static String accessor(Accessor a) {
    return switch (a) {
      case FieldAccessor f -> f.field();
      case IndexAccessor i -> "[" + i.index() + "]";
      case ScalarAccessor s -> "[" + s.scalar() + "]";
    };
  }
}
