package dev.airproof.cli;

import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.properties.backend.Backend;
import dev.airproof.properties.backend.ExplorerBackend;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The back ends {@code verify --backend} knows, by name; also picocli's completion candidates. */
final class BackendNames implements Iterable<String> {
  /** Every back end's name, in the order {@code all} runs them. */
  static final List<String> NAMES = List.of("explorer");

  @Override
  public Iterator<String> iterator() {
    return NAMES.iterator();
  }

  /** The back ends named by {@code name} ({@code all} for every one); empty if the name is unknown. */
  static List<Backend> select(String name, InsightfulInterpreter interpreter) {
    List<Backend> all = new ArrayList<>();
    all.add(new ExplorerBackend(interpreter));
    if (name.equals("all")) {
      return all;
    }
    return all.stream().filter(b -> b.name().equals(name)).toList();
  }
}
