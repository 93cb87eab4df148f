package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airproof fmt}: printing, --check, --write, comments, errors. */
class FmtCommandTest {
  static final String MESSY = "; fork-join\n(seq (par (call \"a\" (\"s\" \"f\") [] x)\n"
      + "   (call \"b\" (\"s\" \"f\") [] y)) (call %init_peer_id% (\"s\" \"g\") [x y]))\n";
  static final String CANONICAL = """
      ; fork-join
      (seq
       (par
        (call "a" ("s" "f") [] x)
        (call "b" ("s" "f") [] y)
       )
       (call %init_peer_id% ("s" "g") [x y])
      )
      """;

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void printsTheCanonicalLayoutKeepingTheLeadingComment() throws IOException {
    CliRun run = CliRun.of("fmt", file("messy.air", MESSY).toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(CANONICAL, run.out());
    assertEquals("", run.err());
  }

  @Test
  void checkListsUnformattedFilesAndExitsOne() throws IOException {
    Path messy = file("messy.air", MESSY);
    Path tidy = file("tidy.air", CANONICAL);
    CliRun run = CliRun.of("fmt", "--check", messy.toString(), tidy.toString());
    assertEquals(1, run.exit());
    assertEquals(messy + "\n", run.out().replace("\r\n", "\n"));
    assertEquals(0, CliRun.of("fmt", "--check", tidy.toString()).exit());
  }

  @Test
  void writeRewritesInPlaceAndThenCheckPasses() throws IOException {
    Path messy = file("messy.air", MESSY);
    CliRun run = CliRun.of("fmt", "--write", messy.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(CANONICAL, Files.readString(messy));
    assertEquals(0, CliRun.of("fmt", "--check", messy.toString()).exit());
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file may be left behind");
    }
  }

  @Test
  void writeRefusesToDropInnerCommentsUnlessAsked() throws IOException {
    String text = "(seq ; first\n (null)\n (null))\n";
    Path f = file("commented.air", text);
    CliRun refused = CliRun.of("fmt", "--write", f.toString());
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("comments inside the script"), refused.err());
    assertEquals(text, Files.readString(f));
    assertEquals(0, CliRun.of("fmt", "--write", "--drop-comments", f.toString()).exit());
    assertEquals("(seq\n (null)\n (null)\n)\n", Files.readString(f));
  }

  @Test
  void syntaxErrorExitsTwoWithLocationAndCaret() throws IOException {
    Path bad = file("bad.air", "(seq\n (null)\n (nul))\n");
    CliRun run = CliRun.of("fmt", bad.toString());
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(bad + ":3:"), run.err());
    assertTrue(run.err().contains(": error: "), run.err());
    assertTrue(run.err().contains(" (nul))") && run.err().contains("^"), run.err());
  }

  @Test
  void missingFileExitsTwoWithoutStackTrace() {
    CliRun run = CliRun.of("fmt", dir.resolve("nope.air").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("nope.air: no such file"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void theExamplesCorpusIsCanonical() throws IOException {
    Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
    String[] args;
    try (var files = Files.list(examples)) {
      args = java.util.stream.Stream.concat(java.util.stream.Stream.of("fmt", "--check"),
          files.filter(p -> p.toString().endsWith(".air")).sorted().map(Path::toString))
          .toArray(String[]::new);
    }
    assertTrue(args.length >= 17, "examples missing in " + examples);
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exit(), "not formatted:\n" + run.out() + run.err());
  }

  @Test
  void checkAndWriteTogetherIsAUserError() throws IOException {
    CliRun run = CliRun.of("fmt", "--check", "--write", file("a.air", "(null)\n").toString());
    assertEquals(2, run.exit());
  }
}
