package dev.airproof.properties.petri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.properties.petri.NetExplorerComparison.CallMultiset;
import dev.airproof.properties.petri.NetExplorerComparison.Outcome;
import dev.airproof.translator.petri.AirToNet;
import dev.airproof.translator.petri.NetAnalysis;
import dev.airproof.translator.petri.NetOptions;
import dev.airproof.translator.petri.TranslationResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The comparison on fork-join with failures, against quiescent call multisets worked out by hand
 * (provider calls at 5:4 and 6:4, averager at 8:3, callback at 10:2).
 */
class NetExplorerComparisonTest {
  static final String FORKJOIN = """
      ; Fork-join
      (seq
       (seq
        (par
         (call "provider_1" ("price" "get") ["BTC"] p1)
         (call "provider_2" ("price" "get") ["BTC"] p2)
        )
        (call "averager" ("math" "avg") [p1 p2] avg)
       )
       (call %init_peer_id% ("callback" "result") [avg])
      )
      """;

  static NetAnalysis net() {
    Instruction script = ((Parsed) AirParser.parse("f.air", FORKJOIN)).root();
    var t = ((TranslationResult.Translated) AirToNet.translate(script,
        NetOptions.defaults().withCallsMayFail(true))).translation();
    return NetAnalysis.explore(t, ExplorationLimits.states(10_000));
  }

  static CallMultiset calls(Outcome... o) {
    return CallMultiset.of(List.of(o));
  }

  static Outcome ok(int line, int col) {
    return new Outcome(line, col, true);
  }

  static Outcome failed(int line, int col) {
    return new Outcome(line, col, false);
  }

  @Test
  void quiescentStatesOfRealRunsAreReproduced() {
    NetAnalysis net = net();
    Set<CallMultiset> real = Set.of(
        calls(ok(5, 4), ok(6, 4), ok(8, 3), ok(10, 2)),
        calls(failed(5, 4), ok(6, 4)),
        calls(failed(5, 4), failed(6, 4)),
        calls(ok(5, 4), ok(6, 4), ok(8, 3), failed(10, 2)));
    assertEquals(List.of(), NetExplorerComparison.unexplained(net, real));
  }

  @Test
  void theChoiceFreeNetEndsWithExactlyTheHandDerivedCallMultisets() {
    Set<CallMultiset> expected = Set.of(
        calls(ok(5, 4), ok(6, 4), ok(8, 3), ok(10, 2)),
        calls(ok(5, 4), ok(6, 4), ok(8, 3), failed(10, 2)),
        calls(ok(5, 4), ok(6, 4), failed(8, 3)),
        calls(failed(5, 4), ok(6, 4)),
        calls(ok(5, 4), failed(6, 4)),
        calls(failed(5, 4), failed(6, 4)));
    assertEquals(Optional.of(expected), NetExplorerComparison.terminalCalls(net(), 10_000));
  }

  @Test
  void impossibleOrUnfinishedOnesAreNot() {
    NetAnalysis net = net();
    assertFalse(NetExplorerComparison.reproducible(net, calls(ok(5, 4), ok(6, 4))),
        "the averager can still run: not a quiescent state");
    assertFalse(NetExplorerComparison.reproducible(net, calls(ok(8, 3))), "needs both prices");
    assertTrue(NetExplorerComparison.reproducible(net,
        calls(ok(5, 4), ok(6, 4), failed(8, 3))));
  }
}
