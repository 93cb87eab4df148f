package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Stateless; reads a peer's stored interpreter data (UTF-8 JSON in the shape of AquaVM's
 * {@code to_human_readable_data}) for the final section of a report.
 */
final class PeerData {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private PeerData() {}

  /** The data document, empty for empty data. */
  static Optional<JsonNode> parse(byte[] data) throws JsonProcessingException {
    if (data.length == 0) {
      return Optional.empty();
    }
    return Optional.of(JSON.readTree(new String(data, StandardCharsets.UTF_8)));
  }

  static RunReport.PeerFinal finalState(String alias, int invocations, byte[] data) {
    try {
      Optional<JsonNode> doc = parse(data);
      if (doc.isEmpty()) {
        return new RunReport.PeerFinal(alias, invocations, 0, 0, List.of(), JsonNodeFactory.instance.arrayNode());
      }
      JsonNode inner = CompactTrace.dataOf(doc.get());
      JsonNode trace = inner.path("trace").isArray() ? inner.get("trace") : JsonNodeFactory.instance.arrayNode();
      return new RunReport.PeerFinal(alias, invocations, data.length, inner.path("lcid").asLong(0),
          CompactTrace.lines(doc.get()), trace);
    } catch (JsonProcessingException e) {
      return new RunReport.PeerFinal(alias, invocations, data.length, 0,
          List.of("unreadable data: " + e.getOriginalMessage()), JsonNodeFactory.instance.arrayNode());
    }
  }
}
