package dev.airproof.translator.tla;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Writes the body of {@code <Name>Answers(peer, service, function, args)}: a CASE over the answer
 * rules in order, {@code OTHER} for the default outcomes. Checks the spec's constraint that the
 * {@code Ok} values of one set are of one JSON kind. Stateless.
 */
final class TlaAnswers {
  private TlaAnswers() {}

  /** Immutable; the CASE text, or why the table cannot be written. */
  record Table(String text, Optional<Unsupported> problem) {}

  static Table of(TlaEnvironment env, UnaryOperator<String> rename) {
    StringBuilder sb = new StringBuilder();
    for (AnswerRule rule : env.answers()) {
      Outcomes set = outcomes(rule.outcomes(), rename, rule.origin());
      if (set.problem().isPresent()) {
        return new Table("", set.problem());
      }
      sb.append(sb.isEmpty() ? "  CASE " : "    [] ").append(guard(rule, rename)).append(" -> ")
          .append(set.text()).append("  \\* ").append(rule.origin()).append('\n');
    }
    Outcomes other = outcomes(env.otherwise(), rename, "default answer");
    if (other.problem().isPresent()) {
      return new Table("", other.problem());
    }
    if (sb.isEmpty()) {
      return new Table("  " + other.text() + "\n", Optional.empty());
    }
    sb.append("    [] OTHER -> ").append(other.text()).append('\n');
    return new Table(sb.toString(), Optional.empty());
  }

  private static String guard(AnswerRule rule, UnaryOperator<String> rename) {
    List<String> parts = new ArrayList<>();
    rule.peer().ifPresent(p -> parts.add("peer = " + TlaValues.string(rename.apply(p)).orElse("\"?\"")));
    rule.service().ifPresent(s -> parts.add("service = " + TlaValues.string(s).orElse("\"?\"")));
    rule.function().ifPresent(f -> parts.add("function = " + TlaValues.string(f).orElse("\"?\"")));
    return parts.isEmpty() ? "TRUE" : String.join(" /\\ ", parts);
  }

  private record Outcomes(String text, Optional<Unsupported> problem) {}

  private static Outcomes outcomes(List<TlaOutcome> outcomes, UnaryOperator<String> rename,
      String origin) {
    List<String> parts = new ArrayList<>();
    Set<String> okKinds = new HashSet<>();
    for (TlaOutcome o : outcomes) {
      switch (o) {
        case TlaOutcome.Ok ok -> {
          TlaValues.Text t = TlaValues.json(ok.value(), rename);
          if (t.problem().isPresent()) {
            return failed(t.problem().get() + " as a service result", origin);
          }
          okKinds.add(kind(ok.value()));
          parts.add("Ok(" + t.text() + ")");
        }
        case TlaOutcome.Fail f -> parts.add("Fail(" + TlaValues.string(f.message())
            .orElse("\"(message with non-ASCII characters)\"") + ")");
        case TlaOutcome.EchoArgs e -> parts.add("Ok(args)");
        case TlaOutcome.Arg a -> parts.add("Ok(args[" + (a.index() + 1) + "])");
      }
    }
    if (okKinds.size() > 1) {
      return failed("service results of different JSON kinds " + okKinds + " for one call",
          origin);
    }
    return new Outcomes("{" + String.join(", ", parts.stream().distinct().toList()) + "}",
        Optional.empty());
  }

  private static Outcomes failed(String construct, String origin) {
    return new Outcomes("", Optional.of(Unsupported.environment(construct + " (" + origin + ")",
        "TLC cannot hold it in the finite Answers table of spec/README.md")));
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      default -> "object";
    };
  }
}
