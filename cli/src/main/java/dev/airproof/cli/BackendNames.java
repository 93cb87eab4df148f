package dev.airproof.cli;

import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.properties.backend.Backend;
import dev.airproof.properties.backend.ExplorerBackend;
import dev.airproof.properties.petri.PetriBackend;
import dev.airproof.properties.tlc.ChildJvm;
import dev.airproof.properties.tlc.TlcBackend;
import dev.airproof.translator.petri.NetOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The back ends {@code verify --backend} knows, by name; also picocli's completion candidates. */
final class BackendNames implements Iterable<String> {
  /** Every back end's name, in the order {@code all} runs them. */
  static final List<String> NAMES = List.of("explorer", "tlc", "petri");

  /** Heap of each TLC child JVM, MB. */
  private static final int TLC_HEAP_MB = 1024;

  @Override
  public Iterator<String> iterator() {
    return NAMES.iterator();
  }

  /** True iff {@code name} is a back end or {@code all}. */
  static boolean known(String name) {
    return name.equals("all") || NAMES.contains(name);
  }

  /** True iff the selection runs the explorer, which needs the reference interpreter. */
  static boolean needsInterpreter(String name) {
    return name.equals("all") || name.equals("explorer");
  }

  /**
   * The back ends named by {@code name} ({@code all} for every one); empty if the name is unknown.
   * The explorer is included only with an interpreter ({@link #needsInterpreter} tells the caller);
   * {@code petri} configures the Petri-net back end (verify --failures, --fold-bound).
   */
  static List<Backend> select(String name, Optional<InsightfulInterpreter> interpreter,
      NetOptions petri) {
    List<Backend> all = new ArrayList<>();
    interpreter.ifPresent(i -> all.add(new ExplorerBackend(i)));
    if (name.equals("all") || name.equals("tlc")) {
      all.add(new TlcBackend(ChildJvm.fromClasspath(),
          Path.of(System.getProperty("java.io.tmpdir"), "airproof-tlc"), TLC_HEAP_MB));
    }
    all.add(new PetriBackend(petri, System::nanoTime));
    if (name.equals("all")) {
      return all;
    }
    return all.stream().filter(b -> b.name().equals(name)).toList();
  }
}
