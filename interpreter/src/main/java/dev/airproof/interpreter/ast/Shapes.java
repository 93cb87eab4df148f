package dev.airproof.interpreter.ast;

import java.util.Optional;

/**
 * Structural comparison of syntax trees that ignores source spans.
 *
 * <p>{@link #of(Node)} returns a copy of a tree with every span replaced by {@link Span#NONE}; two
 * trees have the same shape iff their copies are {@code equals}. Used by round-trip tests
 * ({@code parse(fmt(x))} against {@code parse(x)}) and by the shrinker.
 */
public final class Shapes {
  private Shapes() {}

  /** The tree {@code node} with all spans erased. */
  @SuppressWarnings("unchecked")
  public static <N extends Node> N of(N node) {
    return (N) erase(node);
  }

  /** True iff the two trees are equal apart from their spans. */
  public static boolean same(Node a, Node b) {
    return of(a).equals(of(b));
  }

  private static final Span S = Span.NONE;

  private static Node erase(Node node) {
    return switch (node) {
      case Instruction i -> instruction(i);
      case Value v -> value(v);
      case Name n -> name(n);
      case Lens l -> lens(l);
      case Accessor a -> accessor(a);
      case FailArgument f -> failArgument(f);
    };
  }

  private static Instruction instruction(Instruction node) {
    return switch (node) {
      case Call c -> new Call(value(c.peer()), value(c.service()), value(c.function()),
          c.args().stream().map(Shapes::value).toList(),
          c.output().map(o -> (CallOutput) name(o)), S);
      case Canon c -> new Canon(value(c.peer()), new StreamName(c.stream().name(), S),
          new CanonStreamName(c.canon().name(), c.canon().legacySigil(), S), S);
      case CanonMap c -> new CanonMap(value(c.peer()), new StreamMapName(c.map().name(), S),
          new CanonStreamMapName(c.canonMap().name(), S), S);
      case CanonMapScalar c -> new CanonMapScalar(value(c.peer()),
          new StreamMapName(c.map().name(), S), new ScalarName(c.scalar().name(), S), S);
      case Ap a -> new Ap(value(a.argument()), (ApTarget) name(a.destination()), S);
      case ApMap a -> new ApMap(value(a.key()), value(a.value()),
          new StreamMapName(a.map().name(), S), S);
      case Seq s -> new Seq(instruction(s.left()), instruction(s.right()), S);
      case Par p -> new Par(instruction(p.left()), instruction(p.right()), S);
      case Xor x -> new Xor(instruction(x.left()), instruction(x.right()), S);
      case Match m -> new Match(value(m.left()), value(m.right()), instruction(m.body()), S);
      case Mismatch m -> new Mismatch(value(m.left()), value(m.right()), instruction(m.body()), S);
      case Fail f -> new Fail(failArgument(f.argument()), S);
      case FoldScalar f -> new FoldScalar(value(f.iterable()), new ScalarName(f.iterator().name(), S),
          instruction(f.body()), last(f.last()), S);
      case FoldStream f -> new FoldStream(new StreamName(f.iterable().name(), S),
          new ScalarName(f.iterator().name(), S), instruction(f.body()), last(f.last()), S);
      case FoldStreamMap f -> new FoldStreamMap(new StreamMapName(f.iterable().name(), S),
          new ScalarName(f.iterator().name(), S), instruction(f.body()), last(f.last()), S);
      case Next n -> new Next(new ScalarName(n.iterator().name(), S), S);
      case New n -> new New(name(n.name()), instruction(n.body()), S);
      case Never n -> new Never(S);
      case Null n -> new Null(S);
    };
  }

  private static Optional<Instruction> last(Optional<Instruction> last) {
    return last.map(Shapes::instruction);
  }

  private static Value value(Value node) {
    return switch (node) {
      case InitPeerId v -> new InitPeerId(S);
      case Timestamp v -> new Timestamp(S);
      case Ttl v -> new Ttl(S);
      case EmptyArray v -> new EmptyArray(S);
      case LastError v -> new LastError(v.lens().map(Shapes::lens), S);
      case ErrorValue v -> new ErrorValue(v.lens().map(Shapes::lens), S);
      case StringLiteral v -> new StringLiteral(v.value(), S);
      case IntLiteral v -> new IntLiteral(v.value(), S);
      case FloatLiteral v -> new FloatLiteral(v.value(), S);
      case BoolLiteral v -> new BoolLiteral(v.value(), S);
      case ScalarRef v -> new ScalarRef(v.name(), v.lens().map(Shapes::lens), S);
      case CanonStreamRef v ->
          new CanonStreamRef(v.name(), v.legacySigil(), v.lens().map(Shapes::lens), S);
      case CanonStreamMapRef v -> new CanonStreamMapRef(v.name(), v.lens().map(Shapes::lens), S);
    };
  }

  private static Name name(Name node) {
    return switch (node) {
      case ScalarName n -> new ScalarName(n.name(), S);
      case StreamName n -> new StreamName(n.name(), S);
      case StreamMapName n -> new StreamMapName(n.name(), S);
      case CanonStreamName n -> new CanonStreamName(n.name(), n.legacySigil(), S);
      case CanonStreamMapName n -> new CanonStreamMapName(n.name(), S);
    };
  }

  private static Lens lens(Lens node) {
    return switch (node) {
      case LengthFunctor l -> new LengthFunctor(S);
      case ValuePath p ->
          new ValuePath(p.accessors().stream().map(Shapes::accessor).toList(), p.flatten(), S);
    };
  }

  private static Accessor accessor(Accessor node) {
    return switch (node) {
      case FieldAccessor a -> new FieldAccessor(a.field(), S);
      case IndexAccessor a -> new IndexAccessor(a.index(), S);
      case ScalarAccessor a -> new ScalarAccessor(a.scalar(), S);
    };
  }

  private static FailArgument failArgument(FailArgument node) {
    return switch (node) {
      case FailLiteral f -> new FailLiteral(f.code(), f.message(), S);
      case FailValue f -> new FailValue(value(f.value()), S);
      case FailLastError f -> new FailLastError(S);
      case FailError f -> new FailError(S);
    };
  }
}
