package dev.airproof.interpreter.ast;

import java.util.Optional;

/**
 * Rebuilds a syntax tree bottom-up, letting subclasses change spans ({@link #span(Span)}) and values
 * ({@link #value(Value)}); every other node is copied. Immutable trees make this the way to "modify" a
 * tree: {@link Shapes} erases spans with it, the explorer renames peers with it.
 */
public class AstMapper {
  /** The span to give a rebuilt node whose original span is {@code span}; identity by default. */
  protected Span span(Span span) {
    return span;
  }

  /**
   * The value to put where {@code original} stood; by default a copy with its lens and spans mapped.
   * Overrides usually delegate to {@code super.value} for the values they do not change.
   */
  protected Value value(Value original) {
    return copyValue(original);
  }

  /** The rebuilt copy of {@code node}. */
  public Node node(Node node) {
    return switch (node) {
      case Instruction i -> instruction(i);
      case Value v -> value(v);
      case Name n -> name(n);
      case Lens l -> lens(l);
      case Accessor a -> accessor(a);
      case FailArgument f -> failArgument(f);
    };
  }

  /** The rebuilt copy of instruction {@code node} and its subtree. */
  public Instruction instruction(Instruction node) {
    return switch (node) {
      case Call c -> new Call(value(c.peer()), value(c.service()), value(c.function()),
          c.args().stream().map(this::value).toList(),
          c.output().map(o -> (CallOutput) name(o)), span(c.span()));
      case Canon c -> new Canon(value(c.peer()), new StreamName(c.stream().name(), span(c.stream().span())),
          new CanonStreamName(c.canon().name(), c.canon().legacySigil(), span(c.canon().span())), span(c.span()));
      case CanonMap c -> new CanonMap(value(c.peer()), new StreamMapName(c.map().name(), span(c.map().span())),
          new CanonStreamMapName(c.canonMap().name(), span(c.canonMap().span())), span(c.span()));
      case CanonMapScalar c -> new CanonMapScalar(value(c.peer()),
          new StreamMapName(c.map().name(), span(c.map().span())), new ScalarName(c.scalar().name(), span(c.scalar().span())), span(c.span()));
      case Ap a -> new Ap(value(a.argument()), (ApTarget) name(a.destination()), span(a.span()));
      case ApMap a -> new ApMap(value(a.key()), value(a.value()),
          new StreamMapName(a.map().name(), span(a.map().span())), span(a.span()));
      case Seq s -> new Seq(instruction(s.left()), instruction(s.right()), span(s.span()));
      case Par p -> new Par(instruction(p.left()), instruction(p.right()), span(p.span()));
      case Xor x -> new Xor(instruction(x.left()), instruction(x.right()), span(x.span()));
      case Match m -> new Match(value(m.left()), value(m.right()), instruction(m.body()), span(m.span()));
      case Mismatch m -> new Mismatch(value(m.left()), value(m.right()), instruction(m.body()), span(m.span()));
      case Fail f -> new Fail(failArgument(f.argument()), span(f.span()));
      case FoldScalar f -> new FoldScalar(value(f.iterable()), new ScalarName(f.iterator().name(), span(f.iterator().span())),
          instruction(f.body()), last(f.last()), span(f.span()));
      case FoldStream f -> new FoldStream(new StreamName(f.iterable().name(), span(f.iterable().span())),
          new ScalarName(f.iterator().name(), span(f.iterator().span())), instruction(f.body()), last(f.last()), span(f.span()));
      case FoldStreamMap f -> new FoldStreamMap(new StreamMapName(f.iterable().name(), span(f.iterable().span())),
          new ScalarName(f.iterator().name(), span(f.iterator().span())), instruction(f.body()), last(f.last()), span(f.span()));
      case Next n -> new Next(new ScalarName(n.iterator().name(), span(n.iterator().span())), span(n.span()));
      case New n -> new New(name(n.name()), instruction(n.body()), span(n.span()));
      case Never n -> new Never(span(n.span()));
      case Null n -> new Null(span(n.span()));
    };
  }

  private Optional<Instruction> last(Optional<Instruction> last) {
    return last.map(this::instruction);
  }

  private Value copyValue(Value node) {
    return switch (node) {
      case InitPeerId v -> new InitPeerId(span(v.span()));
      case Timestamp v -> new Timestamp(span(v.span()));
      case Ttl v -> new Ttl(span(v.span()));
      case EmptyArray v -> new EmptyArray(span(v.span()));
      case LastError v -> new LastError(v.lens().map(this::lens), span(v.span()));
      case ErrorValue v -> new ErrorValue(v.lens().map(this::lens), span(v.span()));
      case StringLiteral v -> new StringLiteral(v.value(), span(v.span()));
      case IntLiteral v -> new IntLiteral(v.value(), span(v.span()));
      case FloatLiteral v -> new FloatLiteral(v.value(), span(v.span()));
      case BoolLiteral v -> new BoolLiteral(v.value(), span(v.span()));
      case ScalarRef v -> new ScalarRef(v.name(), v.lens().map(this::lens), span(v.span()));
      case CanonStreamRef v ->
          new CanonStreamRef(v.name(), v.legacySigil(), v.lens().map(this::lens), span(v.span()));
      case CanonStreamMapRef v -> new CanonStreamMapRef(v.name(), v.lens().map(this::lens), span(v.span()));
    };
  }

  private Name name(Name node) {
    return switch (node) {
      case ScalarName n -> new ScalarName(n.name(), span(n.span()));
      case StreamName n -> new StreamName(n.name(), span(n.span()));
      case StreamMapName n -> new StreamMapName(n.name(), span(n.span()));
      case CanonStreamName n -> new CanonStreamName(n.name(), n.legacySigil(), span(n.span()));
      case CanonStreamMapName n -> new CanonStreamMapName(n.name(), span(n.span()));
    };
  }

  private Lens lens(Lens node) {
    return switch (node) {
      case LengthFunctor l -> new LengthFunctor(span(l.span()));
      case ValuePath p ->
          new ValuePath(p.accessors().stream().map(this::accessor).toList(), p.flatten(), span(p.span()));
    };
  }

  private Accessor accessor(Accessor node) {
    return switch (node) {
      case FieldAccessor a -> new FieldAccessor(a.field(), span(a.span()));
      case IndexAccessor a -> new IndexAccessor(a.index(), span(a.span()));
      case ScalarAccessor a -> new ScalarAccessor(a.scalar(), span(a.span()));
    };
  }

  private FailArgument failArgument(FailArgument node) {
    return switch (node) {
      case FailLiteral f -> new FailLiteral(f.code(), f.message(), span(f.span()));
      case FailValue f -> new FailValue(value(f.value()), span(f.span()));
      case FailLastError f -> new FailLastError(span(f.span()));
      case FailError f -> new FailError(span(f.span()));
    };
  }
}
