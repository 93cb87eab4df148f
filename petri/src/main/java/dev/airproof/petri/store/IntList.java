package dev.airproof.petri.store;

import java.util.Arrays;

/** Mutable; a growable int array (no boxing), used while building state graphs. */
public final class IntList {
  private int[] data;
  private int size;

  public IntList(int capacity) {
    data = new int[Math.max(4, capacity)];
  }

  public void add(int v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8L, data.length * 2L));
    }
    data[size++] = v;
  }

  public int get(int i) {
    return data[i];
  }

  public int size() {
    return size;
  }

  public void truncate(int newSize) {
    size = newSize;
  }

  public int[] toArray() {
    return Arrays.copyOf(data, size);
  }
}
