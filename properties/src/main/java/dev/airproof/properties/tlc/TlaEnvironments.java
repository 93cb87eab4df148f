package dev.airproof.properties.tlc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Walk;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.ServiceDescription;
import dev.airproof.translator.tla.AnswerRule;
import dev.airproof.translator.tla.TlaEnvironment;
import dev.airproof.translator.tla.TlaOutcome;
import dev.airproof.translator.tla.TlaPeer;
import dev.airproof.translator.tla.Unsupported;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The explorer's {@link Environment} as the finite {@link TlaEnvironment} of a generated TLA+ model:
 * the same peers (aliases, peer ids), the same init peer, the services' answers as {@code Answers}
 * rules and the fault budget as {@code Faults}/{@code FaultBudget}. Anything the model cannot state
 * exactly is refused with an {@link Unsupported} value. Stateless.
 */
public final class TlaEnvironments {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TlaEnvironments() {}

  /** Immutable; the translated environment or why there is none. */
  public sealed interface Adapted {}

  /** The environment. */
  public record Ready(TlaEnvironment environment) implements Adapted {}

  /** Why the environment has no exact TLA+ form. */
  public record Refused(Unsupported why) implements Adapted {}

  /** Translates {@code env}. */
  public static Adapted of(Environment env) {
    if (!env.storeDataOnError() || !env.forwardOnError()) {
      return refuse("a host that does not store or forward data after an error",
          "the model stores and forwards every run's data whatever its ret code");
    }
    List<TlaPeer> peers = env.peers().stream().map(p -> new TlaPeer(p.alias(), p.peerId())).toList();
    Optional<ServiceDescription> services = env.services().description();
    if (services.isEmpty()) {
      return refuse("a service model without a description",
          "only the default environment and scenario tables can be written as Answers");
    }
    Optional<Faults> faults = faults(env.faults());
    if (faults.isEmpty()) {
      return refuse("a fault budget over several fault kinds",
          "the model has one budget shared by all kinds, the explorer one per kind");
    }
    Rules rules = switch (services.get()) {
      case ServiceDescription.PerSite s -> perSite(env, s);
      case ServiceDescription.Table t -> ScenarioRules.of(env, t);
    };
    if (rules.problem().isPresent()) {
      return new Refused(rules.problem().get());
    }
    return new Ready(new TlaEnvironment(peers, env.initPeer(), rules.rules(), rules.otherwise(),
        faults.get().kinds(), faults.get().budget()));
  }

  /** Immutable; the spec's fault constants. */
  private record Faults(Set<String> kinds, int budget) {}

  /** The fault kinds and budget of {@code f}, empty when it allows several kinds. */
  private static Optional<Faults> faults(FaultBudget f) {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    kinds.put("duplicate", f.duplications());
    kinds.put("lose", f.drops());
    kinds.put("amnesia", f.amnesias());
    kinds.values().removeIf(n -> n == 0);
    if (kinds.size() > 1) {
      return Optional.empty();
    }
    return Optional.of(kinds.entrySet().stream().findFirst()
        .map(e -> new Faults(Set.of(e.getKey()), e.getValue()))
        .orElse(new Faults(Set.of(), 0)));
  }

  /** Immutable; answer rules and the default outcomes, or the first problem. */
  record Rules(List<AnswerRule> rules, List<TlaOutcome> otherwise, Optional<Unsupported> problem) {
    static Rules problem(Unsupported u) {
      return new Rules(List.of(), List.of(new TlaOutcome.Fail("-")), Optional.of(u));
    }
  }

  private static Adapted refuse(String construct, String reason) {
    return new Refused(Unsupported.environment(construct, reason));
  }

  /** One rule per (peer if literal, service, function); sites that share a key must agree. */
  private static Rules perSite(Environment env, ServiceDescription.PerSite s) {
    List<Call> calls = new ArrayList<>();
    Walk.instructions(env.script(), i -> {
      if (i instanceof Call c && s.answers().containsKey(c.span())) {
        calls.add(c);
      }
    });
    calls.sort(Comparator.comparingInt(c -> c.span().offset()));
    Map<String, List<Call>> byFunction = new LinkedHashMap<>();
    for (Call c : calls) {
      byFunction.computeIfAbsent(functionKey(c), k -> new ArrayList<>()).add(c);
    }
    List<AnswerRule> rules = new ArrayList<>();
    for (List<Call> group : byFunction.values()) {
      Optional<Unsupported> problem = groupRules(env, s, group, rules);
      if (problem.isPresent()) {
        return Rules.problem(problem.get());
      }
    }
    return new Rules(rules, List.of(new TlaOutcome.Fail("no call of the script asks this")),
        Optional.empty());
  }

  private static String functionKey(Call c) {
    return ((StringLiteral) c.service()).value() + "\u0000" + ((StringLiteral) c.function()).value();
  }

  private static Optional<Unsupported> groupRules(Environment env, ServiceDescription.PerSite s,
      List<Call> group, List<AnswerRule> out) {
    Call first = group.get(0);
    String service = ((StringLiteral) first.service()).value();
    String function = ((StringLiteral) first.function()).value();
    List<List<TlaOutcome>> outcomes = new ArrayList<>();
    for (Call c : group) {
      List<TlaOutcome> o = new ArrayList<>();
      for (CallServiceResult r : s.answers().get(c.span())) {
        Optional<TlaOutcome> t = outcome(r);
        if (t.isEmpty()) {
          return Optional.of(Unsupported.at("the service result " + r.result(), c.span(),
              "it is not JSON"));
        }
        o.add(c.output().isPresent() ? t.get() : unread(t.get(), service, function));
      }
      outcomes.add(o);
    }
    if (outcomes.stream().distinct().count() == 1) {
      out.add(new AnswerRule(Optional.empty(), Optional.of(service), Optional.of(function),
          outcomes.get(0), "call" + (group.size() > 1 ? "s" : "") + " at " + positions(group)));
      return Optional.empty();
    }
    List<String> peers = new ArrayList<>();
    for (Call c : group) {
      Optional<String> peer = literalPeer(env, c);
      if (peer.isEmpty() || peers.contains(peer.get())) {
        return Optional.of(Unsupported.at("different answers of " + service + "." + function
            + " at " + positions(group), c.span(),
            "Answers(peer, service, function, args) cannot tell these call sites apart"));
      }
      peers.add(peer.get());
    }
    for (int i = 0; i < group.size(); i++) {
      out.add(new AnswerRule(Optional.of(peers.get(i)), Optional.of(service), Optional.of(function),
          outcomes.get(i), "call at " + group.get(i).span()));
    }
    return Optional.empty();
  }

  /**
   * The value of a call without output is never read by the script; only whether it succeeded is.
   * Replacing it by a value shared by all such sites of one function keeps the model exact and lets
   * one {@code Answers} arm serve them all.
   */
  private static TlaOutcome unread(TlaOutcome o, String service, String function) {
    return switch (o) {
      case TlaOutcome.Ok ok -> new TlaOutcome.Ok(
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(service + "." + function));
      case TlaOutcome.Fail f -> f;
      case TlaOutcome.EchoArgs e -> e;
      case TlaOutcome.Arg a -> a;
    };
  }

  private static Optional<String> literalPeer(Environment env, Call c) {
    return switch (c.peer()) {
      case StringLiteral l -> Optional.of(env.indexOf(l.value())
          .map(i -> env.peers().get(i).alias()).orElse(l.value()));
      case InitPeerId i -> Optional.of(env.peers().get(env.initPeer()).alias());
      default -> Optional.empty();
    };
  }

  private static String positions(List<Call> calls) {
    return String.join(", ", calls.stream().map(c -> c.span().toString()).toList());
  }

  /** A host answer as an outcome: ret code 0 with a JSON result is Ok, anything else Fail. */
  static Optional<TlaOutcome> outcome(CallServiceResult r) {
    if (r.retCode() != 0) {
      String message = r.result();
      try {
        JsonNode v = JSON.readTree(r.result());
        message = v != null && v.isTextual() ? v.textValue() : message;
      } catch (JsonProcessingException e) {
        // a raw, non-JSON failure text is kept as it is
      }
      return Optional.of(new TlaOutcome.Fail(message));
    }
    try {
      JsonNode v = JSON.readTree(r.result());
      return v == null ? Optional.empty() : Optional.of(new TlaOutcome.Ok(v));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
