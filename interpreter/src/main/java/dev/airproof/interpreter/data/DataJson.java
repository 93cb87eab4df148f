package dev.airproof.interpreter.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reading and writing interpreter data in the human-readable JSON form of AquaVM
 * ({@code {"versions":{...},"data":{...}}}, {@code docs/data-format.md}). Reading never throws:
 * malformed input gives a {@link DataReadResult.Failed} with AquaVM's preparation code (3: envelope
 * unreadable, 4: envelope unreadable but versions readable, 2: data unreadable).
 */
public final class DataJson {
  /** Remembers recent reads (at most 64 MB of input); reading is pure and its results immutable. */
  private static final dev.airproof.interpreter.data.memo.ContentMemo<DataReadResult> READS =
      new dev.airproof.interpreter.data.memo.ContentMemo<>(8192, 64L << 20);

  private DataJson() {}

  /** Reads data bytes; an empty array is empty data. */
  public static DataReadResult read(byte[] bytes) {
    if (bytes.length == 0) {
      return new DataReadResult.Ok(InterpreterData.empty());
    }
    return READS.apply(bytes, DataJson::readNow);
  }

  private static DataReadResult readNow(byte[] bytes) {
    if (bytes.length == 0) {
      return new DataReadResult.Ok(InterpreterData.empty());
    }
    Optional<String> text = utf8(bytes);
    Optional<JsonNode> root = text.flatMap(JValues::parse);
    if (root.isEmpty() || !root.get().isObject()) {
      return envelope("invalid JSON");
    }
    JsonNode versions = root.get().get("versions");
    Optional<String[]> v = versions(versions);
    if (v.isEmpty()) {
      return envelope("missing or malformed versions");
    }
    JsonNode data = root.get().get("data");
    if (data == null || !data.isObject()) {
      return new DataReadResult.Failed(4, "an error occurred while data deserialization: missing"
          + " field `data`. Supplied data version is " + v.get()[1] + ", it's produced by AquaVM of "
          + v.get()[0] + " version.");
    }
    return DataReader.read(data, v.get()[0], v.get()[1]);
  }

  /**
   * The interpreter version of the envelope when the envelope itself is readable (versions present
   * and valid), even if the inner data is not; empty for empty bytes.
   */
  public static Optional<String> interpreterVersion(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.empty();
    }
    return utf8(bytes).flatMap(JValues::parse).filter(JsonNode::isObject)
        .flatMap(root -> versions(root.get("versions")).map(v -> v[0]));
  }

  private static DataReadResult envelope(String why) {
    return new DataReadResult.Failed(3, "an error occurred while envelope deserialization: " + why);
  }

  private static Optional<String[]> versions(JsonNode versions) {
    if (versions == null || !versions.isObject()) {
      return Optional.empty();
    }
    JsonNode iv = versions.get("interpreter_version");
    JsonNode dv = versions.get("version");
    if (iv == null || dv == null || !iv.isTextual() || !dv.isTextual()
        || Semver.parse(iv.textValue()).isEmpty() || Semver.parse(dv.textValue()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new String[] {iv.textValue(), dv.textValue()});
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes data as UTF-8 JSON bytes: compact, every object's keys sorted, exactly the key order of
   * {@code to_human_readable_data} (which goes through {@code serde_json::Value}). The array is
   * new and belongs to the caller.
   */
  public static byte[] write(InterpreterData d) {
    return DataWriter.write(d);
  }
}
