package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.Instruction;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable; what names mean at one point of the translation: the data place of each scalar or
 * canon variable instance, the instance id of each stream or stream map, and the fold iteration
 * each iterator belongs to. Names not bound here are global (looked up by the compiler).
 */
record Scope(Map<String, String> vars, Map<String, String> streams, Map<String, Frame> folds) {
  Scope {
    vars = Map.copyOf(vars);
    streams = Map.copyOf(streams);
    folds = Map.copyOf(folds);
  }

  /**
   * Immutable; one unrolled iteration of a fold.
   *
   * @param fold the fold instruction
   * @param body its body
   * @param last its last instruction
   * @param stream true for folds over streams and stream maps
   * @param index this iteration, from 1
   * @param avail for stream folds: the place counting elements not yet taken
   */
  record Frame(Instruction fold, Instruction body, Optional<Instruction> last, boolean stream,
      int index, Optional<String> avail) {
    Frame next() {
      return new Frame(fold, body, last, stream, index + 1, avail);
    }
  }

  static Scope empty() {
    return new Scope(Map.of(), Map.of(), Map.of());
  }

  Scope withVar(String key, String place) {
    Map<String, String> v = new HashMap<>(vars);
    v.put(key, place);
    return new Scope(v, streams, folds);
  }

  Scope withStream(String key, String instance) {
    Map<String, String> v = new HashMap<>(streams);
    v.put(key, instance);
    return new Scope(vars, v, folds);
  }

  Scope withFold(String iterator, Frame frame) {
    Map<String, Frame> v = new HashMap<>(folds);
    v.put(iterator, frame);
    return new Scope(vars, streams, v);
  }
}
