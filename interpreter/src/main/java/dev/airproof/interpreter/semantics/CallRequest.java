package dev.airproof.interpreter.semantics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.data.SecurityTetraplet;
import java.util.List;
import java.util.Objects;

/**
 * Immutable; a service call the interpreter asks the host to perform, AquaVM's
 * {@code CallRequestParams}.
 *
 * @param serviceId the service
 * @param functionName the function
 * @param arguments the resolved argument values (treat the nodes as immutable)
 * @param tetraplets one list of tetraplets per argument
 */
public record CallRequest(
    String serviceId, String functionName, List<JsonNode> arguments,
    List<List<SecurityTetraplet>> tetraplets) {
  public CallRequest {
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(functionName, "functionName");
    arguments = List.copyOf(arguments);
    tetraplets = tetraplets.stream().map(List::copyOf).toList();
  }
}
