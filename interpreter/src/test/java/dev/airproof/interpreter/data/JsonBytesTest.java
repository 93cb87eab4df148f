package dev.airproof.interpreter.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.airproof.interpreter.data.jvalue.JValues;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonBytes} writes exactly what the string path wrote before it (escape with
 * {@code JValues.quote}, then {@code getBytes(UTF_8)}), whichever of its fast paths a string takes.
 */
class JsonBytesTest {
  /** Characters that exercise every branch: plain ASCII, each escape, controls, 0x7f-0xff, BMP, surrogates. */
  private static final char[] ALPHABET = {'a', 'z', '2', '7', ' ', '~', '"', '\\', '/', '\n', '\r',
      '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u0080', '\u00a0', '\u00ff', '\u0100',
      '\u0122', '\u015c', '\u4e2d', '\ud83d', '\ude00', '\uffff'};

  private static byte[] expected(String s) {
    return JValues.quote(s).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] written(String s) {
    return new JsonBytes(1).string(s).toBytes();
  }

  @Test
  void everySpecialCharacterAtEveryPositionOfShortAndLongStrings() {
    for (int len = 0; len <= 40; len++) {
      for (char special : ALPHABET) {
        for (int at = 0; at < Math.max(len, 1); at++) {
          char[] cs = "bagaaihrafr7qx4rxtsr2gzyymzwd6zr4o4vbkn3cog".substring(0, len).toCharArray();
          if (len > 0) {
            cs[at] = special;
          }
          String s = new String(cs);
          assertArrayEquals(expected(s), written(s), () -> "string " + JValues.quote(s));
        }
      }
    }
  }

  @Test
  void seededRandomStringsAndNumbersAgreeWithTheStringPath() {
    SplittableRandom random = new SplittableRandom(20261124L);
    for (int round = 0; round < 20_000; round++) {
      int len = random.nextInt(120);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < len; i++) {
        sb.append(random.nextInt(4) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)]
            : (char) ('a' + random.nextInt(26)));
      }
      String s = sb.toString();
      long n = switch (random.nextInt(3)) {
        case 0 -> random.nextInt(1000);
        case 1 -> random.nextLong(1L << 40);
        default -> random.nextLong();
      };
      byte[] got = new JsonBytes(4).ascii("[").string(s).ascii(',').number(n).ascii("]").toBytes();
      String want = "[" + JValues.quote(s) + "," + n + "]";
      assertArrayEquals(want.getBytes(StandardCharsets.UTF_8), got, want);
    }
  }

  @Test
  void repeatedAndAlternatingStringsInOneBufferAgreeWithTheStringPath() {
    // One buffer for the whole run, so the memory of the last long string is exercised: repeats,
    // equal strings that are distinct objects, escaped strings after plain ones, and the reverse.
    SplittableRandom random = new SplittableRandom(20261125L);
    String[] pool = new String[12];
    for (int i = 0; i < pool.length; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 10 + random.nextInt(60);
      for (int j = 0; j < len; j++) {
        sb.append(random.nextInt(8) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)]
            : (char) ('a' + random.nextInt(26)));
      }
      pool[i] = sb.toString();
    }
    JsonBytes out = new JsonBytes(2);
    StringBuilder want = new StringBuilder();
    for (int round = 0; round < 5_000; round++) {
      String s = pool[random.nextInt(random.nextBoolean() ? 2 : pool.length)];
      if (random.nextBoolean()) {
        s = new String(s.toCharArray());
      }
      out.string(s).ascii(',');
      want.append(JValues.quote(s)).append(',');
    }
    assertArrayEquals(want.toString().getBytes(StandardCharsets.UTF_8), out.toBytes());
  }
}
