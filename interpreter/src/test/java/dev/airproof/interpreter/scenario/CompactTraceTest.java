package dev.airproof.interpreter.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompactTraceTest {
  @Test
  void everyStateKind() {
    TestData d = new TestData()
        .par(1, 2)
        .scalar("15.0", "P", "s", "f")
        .stream("{\"b\":[1,2.5],\"a\":\"x\"}", 3, "Q", "svc", "fn")
        .unused("\"u\"")
        .failed(1, "\"boom\"", "P", "s", "g")
        .sentBy("R")
        .sentBy("R", 7)
        .fold(new int[] {3, 4, 2, 10, 0}, new int[] {5, 6, 1, 7, 1})
        .fold()
        .ap(0)
        .canon("C", List.of("10", "\"x\"", "{\"k\":1e21}"))
        .canon("C", List.of())
        .canonSentBy("S")
        .raw(TestData.json("{\"weird\":1}"));
    List<String> expected = List.of(
        "par 1 2",
        "call scalar 15 <- P s.f",
        "call stream gen=3 {\"a\":\"x\",\"b\":[1,2.5]} <- Q svc.fn",
        "call unused",
        "call failed {\"message\":\"\\\"boom\\\"\",\"ret_code\":1} <- P s.g",
        "call sent_by R",
        "call sent_by R call_id=7",
        "fold 3:[4+2 10+0] 5:[6+1 7+1]",
        "fold",
        "ap gens=[0]",
        "canon [10,\"x\",{\"k\":1e+21}] by C",
        "canon [] by C",
        "canon sent_by S",
        "?{\"weird\":1}");
    assertEquals(expected, CompactTrace.lines(d.document()));
    assertEquals(expected, CompactTrace.lines(d.document().get("data")), "data object alone works too");
  }

  @Test
  void missingCidsAreMarked() {
    var doc = TestData.json("{\"trace\":[{\"call\":{\"executed\":{\"scalar\":\"bagaaihranope\"}}},"
        + "{\"canon\":{\"executed\":\"bagaaihranope\"}}],\"cid_info\":{}}");
    assertEquals(List.of("call scalar <missing CID>", "canon <missing CID>"), CompactTrace.lines(doc));
  }

  @Test
  void realAquaVmShapeFromDrivingDoc() {
    var doc = TestData.json("{\"versions\":{\"interpreter_version\":\"0.62.0\",\"version\":\"0.17.2\"},"
        + "\"data\":{\"trace\":[{\"call\":{\"sent_by\":{\"PeerIdWithCallId\":{\"call_id\":1,"
        + "\"peer_id\":\"12D3KooWCNR6wpQhZuw72LvLvwu78yh3yw8PNeRTzcqwibwJswk2\"}}}}],\"lcid\":1,"
        + "\"cid_info\":{\"value_store\":{},\"tetraplet_store\":{},\"canon_element_store\":{},"
        + "\"canon_result_store\":{},\"service_result_store\":{}},\"signatures\":{}}}");
    assertEquals(List.of("call sent_by 12D3KooWCNR6wpQhZuw72LvLvwu78yh3yw8PNeRTzcqwibwJswk2 call_id=1"),
        CompactTrace.lines(doc));
  }
}
