package dev.airproof.properties.conformance;

import dev.airproof.interpreter.data.json.JsJson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * JsJson's number rendering against Node's own JSON.stringify for seeded random doubles of every magnitude
 * (subnormals, integers near 2^53, exponent boundaries 1e-7 and 1e21). Prints its seed; replay with
 * {@code -Dairproof.test.seed=N}.
 */
class JsJsonDifferentialTest {
  private static final int COUNT = 3000;

  @Test
  void numbersMatchNodeJsonStringify() throws IOException, InterruptedException {
    long seed = Long.getLong("airproof.test.seed", System.nanoTime());
    System.out.println("JsJsonDifferentialTest seed=" + seed);
    List<Double> values = sample(new SplittableRandom(seed));
    String node = OracleInstallation.locate().node();
    String script = "const ls=require('fs').readFileSync(0,'utf8').trim().split('\\n');"
        + "const b=Buffer.alloc(8);process.stdout.write(ls.map(h=>{b.write(h,'hex');"
        + "return JSON.stringify(b.readDoubleBE(0));}).join('\\n')+'\\n');";
    Process process = new ProcessBuilder(node, "-e", script).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    StringBuilder input = new StringBuilder();
    values.forEach(v -> input.append(String.format("%016x", Double.doubleToRawLongBits(v))).append('\n'));
    process.getOutputStream().write(input.toString().getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String[] expected = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
    process.waitFor(60, TimeUnit.SECONDS);
    assertEquals(values.size(), expected.length, "node answered a different number of lines");
    for (int i = 0; i < values.size(); i++) {
      assertEquals(expected[i], JsJson.number(values.get(i)), "seed " + seed + ", value bits "
          + Long.toHexString(Double.doubleToRawLongBits(values.get(i))));
    }
  }

  private static List<Double> sample(SplittableRandom random) {
    List<Double> out = new ArrayList<>(List.of(0.0, -0.0, 1e21, 1e-7, 1e-6, 9.999999999999999e20, 5e-324,
        Double.MIN_NORMAL, Double.MAX_VALUE, 9007199254740993d, 0.1, 100.0, 123e-20));
    while (out.size() < COUNT) {
      switch (random.nextInt(4)) {
        case 0 -> out.add(Double.longBitsToDouble(random.nextLong()));
        case 1 -> out.add((double) random.nextLong(-(1L << 54), 1L << 54));
        case 2 -> out.add(random.nextDouble() * Math.pow(10, random.nextInt(-30, 30)));
        default -> out.add(Double.longBitsToDouble(random.nextLong(0, 1L << 20)));
      }
    }
    return out.stream().filter(d -> !d.isNaN() && !d.isInfinite()).toList();
  }
}
