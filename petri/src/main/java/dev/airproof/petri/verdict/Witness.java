package dev.airproof.petri.verdict;

import dev.airproof.petri.model.Marking;
import java.util.List;
import java.util.Objects;

/**
 * Immutable; evidence for a violated property. Firing sequences are lists of transition ids and
 * start at the initial marking of the analysed net.
 */
public sealed interface Witness {

  /** Firing {@code transitions} from the initial marking reaches {@code reached}. */
  record Path(List<String> transitions, Marking reached) implements Witness {
    public Path {
      transitions = List.copyOf(transitions);
      Objects.requireNonNull(reached, "reached");
    }
  }

  /**
   * An infinite firing sequence: {@code stem} reaches {@code loopStart}, from which {@code cycle}
   * (non-empty) leads back to {@code loopStart}.
   */
  record Lasso(List<String> stem, Marking loopStart, List<String> cycle) implements Witness {
    public Lasso {
      stem = List.copyOf(stem);
      Objects.requireNonNull(loopStart, "loopStart");
      cycle = List.copyOf(cycle);
      if (cycle.isEmpty()) {
        throw new IllegalArgumentException("a lasso needs a non-empty cycle");
      }
    }
  }

  /**
   * Unboundedness: {@code stem} reaches {@code start}; {@code pump} (non-empty) leads from {@code
   * start} to {@code pumped}, which is componentwise {@code >=} {@code start} and strictly greater
   * on {@code growingPlaces}, so repeating {@code pump} grows those places without limit.
   */
  record Pump(
      List<String> stem,
      Marking start,
      List<String> pump,
      Marking pumped,
      List<String> growingPlaces)
      implements Witness {
    public Pump {
      stem = List.copyOf(stem);
      Objects.requireNonNull(start, "start");
      pump = List.copyOf(pump);
      Objects.requireNonNull(pumped, "pumped");
      growingPlaces = List.copyOf(growingPlaces);
      if (pump.isEmpty() || growingPlaces.isEmpty()) {
        throw new IllegalArgumentException("a pump needs a non-empty sequence and growing places");
      }
    }
  }

  /**
   * No firing sequence with the required shape exists: all {@code statesExplored} reachable
   * markings were examined; {@code subjects} names what is missing (e.g. dead transitions).
   */
  record Exhaustive(long statesExplored, List<String> subjects) implements Witness {
    public Exhaustive {
      subjects = List.copyOf(subjects);
    }
  }

  /** A structural defect of the net (no state space involved); {@code nodes} are the culprits. */
  record Structural(List<String> nodes) implements Witness {
    public Structural {
      nodes = List.copyOf(nodes);
    }
  }
}
