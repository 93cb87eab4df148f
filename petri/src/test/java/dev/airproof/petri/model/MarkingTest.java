package dev.airproof.petri.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkingTest {
  @Test
  void equalMarkingsHaveEqualHashes() {
    Marking a = Marking.of(1, 0, 2);
    Marking b = Marking.copyOf(new int[] {9, 1, 0, 2, 9}, 1, 3);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Marking.of(1, 0, 3));
    assertEquals("[1, 0, 2]", a.toString());
  }

  @Test
  void rawHashIsLinearSoFiringUpdatesItIncrementally() {
    int[] m = {3, 1, 4, 1, 5};
    int[] n = {2, 1, 6, 1, 5};
    int delta = -Marking.placeKey(0) + 2 * Marking.placeKey(2);
    assertEquals(Marking.rawHash(n, 0, 5), Marking.rawHash(m, 0, 5) + delta);
  }

  @Test
  void coversIsComponentwise() {
    assertTrue(Marking.of(2, 1).covers(Marking.of(1, 1)));
    assertFalse(Marking.of(2, 0).covers(Marking.of(1, 1)));
    assertThrows(IllegalArgumentException.class, () -> Marking.of(1).covers(Marking.of(1, 1)));
  }

  @Test
  void rejectsNegativeTokensAndIsImmutable() {
    assertThrows(IllegalArgumentException.class, () -> Marking.of(0, -1));
    int[] source = {1, 2};
    Marking m = Marking.of(source);
    source[0] = 7;
    m.toArray()[1] = 7;
    assertEquals(Marking.of(1, 2), m);
    assertEquals(3, m.total());
    assertEquals(Marking.of(1, 5), m.with(1, 5));
  }
}
