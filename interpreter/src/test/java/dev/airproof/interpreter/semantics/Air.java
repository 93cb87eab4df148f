package dev.airproof.interpreter.semantics;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;

/** Test scripts go through the real front end ({@link AirParser}); a rejection fails the test. */
final class Air {
  private Air() {}

  static Instruction parse(String text) {
    ParseResult r = AirParser.parse("test.air", text);
    return switch (r) {
      case Parsed p -> p.root();
      case Rejected rej -> throw new AssertionError("script rejected by the parser: "
          + rej.diagnostics() + "\\n" + text);
    };
  }
}
