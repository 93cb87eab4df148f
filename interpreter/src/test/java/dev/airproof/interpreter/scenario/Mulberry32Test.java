package dev.airproof.interpreter.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values computed with Node 20 from the JavaScript definition of docs/scenarios.md:
 * {@code node -e 'function m(a){let s=a|0;return()=>{s=(s+0x6D2B79F5)|0;let t=Math.imul(s^(s>>>15),1|s);
 * t=(t+Math.imul(t^(t>>>7),61|t))^t;return((t^(t>>>14))>>>0)/4294967296}} ...'}.
 */
class Mulberry32Test {
  @ParameterizedTest(name = "seed {0}")
  @CsvSource({
      "1, 0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741",
      "42, 0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693",
      "0, 0.26642920868471265, 0.0003297457005828619, 0.2232720274478197, 0.1462021479383111",
      "-7, 0.43306733411736786, 0.32539576734416187, 0.5442695003002882, 0.48018999374471605",
      "4294967297, 0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741"})
  void matchesJavaScript(long seed, double a, double b, double c, double d) {
    Mulberry32 r = new Mulberry32(seed);
    assertEquals(a, r.next(), 0.0);
    assertEquals(b, r.next(), 0.0);
    assertEquals(c, r.next(), 0.0);
    assertEquals(d, r.next(), 0.0);
  }
}
