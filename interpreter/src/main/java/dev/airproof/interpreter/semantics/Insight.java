package dev.airproof.interpreter.semantics;

import dev.airproof.interpreter.ast.Span;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Immutable; what one invocation revealed beyond AquaVM's outcome, for verification: whether the
 * whole script completed on this peer, which instructions wait on variables (joins), and which
 * script position and fold iteration each new call request comes from.
 *
 * <p>None of this is part of AquaVM's interface; it is computed during the same execution and does
 * not influence the outcome.
 *
 * @param complete the completeness flag of the script's top instruction after this invocation
 * @param waits instructions that were blocked by a join in this invocation, in execution order
 * @param callSites for every call request of the outcome (by call id), where it comes from
 * @param knownSites the call and canon instructions that have a state in the produced data (so no
 *     later run on data derived from it forwards the particle for them); empty when unknown (the
 *     invocation failed and returned its prev data)
 */
public record Insight(boolean complete, List<JoinWait> waits, SortedMap<Integer, CallSite> callSites,
    Optional<Set<Span>> knownSites) {
  public Insight {
    waits = List.copyOf(waits);
    callSites = Collections.unmodifiableSortedMap(new TreeMap<>(callSites));
    knownSites = knownSites.map(Set::copyOf);
  }

  /** An insight without known sites. */
  public Insight(boolean complete, List<JoinWait> waits, SortedMap<Integer, CallSite> callSites) {
    this(complete, waits, callSites, Optional.empty());
  }
}
