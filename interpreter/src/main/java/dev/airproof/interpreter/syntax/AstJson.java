package dev.airproof.interpreter.syntax;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.ast.Accessor;
import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamMapRef;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.ErrorValue;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FailArgument;
import dev.airproof.interpreter.ast.FailError;
import dev.airproof.interpreter.ast.FailLastError;
import dev.airproof.interpreter.ast.FailLiteral;
import dev.airproof.interpreter.ast.FailValue;
import dev.airproof.interpreter.ast.FieldAccessor;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.IndexAccessor;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LastError;
import dev.airproof.interpreter.ast.LengthFunctor;
import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Name;
import dev.airproof.interpreter.ast.Names;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Node;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarAccessor;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Timestamp;
import dev.airproof.interpreter.ast.Ttl;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.ValuePath;
import dev.airproof.interpreter.ast.Xor;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The syntax tree as JSON, for goldens, tools and the other back ends. Stateless; thread-safe.
 *
 * <p>Shape: every node is an object whose first field is {@code "kind"} and whose last field is
 * {@code "span": {"line", "column", "offset", "length"}} (see {@link Span}); in between come its
 * fields in the order of the record components. Absent optional parts are {@code null}.
 *
 * <ul>
 *   <li>Instructions: {@code call} (peer, service, function, args[], output), {@code canon} (peer,
 *       stream, canon), {@code canon_map} (peer, map, canon_map), {@code canon_map_scalar} (peer,
 *       map, scalar), {@code ap} (argument, destination), {@code ap_map} (key, value, map),
 *       {@code seq}/{@code par}/{@code xor} (left, right), {@code match}/{@code mismatch} (left,
 *       right, body), {@code fail} (argument), {@code fold_scalar}/{@code fold_stream}/
 *       {@code fold_stream_map} (iterable, iterator, body, last), {@code next} (iterator),
 *       {@code new} (name, body), {@code never}, {@code null}.
 *   <li>Values: {@code init_peer_id}, {@code timestamp}, {@code ttl}, {@code empty_array},
 *       {@code last_error} (lens), {@code error} (lens), {@code string} (value), {@code int}
 *       (value), {@code float} (value), {@code bool} (value), {@code scalar} (name, lens),
 *       {@code canon_stream} (name, legacy, lens), {@code canon_stream_map} (name, lens).
 *   <li>Names (without sigil): {@code scalar_name}, {@code stream_name}, {@code stream_map_name},
 *       {@code canon_stream_name} (name, legacy), {@code canon_stream_map_name}.
 *   <li>Lenses: {@code value_path} (accessors[], flatten), {@code length}; accessors:
 *       {@code field} (field), {@code index} (index), {@code scalar_accessor} (scalar).
 *   <li>Fail arguments: {@code fail_literal} (code, message), {@code fail_value} (value),
 *       {@code fail_last_error}, {@code fail_error}.
 * </ul>
 *
 * <p>{@link #read(JsonNode)} inverts {@link #toJson(Node)}: {@code read(toJson(i)).equals(i)}.
 */
public final class AstJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AstJson() {}

  /** The JSON form of {@code node}. */
  public static JsonNode toJson(Node node) {
    return switch (node) {
      case Instruction i -> instruction(i);
      case Value v -> value(v);
      case Name n -> name(n);
      case Lens l -> lens(l);
      case Accessor a -> accessor(a);
      case FailArgument f -> failArgument(f);
    };
  }

  /** The JSON form of {@code node}, pretty-printed (2 spaces, {@code \n}) with a stable field order. */
  public static String write(Node node) {
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return MAPPER.writer(printer).writeValueAsString(toJson(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a tree written by {@link #toJson(Node)}; throws IllegalArgumentException if malformed. */
  public static Instruction read(JsonNode json) {
    return AstJsonReader.instruction(json);
  }

  private static ObjectNode obj(String kind) {
    ObjectNode o = F.objectNode();
    o.put("kind", kind);
    return o;
  }

  private static ObjectNode done(ObjectNode o, Span s) {
    ObjectNode span = o.putObject("span");
    span.put("line", s.line());
    span.put("column", s.column());
    span.put("offset", s.offset());
    span.put("length", s.length());
    return o;
  }

  private static JsonNode opt(Optional<? extends Node> node) {
    return node.<JsonNode>map(AstJson::toJson).orElse(F.nullNode());
  }

  private static ObjectNode instruction(Instruction node) {
    return switch (node) {
      case Call c -> {
        ObjectNode o = obj("call");
        o.set("peer", toJson(c.peer()));
        o.set("service", toJson(c.service()));
        o.set("function", toJson(c.function()));
        o.set("args", list(c.args()));
        o.set("output", opt(c.output()));
        yield done(o, c.span());
      }
      case Canon c -> three("canon", "peer", c.peer(), "stream", c.stream(), "canon", c.canon(),
          c.span());
      case CanonMap c -> three("canon_map", "peer", c.peer(), "map", c.map(), "canon_map",
          c.canonMap(), c.span());
      case CanonMapScalar c -> three("canon_map_scalar", "peer", c.peer(), "map", c.map(),
          "scalar", c.scalar(), c.span());
      case Ap a -> two("ap", "argument", a.argument(), "destination", a.destination(), a.span());
      case ApMap a -> three("ap_map", "key", a.key(), "value", a.value(), "map", a.map(),
          a.span());
      case Seq s -> two("seq", "left", s.left(), "right", s.right(), s.span());
      case Par p -> two("par", "left", p.left(), "right", p.right(), p.span());
      case Xor x -> two("xor", "left", x.left(), "right", x.right(), x.span());
      case Match m -> three("match", "left", m.left(), "right", m.right(), "body", m.body(),
          m.span());
      case Mismatch m -> three("mismatch", "left", m.left(), "right", m.right(), "body",
          m.body(), m.span());
      case Fail f -> {
        ObjectNode o = obj("fail");
        o.set("argument", toJson(f.argument()));
        yield done(o, f.span());
      }
      case FoldScalar f -> fold("fold_scalar", f.iterable(), f.iterator(), f.body(), f.last(),
          f.span());
      case FoldStream f -> fold("fold_stream", f.iterable(), f.iterator(), f.body(), f.last(),
          f.span());
      case FoldStreamMap f -> fold("fold_stream_map", f.iterable(), f.iterator(), f.body(),
          f.last(), f.span());
      case Next n -> {
        ObjectNode o = obj("next");
        o.set("iterator", toJson(n.iterator()));
        yield done(o, n.span());
      }
      case New n -> two("new", "name", n.name(), "body", n.body(), n.span());
      case Never n -> done(obj("never"), n.span());
      case Null n -> done(obj("null"), n.span());
    };
  }

  private static ArrayNode list(List<? extends Node> nodes) {
    ArrayNode a = F.arrayNode();
    nodes.forEach(n -> a.add(toJson(n)));
    return a;
  }

  private static ObjectNode two(String kind, String f1, Node v1, String f2, Node v2, Span span) {
    ObjectNode o = obj(kind);
    o.set(f1, toJson(v1));
    o.set(f2, toJson(v2));
    return done(o, span);
  }

  private static ObjectNode three(String kind, String f1, Node v1, String f2, Node v2, String f3,
      Node v3, Span span) {
    ObjectNode o = obj(kind);
    o.set(f1, toJson(v1));
    o.set(f2, toJson(v2));
    o.set(f3, toJson(v3));
    return done(o, span);
  }

  private static ObjectNode fold(String kind, Node iterable, ScalarName iterator, Instruction body,
      Optional<Instruction> last, Span span) {
    ObjectNode o = obj(kind);
    o.set("iterable", toJson(iterable));
    o.set("iterator", toJson(iterator));
    o.set("body", toJson(body));
    o.set("last", opt(last));
    return done(o, span);
  }

  private static ObjectNode value(Value node) {
    return switch (node) {
      case InitPeerId v -> done(obj("init_peer_id"), v.span());
      case Timestamp v -> done(obj("timestamp"), v.span());
      case Ttl v -> done(obj("ttl"), v.span());
      case EmptyArray v -> done(obj("empty_array"), v.span());
      case LastError v -> withLens(obj("last_error"), v.lens(), v.span());
      case ErrorValue v -> withLens(obj("error"), v.lens(), v.span());
      case StringLiteral v -> done(obj("string").put("value", v.value()), v.span());
      case IntLiteral v -> done(obj("int").put("value", v.value()), v.span());
      case FloatLiteral v -> done(obj("float").put("value", v.value()), v.span());
      case BoolLiteral v -> done(obj("bool").put("value", v.value()), v.span());
      case ScalarRef v -> withLens(obj("scalar").put("name", v.name()), v.lens(), v.span());
      case CanonStreamRef v -> withLens(obj("canon_stream").put("name", v.name())
          .put("legacy", v.legacySigil()), v.lens(), v.span());
      case CanonStreamMapRef v ->
          withLens(obj("canon_stream_map").put("name", v.name()), v.lens(), v.span());
    };
  }

  private static ObjectNode withLens(ObjectNode o, Optional<Lens> lens, Span span) {
    o.set("lens", opt(lens));
    return done(o, span);
  }

  private static ObjectNode name(Name node) {
    return switch (node) {
      case ScalarName n -> done(obj("scalar_name").put("name", n.name()), n.span());
      case StreamName n -> done(obj("stream_name").put("name", n.name()), n.span());
      case StreamMapName n -> done(obj("stream_map_name").put("name", n.name()), n.span());
      case CanonStreamName n -> done(obj("canon_stream_name").put("name", n.name())
          .put("legacy", n.legacySigil()), n.span());
      case CanonStreamMapName n ->
          done(obj("canon_stream_map_name").put("name", n.name()), n.span());
    };
  }

  private static ObjectNode lens(Lens node) {
    return switch (node) {
      case LengthFunctor l -> done(obj("length"), l.span());
      case ValuePath p -> {
        ObjectNode o = obj("value_path");
        o.set("accessors", list(p.accessors()));
        o.put("flatten", p.flatten());
        yield done(o, p.span());
      }
    };
  }

  private static ObjectNode accessor(Accessor node) {
    return switch (node) {
      case FieldAccessor a -> done(obj("field").put("field", a.field()), a.span());
      case IndexAccessor a -> done(obj("index").put("index", a.index()), a.span());
      case ScalarAccessor a -> done(obj("scalar_accessor").put("scalar", a.scalar()), a.span());
    };
  }

  private static ObjectNode failArgument(FailArgument node) {
    return switch (node) {
      case FailLiteral f ->
          done(obj("fail_literal").put("code", f.code()).put("message", f.message()), f.span());
      case FailValue f -> {
        ObjectNode o = obj("fail_value");
        o.set("value", toJson(f.value()));
        yield done(o, f.span());
      }
      case FailLastError f -> done(obj("fail_last_error"), f.span());
      case FailError f -> done(obj("fail_error"), f.span());
    };
  }
}
