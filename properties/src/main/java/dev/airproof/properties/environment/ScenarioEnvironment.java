package dev.airproof.properties.environment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.data.keys.PeerIdentity;
import dev.airproof.interpreter.scenario.PeerDirectory;
import dev.airproof.interpreter.scenario.Scenario;
import dev.airproof.interpreter.scenario.ServiceBehaviour;
import dev.airproof.interpreter.scenario.ServiceTable;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.CallSite;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.PeerSpec;
import dev.airproof.properties.explorer.ServiceDescription;
import dev.airproof.properties.explorer.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exploration environment of a scenario file ({@code docs/scenarios.md}): its peers with their
 * derived identities, its init peer, particle and error policy, and its services, where
 * {@code {"oneOf": [...]}} allows every alternative (the runner takes the first) and a
 * {@code sequence} gives the answer of the n-th call. Delivery order and seeds are ignored: the
 * explorer tries every order.
 */
public final class ScenarioEnvironment {
  private ScenarioEnvironment() {}

  /** The environment of {@code scenario}, whose script parsed to {@code script}. */
  public static Environment of(Scenario scenario, Instruction script, FaultBudget faults) {
    PeerDirectory directory = PeerDirectory.of(scenario.peers());
    List<PeerSpec> peers = new ArrayList<>();
    for (String alias : scenario.peers()) {
      PeerIdentity id = directory.identity(alias);
      peers.add(new PeerSpec(alias, id.peerId(), id.seed()));
    }
    int init = scenario.peers().indexOf(scenario.initPeer());
    ServiceModel services = new ScenarioServices(scenario.services());
    return new Environment(script, scenario.air(), peers, init, services, scenario.particle().id(),
        scenario.particle().timestamp(), scenario.particle().ttl(), faults,
        scenario.delivery().onError().storeData(), scenario.delivery().onError().forward());
  }

  /** Every answer a behaviour allows for the {@code nth} call. */
  static List<CallServiceResult> alternatives(ServiceBehaviour b, List<JsonNode> args, int nth) {
    return switch (b) {
      case ServiceBehaviour.OneOf o -> {
        List<CallServiceResult> all = new ArrayList<>();
        for (ServiceBehaviour alt : o.alternatives()) {
          for (CallServiceResult r : alternatives(alt, args, nth)) {
            if (!all.contains(r)) {
              all.add(r);
            }
          }
        }
        yield all;
      }
      case ServiceBehaviour.Sequence s ->
          alternatives(s.steps().get(Math.min(nth, s.steps().size() - 1)), args, nth);
      case ServiceBehaviour.Return r -> ServiceTable.resolve(r, args, nth).stream().toList();
      case ServiceBehaviour.Error e -> ServiceTable.resolve(e, args, nth).stream().toList();
      case ServiceBehaviour.Echo e -> ServiceTable.resolve(e, args, nth).stream().toList();
      case ServiceBehaviour.Arg a -> ServiceTable.resolve(a, args, nth).stream().toList();
      case ServiceBehaviour.Raw r -> ServiceTable.resolve(r, args, nth).stream().toList();
      case ServiceBehaviour.NoResponse n -> List.of();
    };
  }

  private record ScenarioServices(Map<String, Map<String, ServiceBehaviour>> services)
      implements ServiceModel {
    @Override
    public List<CallServiceResult> answers(String peer, String service, String function,
        List<JsonNode> args, int nth, CallSite site) {
      return ServiceTable.lookup(services, peer, service, function)
          .map(b -> alternatives(b, args, nth))
          .orElseGet(() -> List.of(ServiceTable.noServiceFound(service, function, args)));
    }

    @Override
    public Optional<ServiceDescription> description() {
      return Optional.of(new ServiceDescription.Table(services));
    }
  }
}
