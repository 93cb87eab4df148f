package dev.airproof.petri.reach;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Immutable; the set of ints {@code [from, to)} without materialising it. */
final class IntRangeSet extends AbstractSet<Integer> {
  private final int from;
  private final int to;

  IntRangeSet(int from, int to) {
    this.from = from;
    this.to = Math.max(from, to);
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof Integer i && i >= from && i < to;
  }

  @Override
  public int size() {
    return to - from;
  }

  @Override
  public Iterator<Integer> iterator() {
    return new Iterator<>() {
      private int next = from;

      @Override
      public boolean hasNext() {
        return next < to;
      }

      @Override
      public Integer next() {
        if (next >= to) {
          throw new NoSuchElementException();
        }
        return next++;
      }
    };
  }
}
