package dev.airproof.translator.petri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.petri.reach.ExplorationLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AIR rules the net must follow, each on a small script (calls never fail unless said). */
class TranslationSemanticsTest {
  private static NetAnalysis analyse(String air, boolean failures) {
    Translation t = Examples.translate(Examples.parse("t.air", air),
        NetOptions.defaults().withCallsMayFail(failures));
    return NetAnalysis.explore(t, ExplorationLimits.states(100_000));
  }

  private static String verdicts(String air, boolean failures) {
    NetAnalysis a = analyse(air, failures);
    return List.of(a.termination(), a.completion(), a.noStuckJoin()).stream()
        .map(c -> c.status().name().substring(0, 1)).reduce("", String::concat);
  }

  @Test
  void parCompletesWhenEitherBranchCompletes() {
    assertEquals("HHH", verdicts("""
        (seq (par (call "a" ("s" "f") []) (never)) (call %init_peer_id% ("s" "g") []))""", false));
  }

  @Test
  void parOfTwoNeversNeverCompletesAndThatIsNotAJoin() {
    assertEquals("HVH", verdicts("""
        (seq (par (never) (never)) (call %init_peer_id% ("s" "g") []))""", false));
  }

  @Test
  void aVariableNobodyDefinesIsAStuckJoin() {
    NetAnalysis a = analyse("""
        (seq (xor (match 1 2 (call "a" ("s" "f") [] y)) (null))
             (call %init_peer_id% ("s" "g") [y]))""", false);
    assertEquals(NetCheck.Status.VIOLATED, a.noStuckJoin().status());
    assertTrue(a.noStuckJoin().detail().contains("at 2:6 waits on y"), a.noStuckJoin().detail());
  }

  @Test
  void literalMatchIsDecidedStaticallyAndXorCatchesIt() {
    NetAnalysis a = analyse("(xor (match 1 2 (call %init_peer_id% (\"s\" \"f\") [])) (null))", false);
    assertEquals(NetCheck.Status.HOLDS, a.completion().status());
    assertTrue(a.translation().elements().values().stream()
        .noneMatch(e -> e.role() == Role.MATCH_PASS || e.dataChoice()));
  }

  @Test
  void aDataDependentMatchFailureIsUnknownNotViolated() {
    NetCheck c = analyse("(seq (call %init_peer_id% (\"s\" \"f\") [] x) (match x 1 (null)))", false)
        .completion();
    assertEquals(NetCheck.Status.UNKNOWN, c.status());
    assertTrue(c.detail().contains("match-fail 1:43"), c.detail());
  }

  @Test
  void endingOnAnotherPeerIsNotCompleteOnTheInitPeer() {
    NetCheck c = analyse("(call \"b\" (\"s\" \"f\") [])", false).completion();
    assertEquals(NetCheck.Status.VIOLATED, c.status());
    assertTrue(c.detail().contains("completed on b, not on the init peer"), c.detail());
  }

  @Test
  void eachWayToTheEndKnowsItsPeer() {
    NetCheck c = analyse("""
        (xor (call "a" ("s" "f") []) (call %init_peer_id% ("s" "g") []))""", true).completion();
    assertEquals(NetCheck.Status.VIOLATED, c.status(), c.detail());
    assertTrue(c.detail().contains("completed on a, not on the init peer"), c.detail());
    assertEquals(NetCheck.Status.HOLDS, analyse("""
        (xor (seq (call "a" ("s" "f") []) (call %init_peer_id% ("s" "h") []))
             (call %init_peer_id% ("s" "g") []))""", false).completion().status());
  }

  @Test
  void xorRunsItsRightBranchOnlyOnAnError() {
    assertEquals("HVH", verdicts("""
        (seq (xor (call "a" ("s" "f") [] x) (call "a" ("s" "g") [] x))
             (call %init_peer_id% ("s" "h") [x]))""", true),
        "x is defined on both ways; only a failing last call (or both a calls) stops completion");
    NetAnalysis a = analyse("""
        (seq (xor (call "a" ("s" "f") [] x) (call %init_peer_id% ("s" "g") []))
             (call %init_peer_id% ("s" "h") [x]))""", true);
    assertTrue(a.noStuckJoin().detail().contains("waits on x"), a.noStuckJoin().detail());
  }

  @Test
  void seqFormFoldCompletesAtItsEndAndParFormDoesNotWithoutABody() {
    assertEquals("HHH", verdicts("""
        (seq (fold [] i (seq (null) (next i))) (call %init_peer_id% ("s" "f") []))""", false));
    assertEquals("HHH", verdicts("""
        (seq (seq (call %init_peer_id% ("s" "l") [] xs) (fold xs i (seq (null) (next i))))
             (call %init_peer_id% ("s" "f") []))""", false));
  }

  @Test
  void aStreamFoldWithoutElementsWaitsButIsNoJoin() {
    assertEquals("HVH", verdicts("""
        (new $s (seq (fold $s i (seq (null) (next i)) (null)) (call %init_peer_id% ("s" "f") [])))""",
        false));
  }

  @Test
  void properCompletionAllowsNeverButNotAWaitingBranch() {
    assertEquals(NetCheck.Status.HOLDS, analyse("""
        (seq (par (null) (never)) (null))""", false).properCompletion().status());
    NetCheck c = analyse("""
        (seq (xor (match 1 2 (ap 1 y)) (null))
             (par (null) (call %init_peer_id% ("s" "f") [y])))""", false).properCompletion();
    assertEquals(NetCheck.Status.VIOLATED, c.status());
    assertTrue(c.detail().contains("never ran"), c.detail());
  }

  @Test
  void aNetOverTheSizeLimitIsRefusedAsUnsupported() {
    TranslationResult r = AirToNet.translate(
        Examples.parse("t.air", "(fold [] i (seq (null) (next i)))"), NetOptions.defaults());
    assertInstanceOf(TranslationResult.Translated.class, r);
    TranslationResult big = AirToNet.translate(Examples.parse("t.air",
        "(seq (call %init_peer_id% (\"s\" \"l\") [] xs) (fold xs a (fold xs b (fold xs c (seq (call %init_peer_id% (\"s\" \"f\") []) (seq (next a) (seq (next b) (next c))))))))"),
        new NetOptions(16, true, 500));
    TranslationResult.Unsupported u = assertInstanceOf(TranslationResult.Unsupported.class, big);
    assertEquals("net size", u.construct());
  }
}
