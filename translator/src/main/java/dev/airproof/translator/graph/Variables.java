package dev.airproof.translator.graph;

import dev.airproof.interpreter.ast.Accessor;
import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.CanonStreamMapRef;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.ErrorValue;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FailValue;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LastError;
import dev.airproof.interpreter.ast.LengthFunctor;
import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarAccessor;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Timestamp;
import dev.airproof.interpreter.ast.Ttl;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.ValuePath;
import dev.airproof.interpreter.ast.Xor;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The variables an instruction reads and writes, as keys with sigils ({@code x}, {@code $s},
 * {@code %m}, {@code #$c}, {@code #%c}; the legacy canon form {@code #c} counts as {@code #$c}).
 * Only the instruction's own operands count, not its sub-instructions.
 */
public final class Variables {
  private Variables() {}

  /** The variables {@code i} itself reads (not its sub-instructions). */
  public static Set<String> uses(Instruction i) {
    Set<String> out = new LinkedHashSet<>();
    switch (i) {
      case Call c -> {
        read(c.peer(), out);
        read(c.service(), out);
        read(c.function(), out);
        c.args().forEach(a -> read(a, out));
      }
      case Canon c -> {
        read(c.peer(), out);
        out.add("$" + c.stream().name());
      }
      case CanonMap c -> {
        read(c.peer(), out);
        out.add("%" + c.map().name());
      }
      case CanonMapScalar c -> {
        read(c.peer(), out);
        out.add("%" + c.map().name());
      }
      case Ap a -> read(a.argument(), out);
      case ApMap a -> {
        read(a.key(), out);
        read(a.value(), out);
      }
      case Match m -> readBoth(m.left(), m.right(), out);
      case Mismatch m -> readBoth(m.left(), m.right(), out);
      case Fail f -> {
        if (f.argument() instanceof FailValue v) {
          read(v.value(), out);
        }
      }
      case FoldScalar f -> read(f.iterable(), out);
      case FoldStream f -> out.add("$" + f.iterable().name());
      case FoldStreamMap f -> out.add("%" + f.iterable().name());
      case Seq s -> { }
      case Par p -> { }
      case Xor x -> { }
      case New n -> { }
      case Next n -> { }
      case Never n -> { }
      case Null n -> { }
    }
    return out;
  }

  /** The variables {@code i} itself writes (not its sub-instructions). */
  public static Set<String> defs(Instruction i) {
    Optional<String> d = switch (i) {
      case Call c -> c.output().map(o -> o.text());
      case Canon c -> Optional.of("#$" + c.canon().name());
      case CanonMap c -> Optional.of("#%" + c.canonMap().name());
      case CanonMapScalar c -> Optional.of(c.scalar().name());
      case Ap a -> Optional.of(a.destination().text());
      case ApMap a -> Optional.of("%" + a.map().name());
      case FoldScalar f -> Optional.of(f.iterator().name());
      case FoldStream f -> Optional.of(f.iterator().name());
      case FoldStreamMap f -> Optional.of(f.iterator().name());
      case Match m -> Optional.empty();
      case Mismatch m -> Optional.empty();
      case Fail f -> Optional.empty();
      case Seq s -> Optional.empty();
      case Par p -> Optional.empty();
      case Xor x -> Optional.empty();
      case New n -> Optional.empty();
      case Next n -> Optional.empty();
      case Never n -> Optional.empty();
      case Null n -> Optional.empty();
    };
    return d.map(Set::of).orElse(Set.of());
  }

  /**
   * One line naming the instruction without its sub-instructions: leaves in full
   * ({@code call "p" ("s" "f") [x] y}), compound instructions by their header ({@code fold xs x},
   * {@code match a b}).
   */
  public static String header(Instruction i) {
    return switch (i) {
      case FoldScalar f -> "fold " + dev.airproof.interpreter.syntax.AirPrinter.value(f.iterable()) + " "
          + f.iterator().name();
      case FoldStream f -> "fold " + f.iterable().text() + " " + f.iterator().name();
      case FoldStreamMap f -> "fold " + f.iterable().text() + " " + f.iterator().name();
      case Match m -> "match " + dev.airproof.interpreter.syntax.AirPrinter.value(m.left()) + " "
          + dev.airproof.interpreter.syntax.AirPrinter.value(m.right());
      case Mismatch m -> "mismatch " + dev.airproof.interpreter.syntax.AirPrinter.value(m.left()) + " "
          + dev.airproof.interpreter.syntax.AirPrinter.value(m.right());
      case Call c -> compact(i);
      case Canon c -> compact(i);
      case CanonMap c -> compact(i);
      case CanonMapScalar c -> compact(i);
      case Ap a -> compact(i);
      case ApMap a -> compact(i);
      case Fail f -> compact(i);
      case Next n -> compact(i);
      case Never n -> compact(i);
      case Null n -> compact(i);
      case Seq s -> "seq";
      case Par p -> "par";
      case Xor x -> "xor";
      case New n -> "new " + n.name().text();
    };
  }

  private static String compact(Instruction i) {
    String s = dev.airproof.interpreter.syntax.AirPrinter.printCompact(i).strip();
    return s.startsWith("(") && s.endsWith(")") ? s.substring(1, s.length() - 1) : s;
  }

  /** The peer as written: a literal's value, a variable's name with lens, or a keyword. */
  public static String text(Value v) {
    return switch (v) {
      case StringLiteral s -> s.value();
      case ScalarRef r -> r.name() + r.lens().map(Variables::lensText).orElse("");
      case CanonStreamRef r -> "#$" + r.name() + r.lens().map(Variables::lensText).orElse("");
      case CanonStreamMapRef r -> "#%" + r.name() + r.lens().map(Variables::lensText).orElse("");
      case InitPeerId p -> "%init_peer_id%";
      case LastError e -> "%last_error%";
      case ErrorValue e -> ":error:";
      case Timestamp t -> "%timestamp%";
      case Ttl t -> "%ttl%";
      case IntLiteral n -> Long.toString(n.value());
      case FloatLiteral n -> Double.toString(n.value());
      case BoolLiteral b -> Boolean.toString(b.value());
      case EmptyArray a -> "[]";
    };
  }

  private static String lensText(Lens l) {
    return switch (l) {
      case LengthFunctor f -> ".length";
      case ValuePath p -> ".$" + String.join("", p.accessors().stream().map(Variables::accessorText).toList());
    };
  }

  private static String accessorText(Accessor a) {
    return switch (a) {
      case dev.airproof.interpreter.ast.FieldAccessor f -> "." + f.field();
      case dev.airproof.interpreter.ast.IndexAccessor x -> ".[" + x.index() + "]";
      case ScalarAccessor s -> ".[" + s.scalar() + "]";
    };
  }

  /** The variables reading {@code v} needs (its own name and scalars used in its lens). */
  public static Set<String> reads(Value v) {
    Set<String> out = new LinkedHashSet<>();
    read(v, out);
    return out;
  }

  private static void readBoth(Value a, Value b, Set<String> out) {
    read(a, out);
    read(b, out);
  }

  private static void read(Value v, Set<String> out) {
    switch (v) {
      case ScalarRef r -> {
        out.add(r.name());
        r.lens().ifPresent(l -> lensReads(l, out));
      }
      case CanonStreamRef r -> {
        out.add("#$" + r.name());
        r.lens().ifPresent(l -> lensReads(l, out));
      }
      case CanonStreamMapRef r -> {
        out.add("#%" + r.name());
        r.lens().ifPresent(l -> lensReads(l, out));
      }
      case LastError e -> e.lens().ifPresent(l -> lensReads(l, out));
      case ErrorValue e -> e.lens().ifPresent(l -> lensReads(l, out));
      case StringLiteral s -> { }
      case InitPeerId p -> { }
      case Timestamp t -> { }
      case Ttl t -> { }
      case IntLiteral n -> { }
      case FloatLiteral n -> { }
      case BoolLiteral b -> { }
      case EmptyArray a -> { }
    }
  }

  private static void lensReads(Lens l, Set<String> out) {
    if (l instanceof ValuePath p) {
      for (Accessor a : p.accessors()) {
        if (a instanceof ScalarAccessor s) {
          out.add(s.scalar());
        }
      }
    }
  }

}
