package dev.airproof.properties.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what the properties need from interpreter data in its JSON form ({@code docs/data-format.md}):
 * the values of the executed calls in trace order, resolved through the CID stores. Works on the
 * interpreter's data and on AquaVM's human-readable data alike.
 */
public final class DataView {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DataView() {}

  /**
   * The results recorded in {@code data}'s trace, in trace order: for every executed call its value
   * (compact JSON text; for an unused result, {@code unused:CID} since AquaVM does not store its value),
   * for every failed call {@code failed:} and the stored error object. Empty data gives an empty list.
   */
  public static List<String> callValues(DataRef data) {
    if (data.isEmpty()) {
      return List.of();
    }
    JsonNode root;
    try {
      root = JSON.readTree(data.unsafeBytes());
    } catch (IOException e) {
      return List.of("unreadable data: " + e.getMessage());
    }
    JsonNode d = root.has("data") ? root.get("data") : root;
    JsonNode stores = d.path("cid_info");
    List<String> out = new ArrayList<>();
    for (JsonNode state : d.path("trace")) {
      JsonNode call = state.get("call");
      if (call == null) {
        continue;
      }
      JsonNode executed = call.get("executed");
      if (executed != null) {
        if (executed.has("scalar")) {
          out.add(resolveResult(stores, executed.get("scalar").asText()));
        } else if (executed.has("stream")) {
          out.add(resolveResult(stores, executed.get("stream").path("cid").asText()));
        } else if (executed.has("unused")) {
          out.add("unused:" + executed.get("unused").asText());
        }
      } else if (call.has("failed")) {
        out.add("failed:" + resolveResult(stores, call.get("failed").asText()));
      }
    }
    return out;
  }

  private static String resolveResult(JsonNode stores, String cid) {
    JsonNode aggregate = stores.path("service_result_store").get(cid);
    if (aggregate == null) {
      return "cid:" + cid;
    }
    JsonNode value = stores.path("value_store").get(aggregate.path("value_cid").asText());
    return value == null ? "cid:" + cid : value.asText();
  }
}
