package dev.airproof.properties.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.CallSite;
import java.util.List;
import java.util.Optional;

/**
 * The environment's services: for a call request, every answer it may give. An empty list means the
 * service never answers (the call stays unanswered and does not keep the run alive).
 */
public interface ServiceModel {
  /**
   * The allowed answers, in a fixed order (alternative indexes are reported in counterexamples).
   *
   * @param peer the alias of the peer that runs the call
   * @param service the service id
   * @param function the function name
   * @param args the resolved arguments
   * @param nth how many calls of this peer, service and function were answered before (0-based)
   * @param site the call instance (position in the script and fold iteration)
   */
  List<CallServiceResult> answers(
      String peer, String service, String function, List<JsonNode> args, int nth, CallSite site);

  /**
   * These services as data, when they have such a description; back ends that cannot ask the model
   * call by call (TLA+) need it. The default has none.
   */
  default Optional<ServiceDescription> description() {
    return Optional.empty();
  }
}
