package dev.airproof.properties.explorer;

/** Receives the explorer's progress about once a second (and once at the end). */
@FunctionalInterface
public interface Progress {
  /** No progress reports. */
  Progress NONE = (explored, distinct, queued, perSecond) -> {};

  /**
   * @param explored states whose successors were computed
   * @param distinct distinct states found
   * @param queued states waiting to be explored
   * @param perSecond distinct states per second since the start
   */
  void report(long explored, long distinct, long queued, double perSecond);
}
