package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden corpus: every {@code syntax/golden/NAME.air} must parse, and its tree as JSON must equal
 * {@code NAME.json}. Run with {@code -Dgolden.update=true} to rewrite the JSON files.
 */
class GoldenAstTest {
  static final Path DIR = Path.of("src/test/resources/syntax/golden");

  static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".air")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> goldens() throws IOException {
    List<Path> cases = cases();
    assertTrue(cases.size() >= 60, "golden corpus too small: " + cases.size());
    boolean update = Boolean.getBoolean("golden.update");
    return cases.stream().map(air -> DynamicTest.dynamicTest(air.getFileName().toString(),
        () -> check(air, update)));
  }

  private static void check(Path air, boolean update) throws IOException {
    byte[] bytes = Files.readAllBytes(air);
    ParseResult result = AirParser.parse(air.getFileName().toString(), bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (result instanceof Rejected r) {
      throw new AssertionError(DiagnosticRenderer.render(air.toString(), text, r.diagnostics()));
    }
    Instruction root = assertInstanceOf(Parsed.class, result).root();
    assertEquals(root, AstJson.read(AstJson.toJson(root)), "JSON round trip");
    assertEquals(result, AirParser.parse("string", text), "byte and string input agree");
    String json = AstJson.write(root) + "\n";
    Path golden = air.resolveSibling(air.getFileName().toString().replace(".air", ".json"));
    if (update) {
      Files.writeString(golden, json);
      return;
    }
    assertTrue(Files.exists(golden), "missing golden " + golden + " (run with -Dgolden.update=true)");
    assertEquals(Files.readString(golden), json, "AST JSON of " + air);
  }
}
