package dev.airproof.translator.petri;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: parsing examples and scripts, translating them. */
final class Examples {
  static final Path DIR = Path.of("..", "examples");

  private Examples() {}

  static Instruction parse(String name, String text) {
    ParseResult r = AirParser.parse(name, text);
    assertTrue(r instanceof Parsed, () -> name + " does not parse: " + r);
    return ((Parsed) r).root();
  }

  static Instruction example(String name) {
    try {
      return parse(name, Files.readString(DIR.resolve(name + ".air")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Translation translate(Instruction script, NetOptions options) {
    return switch (AirToNet.translate(script, options)) {
      case TranslationResult.Translated t -> t.translation();
      case TranslationResult.Unsupported u -> fail("unsupported: " + u.message());
    };
  }
}
