package dev.airproof.petri.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.petri.model.Marking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PackedStateStoreTest {
  private static int hash(int[] v) {
    return Marking.rawHash(v, 0, v.length);
  }

  @Test
  void widensFrom4To32BitsWithoutLosingVectors() {
    SplittableRandom r = new SplittableRandom(7);
    PackedStateStore store = new PackedStateStore(13, 4);
    List<int[]> added = new ArrayList<>();
    Map<Marking, Integer> numbers = new HashMap<>();
    int[] bounds = {8, 200, 60_000, 1 << 30};
    for (int phase = 0; phase < bounds.length; phase++) {
      for (int i = 0; i < 500; i++) {
        int[] v = new int[13];
        for (int p = 0; p < v.length; p++) {
          v[p] = r.nextInt(bounds[phase]);
        }
        if (numbers.containsKey(Marking.of(v))) {
          continue;
        }
        assertEquals(-1, store.find(v, hash(v)));
        numbers.put(Marking.of(v), store.add(v, hash(v)));
        added.add(v);
      }
      assertEquals(new int[] {4, 8, 16, 32}[phase], store.bitsPerEntry());
    }
    for (int s = 0; s < added.size(); s++) {
      int[] v = added.get(s);
      assertEquals(Marking.of(v), store.marking(s));
      assertEquals(s, store.find(v, hash(v)));
      assertEquals(v[12], store.get(s, 12));
    }
  }

  @Test
  void successorsAreFoundOnPackedWords() {
    PackedStateStore store = new PackedStateStore(20, 4);
    int[] a = new int[20];
    a[3] = 5;
    a[17] = 15;
    int s = store.add(a, hash(a));
    int[] b = a.clone();
    b[3] = 2;
    b[17] = 14;
    b[19] = 1;
    store.loadBase(s);
    int[] places = {3, 17, 19};
    int[] deltas = {-3, -1, 1};
    assertEquals(-1, store.findSuccessor(a, places, deltas, hash(b)));
    int t = store.addProbe(hash(b));
    assertEquals(Marking.of(b), store.marking(t));
    assertEquals(t, store.findSuccessor(a, places, deltas, hash(b)));
    assertEquals(PackedStateStore.NO_FIT, store.findSuccessor(a, new int[] {17}, new int[] {1}, 0));
  }
}
