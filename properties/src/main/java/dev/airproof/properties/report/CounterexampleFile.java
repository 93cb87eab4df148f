package dev.airproof.properties.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.properties.catalogue.Counterexample;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; a self-contained, replayable counterexample ({@code docs/properties.md}, "Counterexample
 * files"): what was verified (the input file's name and whole text, and every option that shapes the
 * model), the property and why it fails, and the recorded runs. {@code airproof run --replay FILE}
 * rebuilds the model from it and re-executes the runs.
 *
 * @param property the violated property
 * @param explanation the checker's sentence about the violation
 * @param inputName the path the input was verified under (a {@code .json} name means a scenario)
 * @param inputText the whole input file
 * @param options the options of {@code verify} that shape the model
 * @param counterexample the runs: steps, the second run of convergence, the loop of termination
 */
public record CounterexampleFile(
    PropertyId property, String explanation, String inputName, String inputText, ModelOptions options,
    Counterexample counterexample) {
  /** The value of the {@code format} member. */
  public static final String FORMAT = "airproof-counterexample";
  /** The version of the format this class writes and reads. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  public CounterexampleFile {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(inputName, "inputName");
    Objects.requireNonNull(inputText, "inputText");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(counterexample, "counterexample");
  }

  /**
   * Immutable; the options of {@code verify} that shape the model.
   *
   * @param failures every call of a bare script may also fail
   * @param faults the fault budget
   * @param peerBindings values of peer variables ({@code --peers})
   * @param completeOn the peer completion is required on, when not the init peer
   * @param reduced the search used the reduction (states are compared up to forwarding peer ids)
   */
  public record ModelOptions(boolean failures, FaultBudget faults, Map<String, List<String>> peerBindings,
      Optional<String> completeOn, boolean reduced) {
    public ModelOptions {
      Objects.requireNonNull(faults, "faults");
      peerBindings = Map.copyOf(peerBindings);
      Objects.requireNonNull(completeOn, "completeOn");
    }
  }

  /** Immutable; the result of reading a file: the counterexample, or what is wrong and where. */
  public sealed interface ReadResult {
    /** A well-formed file. */
    record Read(CounterexampleFile file) implements ReadResult {}

    /** A file that is not a counterexample of this version; {@code message} names the place. */
    record Invalid(String message) implements ReadResult {}
  }

  /** The file as pretty-printed JSON text. */
  public String write() {
    ObjectNode o = F.objectNode();
    o.put("format", FORMAT);
    o.put("version", VERSION);
    o.put("property", property.id());
    o.put("explanation", explanation);
    ObjectNode input = o.putObject("input");
    input.put("name", inputName);
    input.put("text", inputText);
    ObjectNode opts = o.putObject("options");
    opts.put("failures", options.failures());
    ObjectNode faults = opts.putObject("faults");
    faults.put("dup", options.faults().duplications());
    faults.put("drop", options.faults().drops());
    faults.put("amnesia", options.faults().amnesias());
    ObjectNode peers = opts.putObject("peers");
    new java.util.TreeMap<>(options.peerBindings()).forEach((k, v) -> {
      ArrayNode a = peers.putArray(k);
      v.forEach(a::add);
    });
    options.completeOn().ifPresent(c -> opts.put("completeOn", c));
    opts.put("reduced", options.reduced());
    o.set("steps", VerifyJson.steps(counterexample.steps()));
    counterexample.other().ifPresent(other -> o.set("otherRun", VerifyJson.steps(other)));
    counterexample.loopStart().ifPresent(l -> o.put("loopStartsAtStep", l + 1));
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a counterexample", e);
    }
  }

  /** Reads a counterexample file; never throws on bad input. */
  public static ReadResult read(String text, String sourceName) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ";
      return new ReadResult.Invalid(sourceName + ":" + where + "not JSON: " + e.getOriginalMessage());
    }
    try {
      return new ReadResult.Read(parse(root));
    } catch (Malformed m) {
      return new ReadResult.Invalid(sourceName + ": " + m.getMessage());
    }
  }

  /** Thrown inside {@link #read} only, for a member that is missing or of the wrong kind. */
  private static final class Malformed extends Exception {
    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private static CounterexampleFile parse(JsonNode root) throws Malformed {
    if (root == null || !root.isObject()) {
      throw new Malformed("not a JSON object");
    }
    if (!FORMAT.equals(text(root, "format", "format"))) {
      throw new Malformed("format: expected \"" + FORMAT + "\" (is this a counterexample written by"
          + " airproof verify --report?)");
    }
    int version = integer(root, "version", "version");
    if (version != VERSION) {
      throw new Malformed("version: " + version + " is not supported (this airproof reads version "
          + VERSION + ")");
    }
    String id = text(root, "property", "property");
    PropertyId property = PropertyId.fromId(id)
        .orElseThrow(() -> new Malformed("property: unknown property '" + id + "'"));
    JsonNode input = object(root, "input", "input");
    JsonNode opts = object(root, "options", "options");
    JsonNode faults = object(opts, "faults", "options.faults");
    Map<String, List<String>> peers = new LinkedHashMap<>();
    JsonNode p = object(opts, "peers", "options.peers");
    for (var it = p.fields(); it.hasNext(); ) {
      var e = it.next();
      List<String> values = new ArrayList<>();
      if (!e.getValue().isArray()) {
        throw new Malformed("options.peers." + e.getKey() + ": expected an array of peer names");
      }
      for (JsonNode v : e.getValue()) {
        values.add(v.asText());
      }
      peers.put(e.getKey(), values);
    }
    Optional<String> completeOn = opts.hasNonNull("completeOn")
        ? Optional.of(text(opts, "completeOn", "options.completeOn")) : Optional.empty();
    FaultBudget budget;
    try {
      budget = new FaultBudget(integer(faults, "dup", "options.faults.dup"),
          integer(faults, "drop", "options.faults.drop"),
          integer(faults, "amnesia", "options.faults.amnesia"));
    } catch (IllegalArgumentException e) {
      throw new Malformed("options.faults: " + e.getMessage());
    }
    ModelOptions options = new ModelOptions(bool(opts, "failures", "options.failures"), budget,
        peers, completeOn, bool(opts, "reduced", "options.reduced"));
    List<Step> steps = steps(root, "steps");
    Optional<List<Step>> other = root.has("otherRun") ? Optional.of(steps(root, "otherRun"))
        : Optional.empty();
    Optional<Integer> loop = root.has("loopStartsAtStep")
        ? Optional.of(integer(root, "loopStartsAtStep", "loopStartsAtStep") - 1) : Optional.empty();
    if (loop.isPresent() && (loop.get() < 0 || loop.get() >= steps.size())) {
      throw new Malformed("loopStartsAtStep: " + (loop.get() + 1) + " is not a step of the run (1.."
          + steps.size() + ")");
    }
    return new CounterexampleFile(property, text(root, "explanation", "explanation"),
        text(input, "name", "input.name"), text(input, "text", "input.text"), options,
        new Counterexample(steps, text(root, "explanation", "explanation"), other, loop));
  }

  private static List<Step> steps(JsonNode root, String member) throws Malformed {
    JsonNode a = root.get(member);
    if (a == null || !a.isArray()) {
      throw new Malformed(member + ": expected an array of steps");
    }
    List<Step> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      JsonNode s = a.get(i);
      String at = member + "[" + i + "]";
      if (!s.isObject()) {
        throw new Malformed(at + ": expected a step object");
      }
      out.add(new Step(text(s, "kind", at + ".kind"), text(s, "peer", at + ".peer"),
          s.has("from") ? text(s, "from", at + ".from") : "",
          s.has("detail") ? text(s, "detail", at + ".detail") : "",
          integer(s, "retCode", at + ".retCode"),
          s.has("errorMessage") ? text(s, "errorMessage", at + ".errorMessage") : "",
          strings(s, "nextPeers", at + ".nextPeers"), strings(s, "callRequests", at + ".callRequests")));
    }
    return out;
  }

  private static JsonNode object(JsonNode o, String member, String path) throws Malformed {
    JsonNode v = o.get(member);
    if (v == null || !v.isObject()) {
      throw new Malformed(path + ": expected an object");
    }
    return v;
  }

  private static String text(JsonNode o, String member, String path) throws Malformed {
    JsonNode v = o.get(member);
    if (v == null || !v.isTextual()) {
      throw new Malformed(path + ": expected a string");
    }
    return v.textValue();
  }

  private static int integer(JsonNode o, String member, String path) throws Malformed {
    JsonNode v = o.get(member);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new Malformed(path + ": expected an integer");
    }
    return v.intValue();
  }

  private static boolean bool(JsonNode o, String member, String path) throws Malformed {
    JsonNode v = o.get(member);
    if (v == null || !v.isBoolean()) {
      throw new Malformed(path + ": expected true or false");
    }
    return v.booleanValue();
  }

  private static List<String> strings(JsonNode o, String member, String path) throws Malformed {
    JsonNode v = o.get(member);
    if (v == null || !v.isArray()) {
      throw new Malformed(path + ": expected an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : v) {
      if (!x.isTextual()) {
        throw new Malformed(path + ": expected an array of strings");
      }
      out.add(x.textValue());
    }
    return out;
  }
}
