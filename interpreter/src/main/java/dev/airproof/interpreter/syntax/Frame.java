package dev.airproof.interpreter.syntax;

import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Name;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import java.util.Optional;

/**
 * Mutable; an instruction with children (seq, par, xor, new, match, mismatch, fold) whose operands
 * have been read and whose children are being read. The parser keeps these on an explicit stack
 * instead of the call stack, so nesting depth costs heap, not thread stack.
 */
final class Frame {
  final TokenKind kind;
  final int line;
  final int col;
  final int offset;
  /** new: the name; fold over a stream or stream map: the iterable. */
  Name name;
  /** match/mismatch: the operands; fold over a scalar-like iterable: {@code left}. */
  Value left;
  Value right;
  ScalarName iterator;
  Instruction first;
  Instruction second;
  int children;
  /** True once all children are read and the closing parenthesis is expected. */
  boolean closing;

  Frame(TokenKind kind, int line, int col, int offset) {
    this.kind = kind;
    this.line = line;
    this.col = col;
    this.offset = offset;
  }

  /** Number of children after which this instruction may close (fold: 1, or 2 with a last). */
  int requiredChildren() {
    return switch (kind) {
      case SEQ, PAR, XOR -> 2;
      default -> 1;
    };
  }

  /** The tokens that may follow an instruction in child slot {@code slot} (error recovery). */
  long acceptAfter(int slot) {
    return switch (kind) {
      case SEQ, PAR, XOR -> slot == 0 ? Expect.OPEN : Expect.CLOSE;
      case FOLD -> slot == 0 ? Expect.OPEN_OR_CLOSE : Expect.CLOSE;
      default -> Expect.CLOSE;
    };
  }

  /** Forgets the children from {@code slot} on (error recovery resumes there). */
  void truncate(int slot) {
    children = slot;
    if (slot == 0) {
      first = null;
    }
    second = null;
    closing = false;
  }

  void add(Instruction child) {
    if (children == 0) {
      first = child;
    } else {
      second = child;
    }
    children++;
  }

  /** Builds the instruction and reports it to the validator. */
  Instruction build(Validator v, Span span) {
    return switch (kind) {
      case SEQ -> merging(v, new Seq(first, second, span));
      case PAR -> merging(v, new Par(first, second, span));
      case XOR -> {
        v.metXor(span);
        yield new Xor(first, second, span);
      }
      case NEW -> {
        v.metNew(name, span);
        yield new New(name, first, span);
      }
      case MATCH -> {
        v.metMatch(left, right, span);
        yield new Match(left, right, first, span);
      }
      case MISMATCH -> {
        v.metMatch(left, right, span);
        yield new Mismatch(left, right, first, span);
      }
      default -> fold(v, span);
    };
  }

  private static Instruction merging(Validator v, Instruction i) {
    v.metMerging(i.span());
    return i;
  }

  private Instruction fold(Validator v, Span span) {
    Optional<Instruction> last = Optional.ofNullable(second);
    return switch (name) {
      case null -> {
        v.metFoldScalar(left, iterator, last.isPresent(), span);
        yield new FoldScalar(left, iterator, first, last, span);
      }
      case StreamName s -> {
        v.metFoldStream(s, iterator, last.isPresent(), span);
        yield new FoldStream(s, iterator, first, last, span);
      }
      case StreamMapName m -> {
        v.metFoldStream(m, iterator, last.isPresent(), span);
        yield new FoldStreamMap(m, iterator, first, last, span);
      }
      default -> throw new IllegalStateException("fold over " + name);
    };
  }
}
