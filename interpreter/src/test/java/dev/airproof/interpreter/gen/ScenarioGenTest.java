package dev.airproof.interpreter.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.scenario.Scenario;
import dev.airproof.interpreter.scenario.ScenarioReadResult;
import dev.airproof.interpreter.scenario.ScenarioReader;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link ScenarioGen}: deterministic, readable scenarios with parseable scripts and 2–6 peers. */
class ScenarioGenTest {

  @Test
  void theSameSeedAndIndexGiveTheSameScenario() {
    assertEquals(ScenarioGen.nth(5, 7, ScenarioGen.Config.defaults()).scenario(),
        ScenarioGen.nth(5, 7, ScenarioGen.Config.defaults()).scenario());
    assertTrue(!ScenarioGen.nth(5, 7, ScenarioGen.Config.defaults()).scenario()
        .equals(ScenarioGen.nth(5, 8, ScenarioGen.Config.defaults()).scenario()));
    assertEquals("gen-5-7", ScenarioGen.nth(5, 7, ScenarioGen.Config.defaults()).scenario().path("name").asText());
  }

  @TestFactory
  Stream<DynamicTest> generatedScenariosAreValid() {
    long seed = Long.getLong("airproof.test.seed", 77);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int index = i;
      tests.add(DynamicTest.dynamicTest("seed " + seed + " case " + i, () -> check(seed, index)));
    }
    return tests.stream();
  }

  private static void check(long seed, int index) {
    ScenarioGen.Generated g = ScenarioGen.nth(seed, index, ScenarioGen.Config.defaults());
    ScenarioReadResult read = ScenarioReader.read(g.scenario().toString(), "gen");
    Scenario s = assertInstanceOf(ScenarioReadResult.Read.class, read, () -> read.toString()).scenario();
    assertTrue(s.peers().size() >= 2 && s.peers().size() <= 6, s.peers().toString());
    assertInstanceOf(Parsed.class, AirParser.parse("gen", s.air()), s.air());
    assertTrue(g.mix().counts().values().stream().mapToInt(Integer::intValue).sum() > 0, "empty mix");
    assertTrue(!g.behaviours().isEmpty());
  }
}
