package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.Span;
import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; a script's net and what every place and transition means.
 *
 * @param net the net (initial marking: one token on the start place)
 * @param elements every place and transition id to its meaning
 * @param start the start place
 * @param done the place marked when the script completes on the init peer
 * @param doneElsewhere the places marked when it completes on another peer only (one per peer)
 * @param uncaught the place marked when an error reaches the top of the script
 * @param cutFolds spans of the folds whose iterable may have more elements than
 *     {@link NetOptions#foldBound()} (runs with more elements are not in the net)
 * @param options the options used
 */
public record Translation(
    PetriNet net, Map<String, NetElement> elements, String start, String done,
    List<String> doneElsewhere, String uncaught, List<Span> cutFolds, NetOptions options) {
  public Translation {
    Objects.requireNonNull(net, "net");
    elements = Map.copyOf(elements);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(done, "done");
    doneElsewhere = List.copyOf(doneElsewhere);
    Objects.requireNonNull(uncaught, "uncaught");
    cutFolds = List.copyOf(cutFolds);
    Objects.requireNonNull(options, "options");
  }

  /** The meaning of place or transition {@code id}. */
  public Optional<NetElement> element(String id) {
    return Optional.ofNullable(elements.get(id));
  }

  /** The meaning of transition number {@code t} (index in the net). */
  public NetElement transitionElement(int t) {
    return elements.get(net.transition(t).id());
  }

  /** The meaning of place number {@code p} (index in the net). */
  public NetElement placeElement(int p) {
    return elements.get(net.place(p).id());
  }

  /** True iff {@code m} marks the done place (complete on the init peer). */
  public boolean completes(Marking m) {
    return m.get(net.placeIndex(done).orElseThrow()) > 0;
  }

  /** The entry places marked in {@code m} whose instruction joins on variables (stuck if dead). */
  public List<NetElement> waitingJoins(Marking m) {
    List<NetElement> out = new ArrayList<>();
    for (int p = 0; p < net.placeCount(); p++) {
      NetElement e = placeElement(p);
      if (m.get(p) > 0 && e.role() == Role.ENTRY && !e.waitsOn().isEmpty()) {
        out.add(e);
      }
    }
    return out;
  }
}
