package dev.airproof.translator.tla;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.ParseResult;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test helpers: parsing AIR text and small hand-built environments. */
final class TlaFixtures {
  private TlaFixtures() {}

  static Path examples() {
    return Path.of("..", "examples");
  }

  static String read(String example) throws IOException {
    return Files.readString(examples().resolve(example));
  }

  static Instruction parse(String text) {
    ParseResult r = AirParser.parse("test.air", text);
    return switch (r) {
      case Parsed p -> p.root();
      case Rejected rejected -> {
        fail("does not parse: " + rejected);
        yield null;
      }
    };
  }

  static List<TlaPeer> peers(String... aliases) {
    return java.util.Arrays.stream(aliases).map(a -> new TlaPeer(a, "id-" + a)).toList();
  }

  static AnswerRule rule(String peer, String service, String function, TlaOutcome... outcomes) {
    return new AnswerRule(Optional.ofNullable(peer), Optional.ofNullable(service),
        Optional.ofNullable(function), List.of(outcomes), "test");
  }

  static TlaOutcome ok(String s) {
    return new TlaOutcome.Ok(JsonNodeFactory.instance.textNode(s));
  }

  static TlaOutcome ok(int n) {
    return new TlaOutcome.Ok(JsonNodeFactory.instance.numberNode(n));
  }

  static TlaEnvironment env(List<TlaPeer> peers, List<AnswerRule> rules) {
    return new TlaEnvironment(peers, 0, rules, List.of(ok("ok")), Set.of(), 0);
  }
}
