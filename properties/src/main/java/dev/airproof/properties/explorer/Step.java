package dev.airproof.properties.explorer;

import java.util.List;
import java.util.Objects;

/**
 * Immutable; what one transition did, as shown in counterexamples: who ran, why, what it returned,
 * where it sent the particle and which calls it asked for.
 *
 * @param kind "deliver", "answer", "duplicate", "drop" or "amnesia"
 * @param peer alias of the peer concerned
 * @param from alias of the particle's sender ("" for the initial particle or for answers)
 * @param detail for answers: the call (service.function(args) = ret/result); for faults: what was hit
 * @param retCode the invocation's ret code (0 for faults, which invoke nothing)
 * @param errorMessage the invocation's error message
 * @param nextPeers aliases (or raw ids of unknown peers) the particle was forwarded to
 * @param callRequests calls requested, each as {@code id: service.function(args)}
 */
public record Step(
    String kind, String peer, String from, String detail, long retCode, String errorMessage,
    List<String> nextPeers, List<String> callRequests) {
  public Step {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(errorMessage, "errorMessage");
    nextPeers = List.copyOf(nextPeers);
    callRequests = List.copyOf(callRequests);
  }

  /** One line: {@code deliver user -> provider_1: ret 0, next [avg], requests [1: s.f([])]}. */
  public String summary() {
    String head = switch (kind) {
      case "deliver" -> "deliver " + (from.isEmpty() ? "(initial)" : from) + " -> " + peer;
      case "answer" -> "answer on " + peer + ": " + detail;
      default -> kind + " " + detail;
    };
    if (!kind.equals("deliver") && !kind.equals("answer")) {
      return head;
    }
    StringBuilder sb = new StringBuilder(head).append(": ret ").append(retCode);
    if (!nextPeers.isEmpty()) {
      sb.append(", next ").append(nextPeers);
    }
    if (!callRequests.isEmpty()) {
      sb.append(", requests ").append(callRequests);
    }
    if (!errorMessage.isEmpty()) {
      sb.append(", error: ").append(errorMessage);
    }
    return sb.toString();
  }
}
