package dev.airproof.petri.mcc;

import java.util.List;
import java.util.Objects;

/**
 * Immutable; an MCC boolean formula (state, path and temporal operators as in the MCC XML). Each
 * record's Javadoc names its XML element.
 */
public sealed interface Formula {

  /** {@code <true/>} or {@code <false/>}. */
  record BooleanConstant(boolean value) implements Formula {}

  /** {@code <negation>}. */
  record Not(Formula operand) implements Formula {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code <conjunction>} of at least two operands. */
  record And(List<Formula> operands) implements Formula {
    public And {
      operands = List.copyOf(operands);
      if (operands.size() < 2) {
        throw new IllegalArgumentException("a conjunction needs two operands");
      }
    }
  }

  /** {@code <disjunction>} of at least two operands. */
  record Or(List<Formula> operands) implements Formula {
    public Or {
      operands = List.copyOf(operands);
      if (operands.size() < 2) {
        throw new IllegalArgumentException("a disjunction needs two operands");
      }
    }
  }

  /** {@code <integer-le>}: {@code left <= right}. */
  record IntegerLe(IntExpr left, IntExpr right) implements Formula {
    public IntegerLe {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code <is-fireable>}: some of the transitions is enabled. */
  record IsFireable(List<String> transitions) implements Formula {
    public IsFireable {
      transitions = List.copyOf(transitions);
      if (transitions.isEmpty()) {
        throw new IllegalArgumentException("is-fireable needs a transition");
      }
    }
  }

  /** {@code <deadlock/>}: no transition is enabled. */
  record Deadlock() implements Formula {}

  /** {@code <exists-path>} (E). */
  record ExistsPath(Formula operand) implements Formula {
    public ExistsPath {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code <all-paths>} (A). */
  record AllPaths(Formula operand) implements Formula {
    public AllPaths {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code <finally>} (F). */
  record Finally(Formula operand) implements Formula {
    public Finally {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code <globally>} (G). */
  record Globally(Formula operand) implements Formula {
    public Globally {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code <next>} (X). */
  record Next(Formula operand) implements Formula {
    public Next {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code <until><before>..</before><reach>..</reach></until>} (U). */
  record Until(Formula before, Formula reach) implements Formula {
    public Until {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(reach, "reach");
    }
  }
}
