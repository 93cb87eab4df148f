package dev.airproof.cli;

import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.properties.backend.Backend;
import dev.airproof.properties.backend.ExplorerBackend;
import dev.airproof.properties.petri.PetriBackend;
import dev.airproof.translator.petri.NetOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The back ends {@code verify --backend} knows, by name; also picocli's completion candidates. */
final class BackendNames implements Iterable<String> {
  /** Every back end's name, in the order {@code all} runs them. */
  static final List<String> NAMES = List.of("explorer", "petri");

  @Override
  public Iterator<String> iterator() {
    return NAMES.iterator();
  }

  /** The back ends named by {@code name} ({@code all} for every one); empty if the name is unknown. */
  static List<Backend> select(String name, InsightfulInterpreter interpreter) {
    return select(name, Optional.of(interpreter), NetOptions.defaults().withCallsMayFail(false));
  }

  /**
   * As {@link #select(String, InsightfulInterpreter)}; {@code petri} configures the Petri back end
   * (verify --failures, --fold-bound). Without an interpreter only the back ends that need none
   * (petri) are available.
   */
  static List<Backend> select(String name, Optional<InsightfulInterpreter> interpreter,
      NetOptions petri) {
    List<Backend> all = new ArrayList<>();
    interpreter.ifPresent(i -> all.add(new ExplorerBackend(i)));
    all.add(new PetriBackend(petri, System::nanoTime));
    if (name.equals("all")) {
      return all;
    }
    return all.stream().filter(b -> b.name().equals(name)).toList();
  }
}
