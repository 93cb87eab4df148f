package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mutable; the streams of a run by name: one global instance and a stack of {@code new}-restricted
 * instances, chosen by the source position of the use ({@code streams_variables.rs}).
 */
final class Streams {
  private final Map<String, List<Scoped>> streams = new HashMap<>();

  private record Scoped(long left, long right, Stream stream) {
    boolean contains(long pos) {
      return left < pos && pos < right;
    }
  }

  Optional<Stream> get(String name, long position) {
    List<Scoped> list = streams.get(name);
    if (list == null) {
      return Optional.empty();
    }
    for (int i = list.size() - 1; i >= 0; i--) {
      if (list.get(i).contains(position)) {
        return Optional.of(list.get(i).stream());
      }
    }
    return Optional.empty();
  }

  /** The stream for a write: the closest one, or a new global one. */
  Stream getOrCreate(String name, long position) {
    Optional<Stream> s = get(name, position);
    if (s.isPresent()) {
      return s.get();
    }
    Stream fresh = new Stream();
    List<Scoped> list = new ArrayList<>();
    list.add(new Scoped(0, Long.MAX_VALUE, fresh));
    streams.put(name, list);
    return fresh;
  }

  void scopeStart(String name, Span span) {
    streams.computeIfAbsent(name, n -> new ArrayList<>())
        .add(new Scoped(span.offset(), span.end(), new Stream()));
  }

  Stream scopeEnd(String name) {
    List<Scoped> list = streams.get(name);
    Scoped last = list.remove(list.size() - 1);
    if (list.isEmpty()) {
      streams.remove(name);
    }
    return last.stream();
  }

  List<Stream> all() {
    List<Stream> out = new ArrayList<>();
    streams.values().forEach(l -> l.forEach(s -> out.add(s.stream())));
    return out;
  }
}
