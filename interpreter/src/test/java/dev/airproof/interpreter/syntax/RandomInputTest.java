package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded random inputs (bytes, token soups, mutated golden scripts): the parser never throws, and
 * every span it reports lies inside the input. The seed is printed and can be set with
 * {@code -Dsyntax.seed=N}.
 */
class RandomInputTest {
  private static final String[] TOKENS = {
    "(", ")", "[", "]", "(", ")", " ", " ", "\n", "\t", ";c\n", "call", "seq", "par", "xor", "ap",
    "fold", "next", "new", "fail", "match", "mismatch", "canon", "null", "never", "\"s\"", "\"\"",
    "x", "i", "$s", "%m", "#$c", "#c", "#%m", "x.$.a", "x.$.[0]!", "x.length", "#$cc.length",
    "#%mm.$.k", "$ss.$.a", "1", "-1", "+2", "0", "1.5", "1.", ".5", "1e5", "%init_peer_id%",
    "%last_error%", "%last_error%.$.message", ":error:", ":error:.$.error_code", "%timestamp%",
    "%ttl%", "true", "false", "\"unclosed", "π", "x.$", "$", "#", "a%b", "x.$.[i]", "!", "é"
  };

  private static long seed() {
    return Long.getLong("syntax.seed", 20261124L);
  }

  @TestFactory
  Stream<DynamicTest> randomInputs() throws IOException {
    long seed = seed();
    System.out.println("RandomInputTest seed: " + seed + " (set with -Dsyntax.seed)");
    Random rnd = new Random(seed);
    List<byte[]> inputs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      byte[] b = new byte[rnd.nextInt(120)];
      rnd.nextBytes(b);
      inputs.add(b);
    }
    for (int i = 0; i < 1000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(40);
      for (int k = 0; k < n; k++) {
        sb.append(TOKENS[rnd.nextInt(TOKENS.length)]).append(rnd.nextInt(3) == 0 ? "" : " ");
      }
      inputs.add(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    for (Path golden : GoldenAstTest.cases()) {
      byte[] original = Files.readAllBytes(golden);
      for (int k = 0; k < 12; k++) {
        inputs.add(mutate(original, rnd));
      }
    }
    assertTrue(inputs.size() >= 2000);
    List<DynamicTest> tests = new ArrayList<>();
    int batch = 250;
    for (int from = 0; from < inputs.size(); from += batch) {
      List<byte[]> slice = inputs.subList(from, Math.min(inputs.size(), from + batch));
      int first = from;
      tests.add(DynamicTest.dynamicTest("inputs " + from + ".." + (from + slice.size() - 1),
          () -> {
            for (int k = 0; k < slice.size(); k++) {
              check(slice.get(k), "seed " + seed + ", input #" + (first + k));
            }
          }));
    }
    return tests.stream();
  }

  private static byte[] mutate(byte[] in, Random rnd) {
    byte[] b = in.clone();
    int edits = 1 + rnd.nextInt(3);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = rnd.nextInt(b.length);
      switch (rnd.nextInt(3)) {
        case 0 -> b[at] = "()[]\" $#%.x0!;"
            .getBytes(StandardCharsets.US_ASCII)[rnd.nextInt(14)];
        case 1 -> {
          byte[] c = new byte[b.length - 1];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, at + 1, c, at, b.length - at - 1);
          b = c;
        }
        default -> b[at] = (byte) rnd.nextInt(256);
      }
    }
    return b;
  }

  private static void check(byte[] input, String where) {
    ParseResult r;
    try {
      r = AirParser.parse("random.air", input);
    } catch (RuntimeException | Error e) {
      throw new AssertionError(where + ": parser threw on " + show(input), e);
    }
    switch (r) {
      case Rejected rej -> {
        int prev = -1;
        for (Diagnostic d : rej.diagnostics()) {
          inBounds(d.span(), input.length, where + " " + d);
          assertTrue(d.span().offset() >= prev, where + ": diagnostics not ordered " + rej);
          prev = d.span().offset();
        }
      }
      case Parsed p -> {
        JsonNode json = AstJson.toJson(p.root());
        spansInBounds(json, input.length, where);
        assertEquals(p.root(), AstJson.read(json), where + ": JSON round trip");
      }
    }
  }

  private static void spansInBounds(JsonNode node, int length, String where) {
    if (node.isObject() && node.has("span")) {
      JsonNode s = node.get("span");
      inBounds(new Span(s.get("line").asInt(), s.get("column").asInt(), s.get("offset").asInt(),
          s.get("length").asInt()), length, where);
    }
    node.forEach(child -> spansInBounds(child, length, where));
  }

  private static void inBounds(Span span, int length, String where) {
    assertTrue(span.end() <= length, where + ": span " + span + " / " + span.offset() + "+"
        + span.length() + " beyond input of " + length + " bytes");
  }

  private static String show(byte[] input) {
    return new String(input, StandardCharsets.UTF_8).replace("\n", "\\n");
  }
}
