package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.ast.Shapes;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.AstJson;
import dev.airproof.interpreter.syntax.Parsed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airproof parse}: ok, JSON tree, syntax errors with caret, unreadable files. */
class ParseCommandTest {
  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void validFileIsOk() throws IOException {
    Path f = file("ok.air", FmtCommandTest.MESSY);
    CliRun run = CliRun.of("parse", f.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(f + ": ok", run.out().strip());
    assertEquals("", run.err());
  }

  @Test
  void jsonIsTheSyntaxTreeWithSpans() throws IOException {
    Path f = file("ok.air", FmtCommandTest.MESSY);
    CliRun run = CliRun.of("parse", "--json", f.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    Parsed direct = (Parsed) AirParser.parse(f.toString(), FmtCommandTest.MESSY);
    assertEquals(direct.root(), AstJson.read(json), "JSON must carry the tree with its spans");
    assertTrue(Shapes.same(direct.root(), AstJson.read(json)));
    assertTrue(run.out().contains("span"), run.out());
  }

  @Test
  void syntaxErrorExitsTwoWithFileLineColumnAndCaret() throws IOException {
    Path f = file("bad.air", "(seq\n (call \"p\" (\"s\" \"f\") [x])\n (null))\n");
    CliRun run = CliRun.of("parse", f.toString());
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    String[] lines = run.err().split("\n");
    assertTrue(lines[0].matches(java.util.regex.Pattern.quote(f.toString()) + ":2:[0-9]+: error: .*"), run.err());
    assertTrue(lines[0].contains("'x'"), run.err());
    assertEquals(" (call \"p\" (\"s\" \"f\") [x])", lines[1].stripTrailing().replaceFirst("^ {4}", ""),
        run.err());
    assertTrue(lines[2].contains("^"), run.err());
  }

  @Test
  void missingFileExitsTwoWithMessage() {
    CliRun run = CliRun.of("parse", dir.resolve("missing.air").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("missing.air: no such file"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void invalidUtf8AndDirectoriesAreUserErrors() throws IOException {
    CliRun bytes = CliRun.of("parse", file("bin.air", new byte[] {'(', (byte) 0xff, ')'}).toString());
    assertEquals(2, bytes.exit());
    assertTrue(bytes.err().contains("not valid UTF-8"), bytes.err());
    CliRun directory = CliRun.of("parse", dir.toString());
    assertEquals(2, directory.exit());
    assertTrue(directory.err().contains("is a directory"), directory.err());
  }

  @Test
  void missingArgumentIsAUsageError() {
    assertEquals(2, CliRun.of("parse").exit());
  }
}
