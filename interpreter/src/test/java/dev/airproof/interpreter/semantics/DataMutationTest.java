package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Robustness over seeded mutations of real data documents (deleted, duplicated, swapped, replaced
 * states; changed numbers, kinds, CIDs, values, lore; bad JSON): never an exception, always an
 * AquaVM-style code, and prev data returned unchanged with no effects on preparation and
 * uncatchable errors. 100 seeds x 60 mutations = 6,000 mutated documents.
 */
class DataMutationTest {
  private static final int SEEDS = 100;
  private static final int PER_SEED = 60;

  @TestFactory
  Stream<DynamicTest> mutations() {
    return LongStream.range(0, SEEDS).mapToObj(seed -> dynamicTest("seed " + seed, () -> check(seed)));
  }

  private static void check(long seed) {
    String air = new ScriptGen(seed + 1000).script();
    Network net = new Network(air, seed);
    assertTrue(!net.docs.isEmpty(), "no documents for seed " + seed + ": " + air);
    SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
    Mutator m = new Mutator(rnd);
    for (int k = 0; k < PER_SEED; k++) {
      Network.Doc base = net.docs.get(rnd.nextInt(net.docs.size()));
      Network.Doc other = net.docs.get(rnd.nextInt(net.docs.size()));
      byte[] mutated = m.mutate(base.data());
      boolean asPrev = rnd.nextBoolean();
      byte[] prev = asPrev ? mutated : other.data();
      byte[] cur = asPrev ? other.data() : mutated;
      String peer = ScriptGen.PEERS[rnd.nextInt(3)];
      Map<Integer, CallServiceResult> results = rnd.nextInt(4) == 0
          ? Map.of(1, new CallServiceResult(0, "1")) : Map.of();
      String msg = "seed " + seed + " mutation " + k;
      Outcome o = Network.vm(peer).single(air, prev, cur, results);
      long code = o.retCode();
      assertTrue(code == 0 || code >= 2 && code <= 10 || code >= 10000 && code <= 10012
          || code >= 20000 && code <= 20020 || code == 30000, msg + ": code " + code);
      if (code >= 1 && code <= 10 || code >= 20000 && code < 30000) {
        assertArrayEquals(code == 20001 ? new byte[0] : prev, o.data(), msg);
        assertEquals(0, o.nextPeers().size(), msg);
        assertEquals(0, o.callRequests().size(), msg);
      }
    }
  }
}
