package dev.airproof.properties.petri;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.properties.backend.Backend;
import dev.airproof.properties.backend.VerificationTask;
import dev.airproof.properties.catalogue.Counterexample;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.Step;
import dev.airproof.translator.petri.AirToNet;
import dev.airproof.translator.petri.NetAnalysis;
import dev.airproof.translator.petri.NetCheck;
import dev.airproof.translator.petri.NetElement;
import dev.airproof.translator.petri.NetOptions;
import dev.airproof.translator.petri.Translation;
import dev.airproof.translator.petri.TranslationResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Decides termination, completion and no-stuck-join from the script's Petri net: the reachability
 * graph of the net (bounded by the task's state bound) is searched for an infinite run, a dead
 * marking that is not complete on the init peer, and a dead marking holding an instruction that
 * waits on a variable. A violation comes with the firing sequence as counterexample steps (kind
 * {@code fire}, the transition's peer, the AIR instruction and its {@code line:col}). Runs that
 * need choices the net makes without data (match outcomes, array lengths, arrival timing) give
 * "unknown", never "violated"; so does an environment with faults, which the net does not model.
 * Stateless; the clock is passed in.
 */
public final class PetriBackend implements Backend {
  private final NetOptions options;
  private final LongSupplier nanoClock;

  /** A back end translating with {@code options}, timing itself with {@code nanoClock}. */
  public PetriBackend(NetOptions options, LongSupplier nanoClock) {
    this.options = options;
    this.nanoClock = nanoClock;
  }

  @Override
  public String name() {
    return "petri";
  }

  @Override
  public Set<PropertyId> supports() {
    return EnumSet.of(PropertyId.TERMINATION, PropertyId.COMPLETION, PropertyId.NO_STUCK_JOIN);
  }

  @Override
  public List<PropertyResult> check(VerificationTask task) {
    long t0 = nanoClock.getAsLong();
    List<PropertyId> asked = new ArrayList<>();
    for (PropertyId p : PropertyId.values()) {
      if (task.properties().contains(p) && supports().contains(p)) {
        asked.add(p);
      }
    }
    List<PropertyResult> out = new ArrayList<>();
    if (!task.environment().faults().isNone()) {
      asked.forEach(p -> out.add(new PropertyResult(p, Verdict.UNKNOWN, name(), 0, millis(t0),
          "the net models no faults (duplication, drop, amnesia); docs/petri-semantics.md §3",
          Optional.empty())));
      return out;
    }
    TranslationResult r = AirToNet.translate(readable(task.environment()), options);
    switch (r) {
      case TranslationResult.Unsupported u -> asked.forEach(p -> out.add(new PropertyResult(p,
          Verdict.UNKNOWN, name(), 0, millis(t0), u.message(), Optional.empty())));
      case TranslationResult.Translated tr -> {
        Translation t = tr.translation();
        NetAnalysis a = NetAnalysis.explore(t, ExplorationLimits.states(task.bounds().maxStates()));
        Map<String, String> aliases = aliases(task.environment());
        for (PropertyId p : asked) {
          out.add(result(p, withProperCompletion(p, check(p, a), a), t, aliases, t0));
        }
      }
    }
    return out;
  }

  /**
   * The script as written (peer literals as aliases) when its text parses; the environment's script
   * (literals replaced by peer ids, same spans) otherwise.
   */
  private static Instruction readable(Environment env) {
    return AirParser.parse("script.air", env.scriptText()) instanceof Parsed p
        && p.root().span().equals(env.script().span()) ? p.root() : env.script();
  }

  /** Completion's detail also says whether completion is proper (modulo intended incompleteness). */
  private static NetCheck withProperCompletion(PropertyId p, NetCheck c, NetAnalysis a) {
    if (p != PropertyId.COMPLETION) {
      return c;
    }
    NetCheck proper = a.properCompletion();
    String more = "; proper completion (modulo never and waiting folds): "
        + proper.status().name().toLowerCase(java.util.Locale.ROOT)
        + (proper.status() == NetCheck.Status.HOLDS ? "" : " (" + proper.detail() + ")");
    return new NetCheck(c.property(), c.status(), c.detail() + more, c.witness(), c.loopStart(),
        c.states());
  }

  private static NetCheck check(PropertyId p, NetAnalysis a) {
    return switch (p) {
      case TERMINATION -> a.termination();
      case COMPLETION -> a.completion();
      case NO_STUCK_JOIN -> a.noStuckJoin();
      case AT_MOST_ONCE, CONVERGENCE, CONVERGENCE_UNORDERED, NO_UNCAUGHT_ERROR ->
          throw new IllegalArgumentException("not supported by the petri back end: " + p);
    };
  }

  /** Peer ids (as the environment's script names them) to aliases; the init peer keyword too. */
  private static Map<String, String> aliases(Environment env) {
    Map<String, String> out = new HashMap<>();
    env.peers().forEach(peer -> out.put(peer.peerId(), peer.alias()));
    out.put("%init_peer_id%", env.peers().get(env.initPeer()).alias());
    return out;
  }

  private PropertyResult result(PropertyId p, NetCheck c, Translation t,
      Map<String, String> aliases, long t0) {
    String size = "net " + t.net().placeCount() + " places, " + t.net().transitionCount()
        + " transitions: ";
    return switch (c.status()) {
      case HOLDS -> new PropertyResult(p, Verdict.HOLDS, name(), c.states(), millis(t0),
          size + c.detail(), Optional.empty());
      case UNKNOWN -> new PropertyResult(p, Verdict.UNKNOWN, name(), c.states(), millis(t0),
          size + c.detail() + witnessText(c, t, aliases), Optional.empty());
      case VIOLATED -> new PropertyResult(p, Verdict.VIOLATED, name(), c.states(), millis(t0),
          c.detail(), Optional.of(new Counterexample(steps(c.witness(), t, aliases), c.detail(),
              Optional.empty(), c.loopStart())));
    };
  }

  /**
   * The firing sequence as counterexample steps: kind {@code fire}, the transition's peer (by alias
   * when {@code aliases} knows it), and the role, AIR instruction and {@code line:col}.
   */
  public static List<Step> steps(List<String> transitions, Translation t,
      Map<String, String> aliases) {
    List<Step> steps = new ArrayList<>();
    for (String id : transitions) {
      NetElement e = t.element(id).orElseThrow();
      steps.add(new Step("fire", aliases.getOrDefault(e.peer(), e.peer()), "", e.describe(),
          0, "", List.of(), List.of()));
    }
    return steps;
  }

  private static String witnessText(NetCheck c, Translation t, Map<String, String> aliases) {
    if (c.witness().isEmpty()) {
      return "";
    }
    return "; net run: " + String.join(" -> ", steps(c.witness(), t, aliases).stream()
        .map(Step::detail).toList());
  }

  private long millis(long t0) {
    return (nanoClock.getAsLong() - t0) / 1_000_000;
  }
}
