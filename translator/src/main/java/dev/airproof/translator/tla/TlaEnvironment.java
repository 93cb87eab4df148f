package dev.airproof.translator.tla;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable; the finite environment of a generated model: peers, init peer, the {@code Answers}
 * table and the faults.
 *
 * <p>Invariant: peers have distinct aliases and ids; {@code initPeer} indexes {@code peers};
 * {@code faults} is a subset of {@code duplicate, lose, amnesia}; {@code faultBudget >= 0}.
 *
 * @param peers the peers
 * @param initPeer index of the init peer
 * @param answers the answer rules, tried in order
 * @param otherwise the outcomes of a request no rule matches
 * @param faults the fault kinds allowed
 * @param faultBudget how many fault events a behaviour may contain
 */
public record TlaEnvironment(
    List<TlaPeer> peers, int initPeer, List<AnswerRule> answers, List<TlaOutcome> otherwise,
    Set<String> faults, int faultBudget) {
  private static final Set<String> FAULT_KINDS = Set.of("duplicate", "lose", "amnesia");

  public TlaEnvironment {
    peers = List.copyOf(peers);
    if (initPeer < 0 || initPeer >= peers.size()) {
      throw new IllegalArgumentException("init peer index out of range: " + initPeer);
    }
    if (peers.stream().map(TlaPeer::alias).distinct().count() != peers.size()
        || peers.stream().map(TlaPeer::peerId).distinct().count() != peers.size()) {
      throw new IllegalArgumentException("peer aliases and ids must be distinct");
    }
    answers = List.copyOf(answers);
    otherwise = List.copyOf(otherwise);
    if (otherwise.isEmpty()) {
      throw new IllegalArgumentException("the default answer needs at least one outcome");
    }
    faults = Set.copyOf(faults);
    if (!FAULT_KINDS.containsAll(faults)) {
      throw new IllegalArgumentException("unknown fault kinds in " + faults);
    }
    if (faultBudget < 0) {
      throw new IllegalArgumentException("fault budget " + faultBudget);
    }
    Objects.requireNonNull(faults, "faults");
  }
}
