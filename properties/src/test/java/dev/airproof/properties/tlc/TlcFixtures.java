package dev.airproof.properties.tlc;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airproof.interpreter.scenario.ServiceBehaviour;
import dev.airproof.interpreter.scenario.ServiceTable;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.CallSite;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.syntax.Rejected;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.explorer.PeerSpec;
import dev.airproof.properties.explorer.ServiceDescription;
import dev.airproof.properties.explorer.ServiceModel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test helpers: environments with peer id = alias and a scenario-style service table. */
final class TlcFixtures {
  private TlcFixtures() {}

  /** A scenario-style table; answers as the scenario runner does (first alternative). */
  record Table(Map<String, Map<String, ServiceBehaviour>> services) implements ServiceModel {
    @Override
    public List<CallServiceResult> answers(String peer, String service, String function,
        List<JsonNode> args, int nth, CallSite site) {
      return ServiceTable.lookup(services, peer, service, function)
          .map(b -> ServiceTable.resolve(b, args, nth).stream().toList())
          .orElseGet(() -> List.of(ServiceTable.noServiceFound(service, function, args)));
    }

    @Override
    public Optional<ServiceDescription> description() {
      return Optional.of(new ServiceDescription.Table(services));
    }
  }

  static Environment environment(String air, List<String> peers,
      Map<String, Map<String, ServiceBehaviour>> services, FaultBudget faults) {
    var script = switch (AirParser.parse("fixture.air", air)) {
      case Parsed p -> p.root();
      case Rejected r -> {
        fail("does not parse: " + r);
        yield null;
      }
    };
    List<PeerSpec> specs = peers.stream().map(a -> new PeerSpec(a, a, new byte[32])).toList();
    return new Environment(script, air, specs, 0, new Table(services), "particle-1", 0L, 120_000L,
        faults, true, true);
  }

  static ChildJvm jvm() {
    return ChildJvm.fromClasspath();
  }

  static Path workRoot() {
    return Path.of("target", "tlc-backend-runs");
  }

  static List<String> peers(String... aliases) {
    return Arrays.asList(aliases);
  }
}
