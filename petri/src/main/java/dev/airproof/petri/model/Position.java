package dev.airproof.petri.model;

/**
 * Immutable; a graphical position (PNML {@code <position x= y=>}), carried only for layout.
 *
 * @param x horizontal coordinate, finite
 * @param y vertical coordinate, finite
 */
public record Position(double x, double y) {
  public Position {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("position must be finite: " + x + "," + y);
    }
  }
}
