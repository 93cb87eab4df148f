package dev.airproof.interpreter.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Immutable; what the generator may refer to at one point of a script: the names defined earlier in
 * text order and still in scope, and the fold whose {@code next} may be placed here.
 *
 * <p>Each list keeps only the {@link #WINDOW} most recent names (a subset of what is in scope), so
 * that extending an environment costs a bounded copy even in scripts of millions of instructions.
 *
 * @param scalars readable scalars (including iterators of enclosing folds)
 * @param canons canon streams as written: {@code #$name}, or {@code #name} for the legacy sigil
 *     (AquaVM 0.62 keeps the sigil in the name: {@code #c} and {@code #$c} are different variables)
 * @param canonMaps canon stream maps ({@code #%name})
 * @param streams streams written earlier or introduced by an enclosing {@code new}
 * @param maps stream maps written earlier or introduced by an enclosing {@code new}
 * @param next the iterator whose {@code (next ...)} may be placed here, if any
 */
record Env(
    List<String> scalars, List<String> canons, List<String> canonMaps,
    List<String> streams, List<String> maps, Optional<NextSlot> next) {

  /** Maximum number of names kept per kind. */
  static final int WINDOW = 24;

  Env {
    scalars = List.copyOf(scalars);
    canons = List.copyOf(canons);
    canonMaps = List.copyOf(canonMaps);
    streams = List.copyOf(streams);
    maps = List.copyOf(maps);
  }

  /**
   * Immutable; a place for {@code (next iterator)}.
   *
   * @param tailOnly true in stream and stream-map folds: only in tail position (nothing may follow)
   */
  record NextSlot(String iterator, boolean tailOnly) {}

  static Env empty() {
    return new Env(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
  }

  Env withScalar(String name) {
    return new Env(add(scalars, name), canons, canonMaps, streams, maps, next);
  }

  Env withCanon(String name) {
    return new Env(scalars, add(canons, name), canonMaps, streams, maps, next);
  }

  Env withCanonMap(String name) {
    return new Env(scalars, canons, add(canonMaps, name), streams, maps, next);
  }

  Env withStream(String name) {
    return new Env(scalars, canons, canonMaps, add(streams, name), maps, next);
  }

  Env withMap(String name) {
    return new Env(scalars, canons, canonMaps, streams, add(maps, name), next);
  }

  Env withNext(Optional<NextSlot> slot) {
    return new Env(scalars, canons, canonMaps, streams, maps, slot);
  }

  Env withoutNext() {
    return withNext(Optional.empty());
  }

  /** Everything visible in this environment or in {@code other}; the next slot of this one. */
  Env union(Env other) {
    return new Env(merge(scalars, other.scalars), merge(canons, other.canons),
        merge(canonMaps, other.canonMaps), merge(streams, other.streams), merge(maps, other.maps),
        next);
  }

  /** This environment plus the streams and stream maps of {@code inner} (which outlive folds). */
  Env withStreamsOf(Env inner) {
    return new Env(scalars, canons, canonMaps, merge(streams, inner.streams),
        merge(maps, inner.maps), next);
  }

  /** This environment without the name {@code name} (of any kind). */
  Env without(String name) {
    return new Env(remove(scalars, name), remove(canons, name), remove(canonMaps, name),
        remove(streams, name), remove(maps, name), next);
  }

  static Optional<String> pick(RandomGenerator rnd, List<String> names) {
    return names.isEmpty() ? Optional.empty() : Optional.of(names.get(rnd.nextInt(names.size())));
  }

  private static List<String> add(List<String> names, String name) {
    List<String> out = new ArrayList<>(names.size() + 1);
    int skip = names.size() >= WINDOW ? 1 : 0;
    out.addAll(names.subList(skip, names.size()));
    out.add(name);
    return out;
  }

  private static List<String> merge(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String name : b) {
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out.size() <= WINDOW ? out : out.subList(out.size() - WINDOW, out.size());
  }

  private static List<String> remove(List<String> names, String name) {
    if (!names.contains(name)) {
      return names;
    }
    List<String> out = new ArrayList<>(names);
    out.remove(name);
    return out;
  }
}
