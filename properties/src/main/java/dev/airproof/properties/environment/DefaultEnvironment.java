package dev.airproof.properties.environment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.airproof.interpreter.ast.AstMapper;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Walk;
import dev.airproof.interpreter.data.keys.PeerIdentity;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.CallSite;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.PeerSpec;
import dev.airproof.properties.explorer.ServiceDescription;
import dev.airproof.properties.explorer.ServiceModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented default environment of a bare {@code .air} file ({@code docs/properties.md}):
 *
 * <ul>
 *   <li>peers: every string literal in a peer position (a literal {@code "provider_1"} is the peer
 *       with alias {@code provider_1}), the init peer (alias {@code init}) and every alias named in a
 *       binding; each alias gets the real peer id derived from it, and the script's literals are
 *       rewritten to those ids (so signatures are checked as on a real network);
 *   <li>services: every call returns the distinct string {@code "SERVICE.FUNCTION@LINE:COL"}; with
 *       failures on, it may also fail with ret code 1;
 *   <li>peer variables (a peer position reading a variable) must be bound with
 *       {@code --peers VAR=ALIAS[,ALIAS...]}: the call that writes VAR then returns that peer id (or
 *       array of ids); a fold iterator used as a peer is bound through the fold's iterable.
 * </ul>
 */
public final class DefaultEnvironment {
  /** The alias of the init peer of a bare script. */
  public static final String INIT_ALIAS = "init";

  private DefaultEnvironment() {}

  /** Immutable; the options of the default environment. */
  public record Options(boolean failures, Map<String, List<String>> bindings, FaultBudget faults) {
    public Options {
      bindings = Map.copyOf(bindings);
    }
  }

  /** Immutable; an environment, or the reasons none can be built (each naming a place). */
  public sealed interface Built {}

  /** The environment. */
  public record Ok(Environment environment) implements Built {}

  /** Why no environment can be built. */
  public record Problems(List<String> messages) implements Built {
    public Problems {
      messages = List.copyOf(messages);
    }
  }

  /** Builds the default environment of {@code script}. */
  public static Built build(Instruction script, String text, Options options) {
    ScriptPeers named = ScriptPeers.of(script);
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> outputs = new HashMap<>();
    for (PeerUse use : named.variables()) {
      String needed = iterableOf(script, use.variable()).orElse(use.variable());
      List<String> aliases = options.bindings().get(needed);
      if (aliases == null) {
        problems.add(use.span() + ": error: the peer of this instruction is the variable '" + use.variable()
            + "'" + (needed.equals(use.variable()) ? "" : " (an iterator over '" + needed + "')")
            + ", which has no value in the default environment: bind it with --peers " + needed
            + "=ALIAS[,ALIAS...] or use a scenario file");
      }
    }
    if (!problems.isEmpty()) {
      return new Problems(problems);
    }
    Map<String, PeerIdentity> ids = new LinkedHashMap<>();
    ids.put(INIT_ALIAS, PeerIdentity.fromAlias(INIT_ALIAS));
    for (String literal : named.literals()) {
      ids.putIfAbsent(literal, PeerIdentity.fromAlias(literal));
    }
    for (Map.Entry<String, List<String>> b : options.bindings().entrySet()) {
      for (String alias : b.getValue()) {
        ids.putIfAbsent(alias, PeerIdentity.fromAlias(alias));
      }
      boolean list = b.getValue().size() > 1 || iteratedOver(script, b.getKey());
      outputs.put(b.getKey(), list ? array(b.getValue(), ids) : JsonNodeFactory.instance.textNode(
          ids.get(b.getValue().get(0)).peerId()));
    }
    List<PeerSpec> peers = new ArrayList<>();
    Map<String, String> literalToId = new HashMap<>();
    for (Map.Entry<String, PeerIdentity> e : ids.entrySet()) {
      peers.add(new PeerSpec(e.getKey(), e.getValue().peerId(), e.getValue().seed()));
      literalToId.put(e.getKey(), e.getValue().peerId());
    }
    Instruction rewritten = rewriteLiterals(script, literalToId, named.literals());
    ServiceModel services = new DefaultServices(calls(rewritten), outputs, options.failures());
    return new Ok(new Environment(rewritten, text, peers, 0, services, "particle-1",
        1_700_000_000_000L, 120_000L, options.faults(), true, true));
  }

  private static ArrayNode array(List<String> aliases, Map<String, PeerIdentity> ids) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    aliases.forEach(x -> a.add(ids.get(x).peerId()));
    return a;
  }

  private static Instruction rewriteLiterals(Instruction script, Map<String, String> ids,
      List<String> literals) {
    java.util.Set<String> peers = new java.util.HashSet<>(literals);
    AstMapper mapper = new AstMapper() {
      @Override
      protected Value value(Value original) {
        if (original instanceof StringLiteral s && peers.contains(s.value())) {
          return new StringLiteral(ids.get(s.value()), s.span());
        }
        return super.value(original);
      }
    };
    return mapper.instruction(script);
  }

  private static java.util.Optional<String> iterableOf(Instruction script, String iterator) {
    List<FoldScalar> folds = new ArrayList<>();
    Walk.instructions(script, i -> {
      if (i instanceof FoldScalar f && f.iterator().name().equals(iterator)) {
        folds.add(f);
      }
    });
    for (FoldScalar f : folds) {
      if (f.iterable() instanceof ScalarRef r && r.lens().isEmpty()) {
        return java.util.Optional.of(r.name());
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean iteratedOver(Instruction script, String variable) {
    boolean[] found = {false};
    Walk.instructions(script, i -> {
      if (i instanceof FoldScalar f && f.iterable() instanceof ScalarRef r && r.name().equals(variable)) {
        found[0] = true;
      }
    });
    return found[0];
  }

  private static Map<Span, Call> calls(Instruction script) {
    Map<Span, Call> out = new HashMap<>();
    Walk.instructions(script, i -> {
      if (i instanceof Call c) {
        out.put(c.span(), c);
      }
    });
    return out;
  }

  /** The default services: distinct values per call site, bound peers for bound variables. */
  private record DefaultServices(Map<Span, Call> calls, Map<String, JsonNode> outputs, boolean failures)
      implements ServiceModel {
    @Override
    public List<CallServiceResult> answers(String peer, String service, String function,
        List<JsonNode> args, int nth, CallSite site) {
      return answersAt(site.span(), service, function);
    }

    private List<CallServiceResult> answersAt(Span span, String service, String function) {
      Call call = calls.get(span);
      JsonNode bound = call == null ? null
          : call.output().map(o -> outputs.get(o.name())).orElse(null);
      String value = bound != null ? bound.toString()
          : JsonNodeFactory.instance.textNode(service + "." + function + "@" + span).toString();
      List<CallServiceResult> out = new ArrayList<>();
      out.add(new CallServiceResult(0, value));
      if (failures) {
        out.add(new CallServiceResult(1,
            JsonNodeFactory.instance.textNode(service + "." + function + " failed").toString()));
      }
      return out;
    }

    /** Per call site with a literal service and function (others are not translatable anyway). */
    @Override
    public java.util.Optional<ServiceDescription> description() {
      Map<Span, List<CallServiceResult>> perSite = new HashMap<>();
      for (Map.Entry<Span, Call> e : calls.entrySet()) {
        if (e.getValue().service() instanceof StringLiteral s
            && e.getValue().function() instanceof StringLiteral f) {
          perSite.put(e.getKey(), answersAt(e.getKey(), s.value(), f.value()));
        }
      }
      return java.util.Optional.of(new ServiceDescription.PerSite(perSite));
    }
  }
}
