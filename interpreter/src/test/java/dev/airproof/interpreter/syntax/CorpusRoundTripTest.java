package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Shapes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Round trip of the hand-written corpora: every {@code examples/*.air} file of the repository and
 * every script quoted in the reference docs ({@code syntax/docs-scripts}, see its README) parses,
 * {@code parse(print(t))} has the shape of {@code t}, and printing is idempotent. The doc fragments
 * under {@code rejected/} are rejected with the listed first diagnostic.
 */
class CorpusRoundTripTest {

  static Path examplesDir() {
    Path dir = Path.of("..", "examples").toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(dir), "examples directory missing: " + dir);
    return dir;
  }

  static Path docsDir() {
    try {
      return Path.of(CorpusRoundTripTest.class.getResource("/syntax/docs-scripts").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> airFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".air")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void roundTrips(Path file) {
    String text = read(file);
    Parsed parsed = assertInstanceOf(Parsed.class, AirParser.parse(file.toString(), text),
        () -> file + " is rejected: " + AirParser.parse(file.toString(), text));
    String printed = AirPrinter.print(parsed.root());
    Parsed again = assertInstanceOf(Parsed.class, AirParser.parse("printed", printed), printed);
    assertTrue(Shapes.same(parsed.root(), again.root()), "shape changed by printing " + file);
    assertEquals(printed, AirPrinter.print(again.root()), "print is not idempotent on " + file);
    Parsed compact = assertInstanceOf(Parsed.class,
        AirParser.parse("compact", AirPrinter.printCompact(parsed.root())));
    assertTrue(Shapes.same(parsed.root(), compact.root()), "compact form of " + file);
  }

  @TestFactory
  Stream<DynamicTest> examplesRoundTrip() {
    List<Path> files = airFiles(examplesDir());
    assertTrue(files.size() >= 15, "expected at least 15 examples, found " + files.size());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      assertTrue(read(f).startsWith(";"), f + " must start with a ; comment saying what it shows");
      roundTrips(f);
    }));
  }

  @TestFactory
  Stream<DynamicTest> docScriptsRoundTrip() {
    List<Path> files = airFiles(docsDir());
    assertTrue(files.size() >= 20, "doc scripts missing: " + files.size());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> roundTrips(f)));
  }

  @TestFactory
  Stream<DynamicTest> docFragmentsAreRejected() {
    Path dir = docsDir().resolve("rejected");
    List<String[]> rows = read(dir.resolve("expected.tsv")).lines()
        .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
    assertEquals(airFiles(dir).size(), rows.size(), "every rejected fragment needs a row");
    return rows.stream().map(r -> DynamicTest.dynamicTest(r[0], () -> {
      Rejected rejected = assertInstanceOf(Rejected.class,
          AirParser.parse(r[0], read(dir.resolve(r[0]))));
      assertEquals(DiagnosticCode.valueOf(r[1]), rejected.diagnostics().get(0).code(), r[2]);
    }));
  }
}
