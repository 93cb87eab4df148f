package dev.airproof.properties.tlc;

import static dev.airproof.properties.tlc.TlcFixtures.environment;
import static dev.airproof.properties.tlc.TlcFixtures.peers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.interpreter.scenario.ServiceBehaviour;
import dev.airproof.properties.environment.DefaultEnvironment;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.translator.tla.AnswerRule;
import dev.airproof.translator.tla.TlaEnvironment;
import dev.airproof.translator.tla.TlaOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The explorer's environments as finite TLA+ environments, and what is refused. */
class TlaEnvironmentsTest {
  private static Environment bare(String air, boolean failures, FaultBudget faults) {
    Instruction script = ((Parsed) AirParser.parse("t.air", air)).root();
    return ((DefaultEnvironment.Ok) DefaultEnvironment.build(script, air,
        new DefaultEnvironment.Options(failures, Map.of(), faults))).environment();
  }

  private static TlaEnvironment ready(Environment env) {
    return assertInstanceOf(TlaEnvironments.Ready.class, TlaEnvironments.of(env)).environment();
  }

  private static String refused(Environment env) {
    return assertInstanceOf(TlaEnvironments.Refused.class, TlaEnvironments.of(env)).why().message();
  }

  @Test
  void defaultAnswersArePerCallSiteAndUnreadValuesAreShared() {
    String air = """
        (seq (call "a" ("s" "get") [] x)
         (seq (call %init_peer_id% ("cb" "r") [x]) (call %init_peer_id% ("cb" "r") [])))""";
    TlaEnvironment env = ready(bare(air, true, FaultBudget.NONE));
    List<AnswerRule> rules = env.answers();
    assertEquals(2, rules.size(), rules.toString());
    assertEquals(Optional.of("s"), rules.get(0).service());
    assertEquals(List.of(new TlaOutcome.Ok(JsonNodeFactory.instance.textNode("s.get@1:6")),
        new TlaOutcome.Fail("s.get failed")), rules.get(0).outcomes());
    assertEquals(List.of(new TlaOutcome.Ok(JsonNodeFactory.instance.textNode("cb.r")),
        new TlaOutcome.Fail("cb.r failed")), rules.get(1).outcomes());
    assertTrue(rules.get(1).origin().contains("2:7") && rules.get(1).origin().contains("2:44"),
        rules.get(1).origin());
    assertEquals(List.of("init", "a"), env.peers().stream().map(p -> p.alias()).toList());
  }

  @Test
  void sitesWithOutputsAreSplitByTheirLiteralPeers() {
    String air = "(par (call \"a\" (\"s\" \"get\") [] x) (call \"b\" (\"s\" \"get\") [] y))";
    List<AnswerRule> rules = ready(bare(air, false, FaultBudget.NONE)).answers();
    assertEquals(List.of(Optional.of("a"), Optional.of("b")), rules.stream().map(AnswerRule::peer).toList());
  }

  @Test
  void indistinguishableSitesAreRefusedWithTheirPositions() {
    String air = "(seq (call \"a\" (\"s\" \"get\") [] x) (call \"a\" (\"s\" \"get\") [] y))";
    String why = refused(bare(air, false, FaultBudget.NONE));
    assertTrue(why.contains("1:6, 1:34") && why.contains("cannot tell these call sites apart"), why);
  }

  @Test
  void faultBudgetsMapToOneKindOnly() {
    String air = "(call \"a\" (\"s\" \"f\") [])";
    TlaEnvironment env = ready(bare(air, false, new FaultBudget(0, 0, 2)));
    assertEquals(Set.of("amnesia"), env.faults());
    assertEquals(2, env.faultBudget());
    assertTrue(refused(bare(air, false, new FaultBudget(1, 1, 0))).contains("several fault kinds"));
  }

  @Test
  void scenarioBehavioursBecomeOutcomeSetsOrAreRefusedByName() {
    String air = "(call \"a\" (\"s\" \"f\") [1] x)";
    var ok = ready(environment(air, peers("client", "a"), Map.of(
        "a", Map.of("s/f", new ServiceBehaviour.OneOf(List.of(new ServiceBehaviour.Echo(),
            new ServiceBehaviour.Arg(0), new ServiceBehaviour.Raw(1, "boom")))),
        "*", Map.of("*", new ServiceBehaviour.Sequence(List.of(
            new ServiceBehaviour.Return(JsonNodeFactory.instance.numberNode(1)),
            new ServiceBehaviour.Return(JsonNodeFactory.instance.numberNode(1)))))),
        FaultBudget.NONE));
    assertEquals(List.of(new TlaOutcome.EchoArgs(), new TlaOutcome.Arg(0), new TlaOutcome.Fail("boom")),
        ok.answers().get(0).outcomes());
    assertEquals(Optional.empty(), ok.answers().get(1).peer());
    String silent = refused(environment(air, peers("client", "a"),
        Map.of("*", Map.of("*", new ServiceBehaviour.NoResponse())), FaultBudget.NONE));
    assertTrue(silent.contains("noResponse"), silent);
    ServiceBehaviour oneThenTwo = new ServiceBehaviour.Sequence(List.of(
        new ServiceBehaviour.Return(JsonNodeFactory.instance.numberNode(1)),
        new ServiceBehaviour.Return(JsonNodeFactory.instance.numberNode(2))));
    String counted = refused(environment(air, peers("client", "a"),
        Map.of("*", Map.of("s/f", oneThenTwo)), FaultBudget.NONE));
    assertTrue(counted.contains("sequence") && counted.contains("services.*.s/f"), counted);
  }
}
