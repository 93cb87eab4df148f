package dev.airproof.petri.mcc;

import java.util.List;

/** Immutable; an integer expression of MCC formulas. */
public sealed interface IntExpr {

  /** {@code <integer-constant>value</integer-constant>}. */
  record IntegerConstant(int value) implements IntExpr {}

  /** {@code <tokens-count><place>..</place>..</tokens-count>}: the sum of the places' tokens. */
  record TokensCount(List<String> places) implements IntExpr {
    public TokensCount {
      places = List.copyOf(places);
      if (places.isEmpty()) {
        throw new IllegalArgumentException("tokens-count needs a place");
      }
    }
  }
}
