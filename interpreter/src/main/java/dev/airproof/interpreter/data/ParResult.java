package dev.airproof.interpreter.data;

/**
 * Immutable; {@code {"par":[left,right]}}: how many states the left and right subgraphs of a
 * {@code par} produced.
 *
 * <p>Invariant: both sizes are u32 values ({@code 0 <= size <= 4294967295}).
 */
public record ParResult(long leftSize, long rightSize) implements ExecutedState {
  public ParResult {
    U32.require(leftSize, "leftSize");
    U32.require(rightSize, "rightSize");
  }
}
