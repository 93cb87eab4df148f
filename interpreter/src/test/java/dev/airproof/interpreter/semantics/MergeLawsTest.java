package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The convergence laws of {@code air/README.md} over seeded random scripts and deliveries: empty
 * data is neutral, {@code f(x,x) = x}, and {@code f(a,b) = c} implies {@code f(c,b) = c} and
 * {@code f(c,a) = c} (traces compared, on the peer that computed {@code c}, with its host loop).
 */
class MergeLawsTest {
  private static final byte[] EMPTY = new byte[0];
  private static final int SEEDS = 300;

  @TestFactory
  Stream<DynamicTest> laws() {
    return LongStream.range(0, SEEDS).mapToObj(seed -> dynamicTest("seed " + seed, () -> check(seed)));
  }

  private static void check(long seed) {
    String air = new ScriptGen(seed).script();
    Network net = new Network(air, seed);
    assertTrue(!net.docs.isEmpty(), "no documents for seed " + seed + ": " + air);
    SplittableRandom rnd = new SplittableRandom(seed);
    int applicable = 0;
    for (int k = 0; k < 6; k++) {
      Network.Doc a = net.docs.get(rnd.nextInt(net.docs.size()));
      Network.Doc b = net.docs.get(rnd.nextInt(net.docs.size()));
      Vm vm = Network.vm(a.peer());
      Vm.Result c = vm.call(air, a.data(), b.data());
      if (c.retCode() >= 20000 && c.retCode() < 30000) {
        continue;
      }
      applicable++;
      String msg = "seed " + seed + " script " + air;
      assertCanonical(a.data(), msg);
      assertCanonical(c.outcome().data(), msg);
      List<String> ct = TraceJson.of(c.data());
      assertEquals(ct, TraceJson.of(vm.call(air, c.outcome().data(), b.data()).data()), "f(c,b)=c " + msg);
      assertEquals(ct, TraceJson.of(vm.call(air, c.outcome().data(), a.data()).data()), "f(c,a)=c " + msg);
      assertEquals(ct, TraceJson.of(vm.call(air, c.outcome().data(), c.outcome().data()).data()),
          "f(c,c)=c " + msg);
      assertEquals(ct, TraceJson.of(vm.call(air, c.outcome().data(), EMPTY).data()), "f(c,0)=c " + msg);
      assertEquals(ct, TraceJson.of(vm.call(air, EMPTY, c.outcome().data()).data()), "f(0,c)=c " + msg);
    }
    assertTrue(applicable > 0, "all merges failed for seed " + seed + ": " + air);
  }

  /**
   * The writer emits serde_json's form directly (compact, keys sorted): the bytes must be a fixed
   * point of parsing and re-printing, as AquaVM's data goes through {@code serde_json::Value}.
   */
  private static void assertCanonical(byte[] data, String msg) {
    if (data.length == 0) {
      return;
    }
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(dev.airproof.interpreter.data.jvalue.JValues.compact(
        dev.airproof.interpreter.data.jvalue.JValues.parse(text).orElseThrow()), text,
        "data not in canonical form: " + msg);
  }
}
