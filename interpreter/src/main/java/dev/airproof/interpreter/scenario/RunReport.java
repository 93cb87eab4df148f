package dev.airproof.interpreter.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.SecurityTetraplet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable; everything a scenario run produced, with real peer ids (the writers substitute
 * {@code {{alias}}}). JSON nodes inside are never mutated.
 *
 * @param name the scenario name
 * @param peers the scenario peers, in order
 * @param stopReason why the run stopped
 * @param steps one entry per interpreter invocation
 * @param executedCalls one entry per call request, in issue order
 * @param undelivered next-peer ids that named no scenario peer, in the order met
 * @param finals the final state of every scenario peer, in {@code peers} order
 */
public record RunReport(
    String name,
    List<Peer> peers,
    StopReason stopReason,
    List<Step> steps,
    List<ExecutedCall> executedCalls,
    List<String> undelivered,
    List<PeerFinal> finals) {
  public RunReport {
    Objects.requireNonNull(name, "name");
    peers = List.copyOf(peers);
    Objects.requireNonNull(stopReason, "stopReason");
    steps = List.copyOf(steps);
    executedCalls = List.copyOf(executedCalls);
    undelivered = List.copyOf(undelivered);
    finals = List.copyOf(finals);
  }

  /** The number of interpreter invocations. */
  public int invocations() {
    return steps.size();
  }

  /** Why a run stopped. */
  public enum StopReason {
    /** The message queue became empty. */
    QUIESCENT("quiescent"),
    /** The step bound was reached with messages still queued. */
    MAX_STEPS("maxSteps");

    private final String json;

    StopReason(String json) {
      this.json = json;
    }

    /** The report spelling. */
    public String json() {
      return json;
    }
  }

  /**
   * Immutable; a scenario peer.
   *
   * @param alias the alias
   * @param peerId its peer id
   * @param storeKey its signature-store key
   */
  public record Peer(String alias, String peerId, String storeKey) {}

  /** Immutable; what caused an invocation. */
  public sealed interface Trigger {
    /** A particle message from a peer (empty: the initial particle). */
    record Particle(Optional<String> fromAlias) implements Trigger {}

    /** A call-results message carrying these answers in key order. */
    record CallResults(List<Answer> results) implements Trigger {
      public CallResults {
        results = List.copyOf(results);
      }
    }
  }

  /**
   * Immutable; an answer to a call request.
   *
   * @param key the call id
   * @param retCode the ret code
   * @param resultText the result text exactly as given to the interpreter
   */
  public record Answer(int key, int retCode, String resultText) {}

  /**
   * Immutable; a call request as the interpreter issued it.
   *
   * @param key the call id
   * @param service the service id
   * @param function the function name
   * @param args the argument values
   * @param tetraplets one list per argument
   */
  public record Request(int key, String service, String function, List<JsonNode> args,
      List<List<SecurityTetraplet>> tetraplets) {
    public Request {
      args = List.copyOf(args);
      tetraplets = tetraplets.stream().map(List::copyOf).toList();
    }
  }

  /**
   * Immutable; one interpreter invocation.
   *
   * @param step 1-based step number
   * @param peer the alias of the invoked peer
   * @param trigger what was delivered
   * @param retCode the ret code
   * @param errorMessage the error message (empty on success)
   * @param nextPeers scenario aliases in {@code peers} order, then other ids sorted
   * @param callRequests the call requests in key order
   */
  public record Step(int step, String peer, Trigger trigger, long retCode, String errorMessage,
      List<String> nextPeers, List<Request> callRequests) {
    public Step {
      nextPeers = List.copyOf(nextPeers);
      callRequests = List.copyOf(callRequests);
    }
  }

  /**
   * Immutable; a call request and the simulated service's answer.
   *
   * @param step the step that issued it
   * @param peer the alias of the issuing peer
   * @param request the request
   * @param answer the answer; empty for {@code noResponse}
   */
  public record ExecutedCall(int step, String peer, Request request, Optional<Answer> answer) {}

  /**
   * Immutable; a peer's state after the run.
   *
   * @param alias the alias
   * @param invocations how often it was invoked
   * @param dataSize bytes of its stored data
   * @param lcid {@code data.lcid}
   * @param compactTrace one line per trace state ({@link CompactTrace})
   * @param trace {@code data.trace} exactly as stored (an array node)
   */
  public record PeerFinal(String alias, int invocations, int dataSize, long lcid, List<String> compactTrace,
      JsonNode trace) {
    public PeerFinal {
      compactTrace = List.copyOf(compactTrace);
    }
  }
}
