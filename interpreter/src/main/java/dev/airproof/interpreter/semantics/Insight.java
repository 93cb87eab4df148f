package dev.airproof.interpreter.semantics;

import java.util.Collections;
import java.util.List;
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
 */
public record Insight(boolean complete, List<JoinWait> waits, SortedMap<Integer, CallSite> callSites) {
  public Insight {
    waits = List.copyOf(waits);
    callSites = Collections.unmodifiableSortedMap(new TreeMap<>(callSites));
  }
}
