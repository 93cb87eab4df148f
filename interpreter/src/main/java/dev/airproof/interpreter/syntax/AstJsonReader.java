package dev.airproof.interpreter.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.Accessor;
import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.ApTarget;
import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.CallOutput;
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
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the JSON written by {@link AstJson} back into syntax trees (see there for the shape). */
final class AstJsonReader {
  private AstJsonReader() {}

  static Instruction instruction(JsonNode j) {
    Span s = span(j);
    return switch (kind(j)) {
      case "call" -> new Call(value(j.get("peer")), value(j.get("service")),
          value(j.get("function")), list(j.get("args"), AstJsonReader::value),
          opt(j.get("output"), n -> (CallOutput) name(n)), s);
      case "canon" -> new Canon(value(j.get("peer")), (StreamName) name(j.get("stream")),
          (CanonStreamName) name(j.get("canon")), s);
      case "canon_map" -> new CanonMap(value(j.get("peer")), (StreamMapName) name(j.get("map")),
          (CanonStreamMapName) name(j.get("canon_map")), s);
      case "canon_map_scalar" -> new CanonMapScalar(value(j.get("peer")),
          (StreamMapName) name(j.get("map")), (ScalarName) name(j.get("scalar")), s);
      case "ap" -> new Ap(value(j.get("argument")), (ApTarget) name(j.get("destination")), s);
      case "ap_map" -> new ApMap(value(j.get("key")), value(j.get("value")),
          (StreamMapName) name(j.get("map")), s);
      case "seq" -> new Seq(instruction(j.get("left")), instruction(j.get("right")), s);
      case "par" -> new Par(instruction(j.get("left")), instruction(j.get("right")), s);
      case "xor" -> new Xor(instruction(j.get("left")), instruction(j.get("right")), s);
      case "match" -> new Match(value(j.get("left")), value(j.get("right")),
          instruction(j.get("body")), s);
      case "mismatch" -> new Mismatch(value(j.get("left")), value(j.get("right")),
          instruction(j.get("body")), s);
      case "fail" -> new Fail(failArgument(j.get("argument")), s);
      case "fold_scalar" -> new FoldScalar(value(j.get("iterable")), iterator(j),
          instruction(j.get("body")), last(j), s);
      case "fold_stream" -> new FoldStream((StreamName) name(j.get("iterable")), iterator(j),
          instruction(j.get("body")), last(j), s);
      case "fold_stream_map" -> new FoldStreamMap((StreamMapName) name(j.get("iterable")),
          iterator(j), instruction(j.get("body")), last(j), s);
      case "next" -> new Next((ScalarName) name(j.get("iterator")), s);
      case "new" -> new New(name(j.get("name")), instruction(j.get("body")), s);
      case "never" -> new Never(s);
      case "null" -> new Null(s);
      default -> throw bad(j, "instruction");
    };
  }

  private static ScalarName iterator(JsonNode j) {
    return (ScalarName) name(j.get("iterator"));
  }

  private static Optional<Instruction> last(JsonNode j) {
    return opt(j.get("last"), AstJsonReader::instruction);
  }

  static Value value(JsonNode j) {
    Span s = span(j);
    return switch (kind(j)) {
      case "init_peer_id" -> new InitPeerId(s);
      case "timestamp" -> new Timestamp(s);
      case "ttl" -> new Ttl(s);
      case "empty_array" -> new EmptyArray(s);
      case "last_error" -> new LastError(lens(j), s);
      case "error" -> new ErrorValue(lens(j), s);
      case "string" -> new StringLiteral(text(j, "value"), s);
      case "int" -> new IntLiteral(field(j, "value").asLong(), s);
      case "float" -> new FloatLiteral(field(j, "value").asDouble(), s);
      case "bool" -> new BoolLiteral(field(j, "value").asBoolean(), s);
      case "scalar" -> new ScalarRef(text(j, "name"), lens(j), s);
      case "canon_stream" -> new CanonStreamRef(text(j, "name"),
          field(j, "legacy").asBoolean(), lens(j), s);
      case "canon_stream_map" -> new CanonStreamMapRef(text(j, "name"), lens(j), s);
      default -> throw bad(j, "value");
    };
  }

  static Name name(JsonNode j) {
    Span s = span(j);
    return switch (kind(j)) {
      case "scalar_name" -> new ScalarName(text(j, "name"), s);
      case "stream_name" -> new StreamName(text(j, "name"), s);
      case "stream_map_name" -> new StreamMapName(text(j, "name"), s);
      case "canon_stream_name" ->
          new CanonStreamName(text(j, "name"), field(j, "legacy").asBoolean(), s);
      case "canon_stream_map_name" -> new CanonStreamMapName(text(j, "name"), s);
      default -> throw bad(j, "name");
    };
  }

  private static Optional<Lens> lens(JsonNode j) {
    return opt(j.get("lens"), AstJsonReader::lensNode);
  }

  private static Lens lensNode(JsonNode j) {
    Span s = span(j);
    return switch (kind(j)) {
      case "length" -> new LengthFunctor(s);
      case "value_path" -> new ValuePath(list(j.get("accessors"), AstJsonReader::accessor),
          field(j, "flatten").asBoolean(), s);
      default -> throw bad(j, "lens");
    };
  }

  private static Accessor accessor(JsonNode j) {
    Span s = span(j);
    return switch (kind(j)) {
      case "field" -> new FieldAccessor(text(j, "field"), s);
      case "index" -> new IndexAccessor(field(j, "index").asLong(), s);
      case "scalar_accessor" -> new ScalarAccessor(text(j, "scalar"), s);
      default -> throw bad(j, "accessor");
    };
  }

  private static FailArgument failArgument(JsonNode j) {
    Span s = span(j);
    return switch (kind(j)) {
      case "fail_literal" -> new FailLiteral(field(j, "code").asLong(), text(j, "message"), s);
      case "fail_value" -> new FailValue(value(j.get("value")), s);
      case "fail_last_error" -> new FailLastError(s);
      case "fail_error" -> new FailError(s);
      default -> throw bad(j, "fail argument");
    };
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException("expected a JSON array, got " + array);
    }
    List<T> out = new ArrayList<>();
    array.forEach(e -> out.add(read.apply(e)));
    return out;
  }

  private static <T> Optional<T> opt(JsonNode j, Function<JsonNode, T> read) {
    return j == null || j.isNull() ? Optional.empty() : Optional.of(read.apply(j));
  }

  private static String kind(JsonNode j) {
    return text(j, "kind");
  }

  private static JsonNode field(JsonNode j, String name) {
    if (j == null || !j.isObject() || !j.has(name)) {
      throw new IllegalArgumentException("missing field '" + name + "' in " + j);
    }
    return j.get(name);
  }

  private static String text(JsonNode j, String name) {
    JsonNode f = field(j, name);
    if (!f.isTextual()) {
      throw new IllegalArgumentException("field '" + name + "' is not a string in " + j);
    }
    return f.asText();
  }

  private static Span span(JsonNode j) {
    JsonNode s = field(j, "span");
    return new Span(field(s, "line").asInt(), field(s, "column").asInt(),
        field(s, "offset").asInt(), field(s, "length").asInt());
  }

  private static IllegalArgumentException bad(JsonNode j, String what) {
    return new IllegalArgumentException("not a " + what + " node: " + j);
  }
}
