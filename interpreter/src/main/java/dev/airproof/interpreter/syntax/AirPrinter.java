package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FailError;
import dev.airproof.interpreter.ast.FailLastError;
import dev.airproof.interpreter.ast.FailLiteral;
import dev.airproof.interpreter.ast.FailValue;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The canonical AIR formatter: prints a syntax tree in the layout the Aqua compiler emits.
 *
 * <p>Layout of {@link #print}: one instruction per line, indented by one space per nesting level.
 * Compound instructions ({@code seq par xor new match mismatch fold}) open with {@code (name} and
 * their header operands on one line, put each child on its own following lines, and close with a
 * {@code )} on its own line at the instruction's indent; leaf instructions
 * ({@code call ap canon fail next null never}) take one line. The text ends with a newline. Values
 * print as the tree holds them (see {@link #value(Value)}); comments and original spacing are not
 * kept.
 *
 * <p>Contract: for every tree {@code t} that {@link AirParser} accepts, {@code parse(print(t))} has
 * the same shape as {@code t} ({@code Shapes.same}) and {@code print} is idempotent; the same holds
 * for {@link #printCompact}. Limits that no layout can lift: a {@code FloatLiteral} whose value has
 * no plain decimal form of at most {@value #MAX_FLOAT_TOKEN} characters (see
 * {@link #fitsFloatToken}) prints in its shortest plain form, which AquaVM's lexer rejects as too
 * long; such a value never comes out of the parser. A scalar named like a keyword ({@code true},
 * {@code seq}) prints as that keyword.
 *
 * <p>Stateless; all methods are pure and thread-safe.
 */
public final class AirPrinter {
  private AirPrinter() {}

  /** AquaVM's limit on the length of a float token ({@code SAFE_FLOAT_SIGNIFICAND_SIZE}). */
  public static final int MAX_FLOAT_TOKEN = PrintedValues.MAX_FLOAT_TOKEN;

  /** The canonical multi-line text of {@code root}, ending with a newline. */
  public static String print(Instruction root) {
    StringBuilder out = new StringBuilder(256);
    new Layout(out, false).instruction(root, 0);
    return out.toString();
  }

  /** The text of {@code root} on one line, single spaces between tokens, no trailing newline. */
  public static String printCompact(Instruction root) {
    StringBuilder out = new StringBuilder(128);
    new Layout(out, true).instruction(root, 0);
    return out.toString();
  }

  /**
   * The text of one value as it appears in an instruction, e.g. {@code #$c.$.[0]!} or {@code "p"}.
   */
  public static String value(Value value) {
    StringBuilder out = new StringBuilder(16);
    PrintedValues.value(out, value);
    return out.toString();
  }

  /**
   * True iff {@code value} has a decimal form without exponent of at most {@value #MAX_FLOAT_TOKEN}
   * characters that reads back as the same double, i.e. iff a {@code FloatLiteral} holding it can
   * be printed as AIR that AquaVM accepts.
   */
  public static boolean fitsFloatToken(double value) {
    return Double.isFinite(value) && PrintedValues.floatText(value).length() <= MAX_FLOAT_TOKEN;
  }

  /**
   * Writes instructions into one builder, with an explicit work stack instead of recursion so that
   * AquaVM's deepest scripts (1000 levels) print on small thread stacks. Mutable; used by one call
   * of {@code print} or {@code printCompact} only.
   */
  private static final class Layout {
    private final StringBuilder out;
    private final boolean compact;
    private final Deque<Step> work = new ArrayDeque<>();

    /** One pending piece of output. */
    private sealed interface Step permits Open, Close {}

    /** Print {@code node} at {@code depth}; {@code first} is false for every child after a header. */
    private record Open(Instruction node, int depth, boolean first) implements Step {}

    /** Print the closing parenthesis of a compound instruction at {@code depth}. */
    private record Close(int depth) implements Step {}

    Layout(StringBuilder out, boolean compact) {
      this.out = out;
      this.compact = compact;
    }

    void instruction(Instruction root, int depth) {
      work.push(new Open(root, depth, true));
      while (!work.isEmpty()) {
        switch (work.pop()) {
          case Open o -> open(o);
          case Close c -> {
            indent(c.depth());
            out.append(')');
            newline();
          }
        }
      }
    }

    private void open(Open o) {
      if (compact && !o.first()) {
        out.append(' ');
      }
      int depth = o.depth();
      switch (o.node()) {
        case Call c -> leaf(depth, () -> call(c));
        case Canon c -> leaf(depth, () -> canon(c.peer(), c.stream().text(), c.canon().text()));
        case CanonMap c -> leaf(depth, () -> canon(c.peer(), c.map().text(), c.canonMap().text()));
        case CanonMapScalar c ->
            leaf(depth, () -> canon(c.peer(), c.map().text(), c.scalar().text()));
        case Ap a -> leaf(depth, () -> ap(a));
        case ApMap a -> leaf(depth, () -> apMap(a));
        case Fail f -> leaf(depth, () -> fail(f));
        case Next n ->
            leaf(depth, () -> out.append("(next ").append(n.iterator().text()).append(')'));
        case Never n -> leaf(depth, () -> out.append("(never)"));
        case Null n -> leaf(depth, () -> out.append("(null)"));
        case Seq s -> compound(depth, "seq", List.of(), List.of(s.left(), s.right()));
        case Par p -> compound(depth, "par", List.of(), List.of(p.left(), p.right()));
        case Xor x -> compound(depth, "xor", List.of(), List.of(x.left(), x.right()));
        case Match m -> compound(depth, "match",
            List.of(value(m.left()), value(m.right())), List.of(m.body()));
        case Mismatch m -> compound(depth, "mismatch",
            List.of(value(m.left()), value(m.right())), List.of(m.body()));
        case New n -> compound(depth, "new", List.of(n.name().text()), List.of(n.body()));
        case FoldScalar f -> compound(depth, "fold",
            List.of(value(f.iterable()), f.iterator().text()), children(f.body(), f.last()));
        case FoldStream f -> compound(depth, "fold",
            List.of(f.iterable().text(), f.iterator().text()), children(f.body(), f.last()));
        case FoldStreamMap f -> compound(depth, "fold",
            List.of(f.iterable().text(), f.iterator().text()), children(f.body(), f.last()));
      }
    }

    private static List<Instruction> children(Instruction body, Optional<Instruction> last) {
      return last.map(l -> List.of(body, l)).orElseGet(() -> List.of(body));
    }

    private void leaf(int depth, Runnable text) {
      indent(depth);
      text.run();
      newline();
    }

    /** Writes the header now and schedules the children, then the closing parenthesis. */
    private void compound(int depth, String keyword, List<String> header, List<Instruction> kids) {
      indent(depth);
      out.append('(').append(keyword);
      for (String operand : header) {
        out.append(' ').append(operand);
      }
      newline();
      work.push(new Close(depth));
      for (int i = kids.size() - 1; i >= 0; i--) {
        work.push(new Open(kids.get(i), depth + 1, false));
      }
    }

    private void indent(int depth) {
      if (!compact) {
        out.repeat(' ', depth);
      }
    }

    private void newline() {
      if (!compact) {
        out.append('\n');
      }
    }

    private void call(Call c) {
      out.append("(call ");
      PrintedValues.value(out, c.peer());
      out.append(" (");
      PrintedValues.value(out, c.service());
      out.append(' ');
      PrintedValues.value(out, c.function());
      out.append(") [");
      for (int i = 0; i < c.args().size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        PrintedValues.value(out, c.args().get(i));
      }
      out.append(']');
      c.output().ifPresent(o -> out.append(' ').append(o.text()));
      out.append(')');
    }

    private void canon(Value peer, String source, String destination) {
      out.append("(canon ");
      PrintedValues.value(out, peer);
      out.append(' ').append(source).append(' ').append(destination).append(')');
    }

    private void ap(Ap a) {
      out.append("(ap ");
      PrintedValues.value(out, a.argument());
      out.append(' ').append(a.destination().text()).append(')');
    }

    private void apMap(ApMap a) {
      out.append("(ap (");
      PrintedValues.value(out, a.key());
      out.append(' ');
      PrintedValues.value(out, a.value());
      out.append(") ").append(a.map().text()).append(')');
    }

    private void fail(Fail f) {
      out.append("(fail ");
      switch (f.argument()) {
        case FailLiteral l -> out.append(l.code()).append(" \"").append(l.message()).append('"');
        case FailValue v -> PrintedValues.value(out, v.value());
        case FailLastError l -> out.append("%last_error%");
        case FailError e -> out.append(":error:");
      }
      out.append(')');
    }
  }
}
