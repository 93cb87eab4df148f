package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Instruction;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Immutable; how often each instruction form, call shape and value form occurs in a script (or a
 * sum over scripts). Used to check that {@link AirGen} covers the whole language.
 *
 * @param counts occurrences per kind; kinds that do not occur are absent
 */
public record FeatureMix(Map<Kind, Integer> counts) {
  public FeatureMix {
    counts = Map.copyOf(counts);
  }

  /** A form counted by {@link FeatureMix}. */
  public enum Kind {
    // Instructions
    CALL, AP_SCALAR, AP_STREAM, AP_MAP, CANON, CANON_MAP, CANON_MAP_SCALAR,
    SEQ, PAR, XOR, MATCH, MISMATCH, NEVER, NULL, NEXT,
    FAIL_LITERAL, FAIL_SCALAR, FAIL_SCALAR_LENS, FAIL_CANON_LENS, FAIL_LAST_ERROR, FAIL_ERROR,
    FOLD_OVER_SCALAR, FOLD_OVER_SCALAR_LENS, FOLD_OVER_CANON, FOLD_OVER_CANON_MAP,
    FOLD_OVER_CANON_MAP_LENS, FOLD_OVER_EMPTY_ARRAY, FOLD_OVER_STREAM, FOLD_OVER_STREAM_MAP,
    FOLD_WITH_LAST, FOLD_WITHOUT_LAST,
    NEW_SCALAR, NEW_STREAM, NEW_STREAM_MAP, NEW_CANON, NEW_CANON_MAP,
    // Call shapes
    CALL_PEER_INIT, CALL_PEER_LITERAL, CALL_PEER_SCALAR, CALL_PEER_LENS, CALL_SERVICE_COMPUTED,
    CALL_OUTPUT_SCALAR, CALL_OUTPUT_STREAM, CALL_OUTPUT_NONE, CALL_NO_ARGS,
    // Values (anywhere: peers, arguments, operands, iterables, keys)
    VALUE_INIT_PEER_ID, VALUE_TIMESTAMP, VALUE_TTL, VALUE_LAST_ERROR, VALUE_ERROR, VALUE_STRING,
    VALUE_INT, VALUE_FLOAT, VALUE_BOOL, VALUE_EMPTY_ARRAY, VALUE_SCALAR, VALUE_CANON,
    VALUE_CANON_LEGACY, VALUE_CANON_MAP,
    // Lenses
    LENS_LENGTH, LENS_PATH, LENS_FLATTEN, ACCESSOR_FIELD, ACCESSOR_INDEX, ACCESSOR_SCALAR
  }

  /** The mix of one script. */
  public static FeatureMix of(Instruction root) {
    EnumMap<Kind, Integer> counts = new EnumMap<>(Kind.class);
    new MixCounter(counts).count(root);
    return new FeatureMix(counts);
  }

  /** The empty mix. */
  public static FeatureMix none() {
    return new FeatureMix(Map.of());
  }

  /** How often {@code kind} occurs. */
  public int count(Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  /** The sum of this mix and {@code other}. */
  public FeatureMix plus(FeatureMix other) {
    EnumMap<Kind, Integer> sum = new EnumMap<>(Kind.class);
    sum.putAll(counts);
    other.counts.forEach((k, n) -> sum.merge(k, n, Integer::sum));
    return new FeatureMix(sum);
  }

  /** The kinds that never occur. */
  public Set<Kind> missing() {
    EnumSet<Kind> out = EnumSet.allOf(Kind.class);
    out.removeAll(counts.keySet());
    return out;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Kind k : Kind.values()) {
      out.append(k).append('=').append(count(k)).append(k.ordinal() % 6 == 5 ? "\n" : " ");
    }
    return out.toString().strip();
  }
}
