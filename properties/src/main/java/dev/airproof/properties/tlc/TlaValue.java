package dev.airproof.properties.tlc;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; a TLA+ value as TLC prints it in a trace: strings, integers, booleans, sequences
 * ({@code <<..>>}), records ({@code [f |-> v]}), sets ({@code {..}}) and functions
 * ({@code (k :> v @@ ..)}). Equality is structural (used to diff successive trace states).
 */
public sealed interface TlaValue {
  /** A string. */
  record Str(String value) implements TlaValue {
    public Str {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An integer. */
  record Int(long value) implements TlaValue {}

  /** A boolean. */
  record Bool(boolean value) implements TlaValue {}

  /** A sequence (TLC prints functions with domain 1..n, and empty functions, this way). */
  record Seq(List<TlaValue> elements) implements TlaValue {
    public Seq {
      elements = List.copyOf(elements);
    }
  }

  /** A record: field names in TLC's order. */
  record Rec(Map<String, TlaValue> fields) implements TlaValue {
    public Rec {
      fields = Map.copyOf(fields);
    }
  }

  /** A finite set, in TLC's order. */
  record SetOf(List<TlaValue> elements) implements TlaValue {
    public SetOf {
      elements = List.copyOf(elements);
    }
  }

  /** A function written {@code (k1 :> v1 @@ k2 :> v2)}. */
  record Fn(Map<TlaValue, TlaValue> mapping) implements TlaValue {
    public Fn {
      mapping = Map.copyOf(mapping);
    }
  }

  /** The value at {@code key} of a record, function or (1-based integer key) sequence. */
  default Optional<TlaValue> at(TlaValue key) {
    return switch (this) {
      case Rec r -> key instanceof Str s ? Optional.ofNullable(r.fields().get(s.value())) : Optional.empty();
      case Fn f -> Optional.ofNullable(f.mapping().get(key));
      case Seq s -> key instanceof Int i && i.value() >= 1 && i.value() <= s.elements().size()
          ? Optional.of(s.elements().get((int) i.value() - 1)) : Optional.empty();
      case Str s -> Optional.empty();
      case Int i -> Optional.empty();
      case Bool b -> Optional.empty();
      case SetOf s -> Optional.empty();
    };
  }

  /** {@link #at(TlaValue)} with a string key. */
  default Optional<TlaValue> field(String name) {
    return at(new Str(name));
  }

  /** The entries of a function-like value (record, function, sequence); empty for others. */
  default Map<TlaValue, TlaValue> entries() {
    return switch (this) {
      case Rec r -> {
        Map<TlaValue, TlaValue> m = new java.util.LinkedHashMap<>();
        r.fields().forEach((k, v) -> m.put(new Str(k), v));
        yield m;
      }
      case Fn f -> f.mapping();
      case Seq s -> {
        Map<TlaValue, TlaValue> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < s.elements().size(); i++) {
          m.put(new Int(i + 1), s.elements().get(i));
        }
        yield m;
      }
      case Str s -> Map.of();
      case Int i -> Map.of();
      case Bool b -> Map.of();
      case SetOf s -> Map.of();
    };
  }

  /** Compact TLA+ text (JSON-like for readers: strings quoted, sequences as [..]). */
  default String show() {
    return switch (this) {
      case Str s -> "\"" + s.value() + "\"";
      case Int i -> Long.toString(i.value());
      case Bool b -> Boolean.toString(b.value());
      case Seq s -> "[" + String.join(", ", s.elements().stream().map(TlaValue::show).toList()) + "]";
      case Rec r -> "{" + String.join(", ", r.fields().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + ": " + e.getValue().show()).toList()) + "}";
      case SetOf s -> "{" + String.join(", ", s.elements().stream().map(TlaValue::show).toList()) + "}";
      case Fn f -> "(" + String.join(", ", f.mapping().entrySet().stream()
          .map(e -> e.getKey().show() + " :> " + e.getValue().show()).sorted().toList()) + ")";
    };
  }
}
