package dev.airproof.properties.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import dev.airproof.interpreter.syntax.AirParser;
import dev.airproof.interpreter.syntax.Parsed;
import dev.airproof.properties.environment.DefaultEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explorer's sender quotient ({@link ExplorerState#withoutSenders()}): only the peer id of a
 * plain {@code sent_by} call state is blanked, and a join of N senders then costs 2^N states
 * instead of N 2^(N-1).
 */
class SenderQuotientTest {
  private static DataRef data(String json) {
    return DataRef.own(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void blanksOnlyThePeerIdOfPlainSentByStates() {
    String plain = "{\"data\":{\"trace\":[{\"call\":{\"sent_by\":{\"PeerId\":\"12D3KooWA\"}}},"
        + "{\"call\":{\"sent_by\":{\"PeerIdWithCallId\":{\"call_id\":1,\"peer_id\":\"12D3KooWB\"}}}},"
        + "{\"canon\":{\"sent_by\":\"12D3KooWC\"}},{\"call\":{\"sent_by\":{\"PeerId\":\"12D3KooWD\"}}}],"
        + "\"value_store\":{\"b1\":\"{\\\"sent_by\\\":{\\\"PeerId\\\":\\\"x\\\"}}\"}}}";
    String blank = new String(data(plain).withoutSenders().bytes(), StandardCharsets.UTF_8);
    assertEquals(plain.replace("12D3KooWA", "").replace("12D3KooWD", ""), blank);
  }

  @Test
  void dataWithoutPlainSendersIsItsOwnClass() {
    DataRef d = data("{\"data\":{\"trace\":[{\"canon\":{\"sent_by\":\"12D3KooWC\"}}]}}");
    assertSame(d, d.withoutSenders());
    assertSame(DataRef.EMPTY, DataRef.EMPTY.withoutSenders());
  }

  @Test
  void statesThatDifferOnlyInTheFirstSenderAreOneClass() {
    DataRef a = data("{\"t\":[{\"call\":{\"sent_by\":{\"PeerId\":\"P1\"}}}]}");
    DataRef b = data("{\"t\":[{\"call\":{\"sent_by\":{\"PeerId\":\"P2\"}}}]}");
    ExplorerState sa = ExplorerState.initial(2, 0).change().setData(1, a).build();
    ExplorerState sb = ExplorerState.initial(2, 0).change().setData(1, b).build();
    assertNotEquals(sa, sb);
    assertEquals(sa.withoutSenders(), sb.withoutSenders());
  }

  @Test
  void aJoinOfFourSendersCostsTwoToTheFourStatesAtTheJoiningPeer() {
    String text = "(seq (seq (par (call \"p1\" (\"s\" \"f\") [] x1) (par (call \"p2\" (\"s\" \"f\") [] x2)"
        + " (par (call \"p3\" (\"s\" \"f\") [] x3) (call \"p4\" (\"s\" \"f\") [] x4))))"
        + " (call \"avg\" (\"m\" \"avg\") [x1 x2 x3 x4] a)) (call %init_peer_id% (\"cb\" \"r\") [a]))";
    var script = ((Parsed) AirParser.parse("join.air", text)).root();
    var env = ((DefaultEnvironment.Ok) DefaultEnvironment.build(script, text,
        new DefaultEnvironment.Options(false, Map.of(), FaultBudget.NONE))).environment();
    TransitionSystem ts = new TransitionSystem(env, new AquaVmInterpreter());
    ExplorationResult r = new Explorer(ts, Bounds.DEFAULT, Progress.NONE, System::nanoTime, true).explore();
    assertTrue(r.complete());
    int avg = -1;
    for (int p = 0; p < env.peers().size(); p++) {
      if (ts.alias(p).equals("avg")) {
        avg = p;
      }
    }
    java.util.Set<DataRef> joining = new java.util.HashSet<>();
    for (int i = 0; i < r.space().size(); i++) {
      joining.add(r.space().state(i).data(avg).withoutSenders());
    }
    // Every proper subset of the four particles merged (15, the empty one included); merging the
    // last one issues the request at once; then the result: 15 + 2. Without the quotient the
    // subsets would also differ by their first sender.
    assertEquals(15 + 2, joining.size(), "classes of the joining peer's data");
    assertEquals(1, r.quiescent().size());
  }
}
