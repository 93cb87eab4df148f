package dev.airproof.properties.tlc;

import dev.airproof.interpreter.scenario.ServiceBehaviour;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.PeerSpec;
import dev.airproof.properties.explorer.ServiceDescription;
import dev.airproof.translator.tla.AnswerRule;
import dev.airproof.translator.tla.TlaOutcome;
import dev.airproof.translator.tla.Unsupported;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario's service table as {@code Answers} rules, in {@code ServiceTable.lookup}'s order: the
 * peer's own table ({@code service/function}, then {@code service/*}, then {@code *}), then the
 * {@code *} table in the same order; a request nothing matches fails (the model keeps no failure
 * text, so the client's "No service found" message is abbreviated). Stateless.
 */
final class ScenarioRules {
  private ScenarioRules() {}

  static TlaEnvironments.Rules of(Environment env, ServiceDescription.Table table) {
    List<AnswerRule> rules = new ArrayList<>();
    List<String> tables = new ArrayList<>(env.peers().stream().map(PeerSpec::alias).toList());
    tables.add("*");
    for (String alias : tables) {
      Map<String, ServiceBehaviour> t = table.services().getOrDefault(alias, Map.of());
      Optional<String> peer = alias.equals("*") ? Optional.empty() : Optional.of(alias);
      for (int pass = 0; pass < 3; pass++) {
        for (Map.Entry<String, ServiceBehaviour> e : sorted(t)) {
          String key = e.getKey();
          int kind = key.equals("*") ? 2 : key.endsWith("/*") ? 1 : 0;
          if (kind != pass) {
            continue;
          }
          String origin = "scenario services." + alias + "." + key;
          Translated o = outcomes(e.getValue(), origin);
          if (o.problem().isPresent()) {
            return TlaEnvironments.Rules.problem(o.problem().get());
          }
          int slash = key.indexOf('/');
          Optional<String> service = kind == 2 ? Optional.empty() : Optional.of(key.substring(0, slash));
          Optional<String> function = kind == 0 ? Optional.of(key.substring(slash + 1)) : Optional.empty();
          rules.add(new AnswerRule(peer, service, function, o.outcomes(), origin));
        }
      }
    }
    return new TlaEnvironments.Rules(rules,
        List.of(new TlaOutcome.Fail("No service found for service call")), Optional.empty());
  }

  private static List<Map.Entry<String, ServiceBehaviour>> sorted(Map<String, ServiceBehaviour> t) {
    return t.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }

  private record Translated(List<TlaOutcome> outcomes, Optional<Unsupported> problem) {}

  private static Translated outcomes(ServiceBehaviour b, String origin) {
    return switch (b) {
      case ServiceBehaviour.Return r -> one(new TlaOutcome.Ok(r.value()));
      case ServiceBehaviour.Error e -> e.retCode() == 0 ? one(new TlaOutcome.Ok(e.value()))
          : one(new TlaOutcome.Fail(e.value().toString()));
      case ServiceBehaviour.Echo e -> one(new TlaOutcome.EchoArgs());
      case ServiceBehaviour.Arg a -> one(new TlaOutcome.Arg(a.index()));
      case ServiceBehaviour.Raw r -> TlaEnvironments.outcome(new CallServiceResult(r.retCode(), r.result()))
          .map(ScenarioRules::one)
          .orElseGet(() -> no("scenario behaviour raw with a non-JSON result", origin,
              "the model's service values are JSON"));
      case ServiceBehaviour.Sequence s -> sequence(s, origin);
      case ServiceBehaviour.NoResponse n -> no("scenario behaviour noResponse", origin,
          "the model's hosts answer every request (weak fairness of AnswerSome)");
      case ServiceBehaviour.OneOf o -> {
        List<TlaOutcome> all = new ArrayList<>();
        for (ServiceBehaviour alt : o.alternatives()) {
          Translated t = outcomes(alt, origin);
          if (t.problem().isPresent()) {
            yield t;
          }
          t.outcomes().stream().filter(x -> !all.contains(x)).forEach(all::add);
        }
        yield new Translated(all, Optional.empty());
      }
    };
  }

  private static Translated sequence(ServiceBehaviour.Sequence s, String origin) {
    List<Translated> steps = s.steps().stream().map(b -> outcomes(b, origin)).toList();
    for (Translated t : steps) {
      if (t.problem().isPresent()) {
        return t;
      }
    }
    if (steps.stream().map(Translated::outcomes).distinct().count() > 1) {
      return no("scenario behaviour sequence", origin,
          "its answer depends on how often the call ran, and Answers has no call counter");
    }
    return steps.get(0);
  }

  private static Translated one(TlaOutcome o) {
    return new Translated(List.of(o), Optional.empty());
  }

  private static Translated no(String construct, String origin, String reason) {
    return new Translated(List.of(),
        Optional.of(Unsupported.environment(construct + " (" + origin + ")", reason)));
  }
}
