package dev.airproof.interpreter.reduce;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Shapes;
import dev.airproof.interpreter.syntax.AirPrinter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The greedy reduction loop behind {@link AirShrinker}, with the validity check passed in.
 *
 * <p>Walks the instructions in pre-order; at each one tries the {@link Edits} in order and keeps
 * the first candidate that is smaller ({@link TreeMeasure}), valid (the {@code reparse} function
 * returns the tree the candidate's text parses to) and still satisfies {@code stillFails}, then
 * retries the same position. The predicate sees the reparsed tree (with the spans of the printed
 * text) when it has the candidate's shape, and the candidate itself otherwise (a printer/parser
 * disagreement, which may be the very property being reduced). Repeats whole passes until one
 * changes nothing. Each distinct candidate (by compact text) is judged once.
 *
 * <p>Mutable (the memo of judged candidates); used for one reduction.
 */
final class Reducer {
  private final Function<Instruction, Optional<Instruction>> reparse;
  private final Predicate<Instruction> stillFails;
  /** Candidates already judged (by compact text) and whether they were kept; avoids re-asking. */
  private final Map<String, Boolean> judged = new HashMap<>();

  Reducer(Function<Instruction, Optional<Instruction>> reparse, Predicate<Instruction> stillFails) {
    this.reparse = reparse;
    this.stillFails = stillFails;
  }

  Instruction run(Instruction root) {
    Instruction current = root;
    boolean changed = true;
    while (changed) {
      changed = false;
      List<int[]> paths = TreePaths.preorder(current);
      for (int i = 0; i < paths.size(); i++) {
        Optional<Instruction> better = improveAt(current, paths.get(i));
        if (better.isPresent()) {
          current = better.get();
          paths = TreePaths.preorder(current);
          changed = true;
          i--;
        }
      }
    }
    return current;
  }

  private Optional<Instruction> improveAt(Instruction root, int[] path) {
    Optional<Instruction> node = TreePaths.at(root, path);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    TreeMeasure size = TreeMeasure.of(root);
    for (Instruction edit : Edits.of(node.get())) {
      Instruction candidate = TreePaths.replace(root, path, edit);
      if (TreeMeasure.of(candidate).compareTo(size) >= 0) {
        continue;
      }
      String key = AirPrinter.printCompact(candidate);
      if (judged.containsKey(key)) {
        continue;
      }
      Optional<Instruction> parsed = reparse.apply(candidate);
      Instruction tested = parsed.filter(t -> Shapes.same(t, candidate)).orElse(candidate);
      boolean kept = parsed.isPresent() && stillFails.test(tested);
      judged.put(key, kept);
      if (kept) {
        return Optional.of(tested);
      }
    }
    return Optional.empty();
  }
}
