package dev.airproof.interpreter.semantics.exec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.CanonCidAggregate;
import dev.airproof.interpreter.data.CanonResultAggregate;
import dev.airproof.interpreter.data.CidInfo;
import dev.airproof.interpreter.data.CidJson;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.ServiceResultAggregate;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Mutable; the five CID stores of the run: prev and current stores merged, plus everything tracked
 * during execution ({@code execution_context/cid_state.rs}). Lookups of missing CIDs give the
 * uncatchable error 20010.
 */
final class CidState {
  private final TreeMap<String, String> values = new TreeMap<>();
  private final TreeMap<String, SecurityTetraplet> tetraplets = new TreeMap<>();
  private final TreeMap<String, CanonCidAggregate> canonElements = new TreeMap<>();
  private final TreeMap<String, CanonResultAggregate> canonResults = new TreeMap<>();
  private final TreeMap<String, ServiceResultAggregate> serviceResults = new TreeMap<>();

  /** Stored values at least this long are parsed once per content (short ones parse faster). */
  private static final int LONG_TEXT = 256;

  /**
   * Parsed long values of the stores, by content (a replay parses the same stored values again).
   * Shared nodes are safe: the interpreter never mutates a value it did not create.
   */
  private static final dev.airproof.interpreter.data.memo.ContentMemo<Optional<JsonNode>> PARSED =
      new dev.airproof.interpreter.data.memo.ContentMemo<>(4096, 32L << 20);

  CidState(CidInfo prev, CidInfo current) {
    for (CidInfo i : new CidInfo[] {prev, current}) {
      values.putAll(i.valueStore());
      tetraplets.putAll(i.tetrapletStore());
      canonElements.putAll(i.canonElementStore());
      canonResults.putAll(i.canonResultStore());
      serviceResults.putAll(i.serviceResultStore());
    }
  }

  CidInfo toCidInfo() {
    return new CidInfo(values, tetraplets, canonElements, canonResults, serviceResults);
  }

  /** Stores the value and returns its CID. */
  String trackValue(JsonNode value) {
    String text = JValues.compact(value);
    String cid = CidHasher.ofJsonText(text);
    values.put(cid, text);
    return cid;
  }

  String trackTetraplet(SecurityTetraplet t) {
    String cid = CidHasher.ofJsonText(CidJson.tetraplet(t));
    tetraplets.put(cid, t);
    return cid;
  }

  String trackServiceResult(JsonNode value, SecurityTetraplet t, String argumentHash) {
    ServiceResultAggregate agg = new ServiceResultAggregate(trackValue(value), argumentHash,
        trackTetraplet(t));
    String cid = CidHasher.ofJsonText(CidJson.serviceResult(agg));
    serviceResults.put(cid, agg);
    return cid;
  }

  String trackCanonElement(ValueAggregate v) {
    CanonCidAggregate agg = new CanonCidAggregate(trackValue(v.value()),
        trackTetraplet(v.tetraplet()), v.provenance());
    String cid = CidHasher.ofJsonText(CidJson.canonElement(agg));
    canonElements.put(cid, agg);
    return cid;
  }

  String trackCanonResult(CanonResultAggregate agg) {
    String cid = CidHasher.ofJsonText(CidJson.canonResult(agg));
    canonResults.put(cid, agg);
    return cid;
  }

  /** The value of a value CID; a stored text that is not JSON is reported as not found. */
  Lookup<JsonNode> value(String cid) {
    String text = values.get(cid);
    if (text == null) {
      return notFound("value", cid);
    }
    Optional<JsonNode> v = text.length() < LONG_TEXT ? JValues.parse(text)
        : PARSED.apply(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            b -> JValues.parse(text));
    return v.<Lookup<JsonNode>>map(Lookup.Found::new).orElseGet(() -> notFound("value", cid));
  }

  Lookup<SecurityTetraplet> tetraplet(String cid) {
    return get(tetraplets, cid, "tetraplet");
  }

  Lookup<ServiceResultAggregate> serviceResult(String cid) {
    return get(serviceResults, cid, "service result aggregate");
  }

  Lookup<CanonResultAggregate> canonResult(String cid) {
    return get(canonResults, cid, "canon result aggregate");
  }

  /** A canon element as a value aggregate with the fake trace position 0. */
  Lookup<ValueAggregate> canonElement(String cid) {
    CanonCidAggregate agg = canonElements.get(cid);
    if (agg == null) {
      return notFound("canon aggregate", cid);
    }
    return value(agg.valueCid()).then(v -> tetraplet(agg.tetrapletCid())
        .then(t -> new Lookup.Found<>(ValueAggregate.of(v, t, agg.provenance(), 0))));
  }

  private static <T> Lookup<T> get(TreeMap<String, T> store, String cid, String what) {
    T v = store.get(cid);
    return v == null ? notFound(what, cid) : new Lookup.Found<>(v);
  }

  private static <T> Lookup<T> notFound(String what, String cid) {
    return new Lookup.Missing<>(new ExecError.Uncatchable(20010,
        what + " for CID \"" + cid + "\" not found"));
  }

  /** Immutable; a store lookup: found, or the 20010 error. */
  sealed interface Lookup<T> permits Lookup.Found, Lookup.Missing {
    /** Found. */
    record Found<T>(T value) implements Lookup<T> {}

    /** Missing. */
    record Missing<T>(ExecError.Uncatchable error) implements Lookup<T> {}

    default <U> Lookup<U> then(Function<T, Lookup<U>> f) {
      return switch (this) {
        case Found<T> found -> f.apply(found.value());
        case Missing<T> missing -> new Missing<>(missing.error());
      };
    }
  }

  /** The provenance of a service result value. */
  static Provenance serviceProvenance(String cid) {
    return new Provenance.ServiceResult(cid);
  }
}
