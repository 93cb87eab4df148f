package dev.airproof.properties.explorer;

import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.scenario.ServiceBehaviour;
import dev.airproof.interpreter.semantics.CallServiceResult;
import java.util.List;
import java.util.Map;

/**
 * Immutable; a {@link ServiceModel} as data, for back ends that translate the environment instead of
 * asking it (the TLA+ back end writes it into a finite {@code Answers} table).
 */
public sealed interface ServiceDescription {
  /**
   * Answers fixed per call site, independent of arguments and of how often the call ran (the default
   * environment of a bare script).
   *
   * @param answers for every call's span, its answers in order
   */
  record PerSite(Map<Span, List<CallServiceResult>> answers) implements ServiceDescription {
    public PerSite {
      answers = answers.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
          Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }
  }

  /**
   * A scenario's service table: peer alias (or {@code *}) to {@code service/function},
   * {@code service/*} or {@code *} to behaviour, looked up as {@code ServiceTable.lookup} does; a
   * request no entry matches fails with ret code 1.
   *
   * @param services the table
   */
  record Table(Map<String, Map<String, ServiceBehaviour>> services) implements ServiceDescription {
    public Table {
      services = Map.copyOf(services);
    }
  }
}
