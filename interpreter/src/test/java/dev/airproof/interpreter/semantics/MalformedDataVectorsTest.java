package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.FoldResult;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vectors V50-V53 of air-semantics.md §6.3: malformed data is uncatchable, prev data returned. */
class MalformedDataVectorsTest {
  private static final byte[] EMPTY = new byte[0];

  private static Outcome run(String peer, String air, byte[] prev, byte[] cur) {
    return new Vm(peer, Vm.unit()).single(air, prev, cur, Map.of());
  }

  private static void assertUncatchable(Outcome o, long code, byte[] prev) {
    assertEquals(code, o.retCode(), o.errorMessage());
    assertArrayEquals(prev, o.data());
    assertEquals(List.of(), o.nextPeers());
    assertTrue(o.callRequests().isEmpty());
  }

  @Test
  void v50_scalar_mismatch_and_stream_generation_tolerance() {
    String air = "(call \"peer\" (\"\" \"\") [] var)";
    byte[] prev = new TraceBuilder().scalar(JValues.integer(42), "peer").bytes();
    byte[] cur = new TraceBuilder().scalar(JValues.integer(43), "peer").bytes();
    Outcome o = run("peer", air, prev, cur);
    assertUncatchable(o, 20000, prev);
    assertTrue(o.errorMessage().startsWith("on instruction 'call \"peer\" (\"\" \"\") [] var' trace"
        + " handler encountered an error: values in call results are not equal: Scalar(CID(\"bagaaihra"),
        o.errorMessage());
    String airS = "(call \"peer\" (\"\" \"\") [] $var)";
    Outcome s = run("peer", airS, new TraceBuilder().stream(JValues.integer(42), 0, "peer").bytes(),
        new TraceBuilder().stream(JValues.integer(42), 1, "peer").bytes());
    assertEquals(0, s.retCode(), s.errorMessage());
  }

  @Test
  void v51_par_len_underflow() {
    byte[] cur = new TraceBuilder().par(42, 1).sentBy("vm_peer_id_1").bytes();
    Outcome o = run("vm_peer_id_1", "(par (ap 42 some) (call \"other\" (\"\" \"\") [some] other))",
        EMPTY, cur);
    assertUncatchable(o, 20000, EMPTY);
    assertTrue(o.errorMessage().contains("underflow"), o.errorMessage());
  }

  @Test
  void v51_incompatible_and_different_states() {
    String air = "(seq (call \"p\" (\"\" \"\") [] scalar) (ap scalar $stream))";
    TraceBuilder p = new TraceBuilder().scalar(JValues.integer(1), "p").ap(1);
    TraceBuilder c = new TraceBuilder().scalar(JValues.integer(1), "p").scalar(JValues.integer(1), "p");
    assertUncatchable(run("p", air, p.bytes(), c.bytes()), 20000, p.bytes());
    byte[] prev = new TraceBuilder().ap(42).bytes();
    assertUncatchable(run("p", "(call \"p\" (\"\" \"\") [] x)", prev, EMPTY), 20000, prev);
  }

  @Test
  void v51_lore_errors_and_invalid_generations() {
    String air = "(par (call \"vm_peer_id_1\" (\"\" \"\") [] $s) (fold $s i (seq (call \"vm_peer_id_2\""
        + " (\"\" \"\") [] a) (next i))))";
    TraceBuilder same = new TraceBuilder().par(1, 2).stream(Vm.json("[42,43]"), 0, "vm_peer_id_1")
        .add(new FoldResult(List.of(TraceBuilder.lore(1, 3, 1, 4, 0), TraceBuilder.lore(1, 3, 1, 4, 0))))
        .sentBy("vm_peer_id_1");
    Outcome o = run("vm_peer_id_1", air, same.bytes(), EMPTY);
    assertUncatchable(o, 20000, same.bytes());
    assertTrue(o.errorMessage().contains("several subtraces with the same value_pos 1"));
    TraceBuilder noStream = new TraceBuilder().par(1, 2).stream(Vm.json("[42,43]"), 0, "vm_peer_id_1")
        .add(new FoldResult(List.of(TraceBuilder.lore(0, 3, 1, 4, 0)))).sentBy("vm_peer_id_1");
    assertUncatchable(run("vm_peer_id_1", air, noStream.bytes(), EMPTY), 20000, noStream.bytes());
    TraceBuilder noElement = new TraceBuilder().par(1, 2).stream(Vm.json("[42,43]"), 0, "vm_peer_id_1")
        .add(new FoldResult(List.of(TraceBuilder.lore(42, 3, 1, 4, 0)))).sentBy("vm_peer_id_1");
    assertUncatchable(run("vm_peer_id_1", air, noElement.bytes(), EMPTY), 20000, noElement.bytes());
    TraceBuilder gens = new TraceBuilder().ap(42, 42);
    assertUncatchable(run("p", "(ap 1 $s)", gens.bytes(), EMPTY), 20000, gens.bytes());
  }

  @Test
  void v52_uncatchable_trace_unrelated() {
    byte[] scalarForStream = new TraceBuilder().scalar(JValues.integer(1), "p").bytes();
    assertUncatchable(run("p", "(call \"p\" (\"\" \"\") [] $some)", scalarForStream, EMPTY), 20006,
        scalarForStream);
    byte[] missingCid = new String(new TraceBuilder().add(new CallResult.Executed(
        new dev.airproof.interpreter.data.ValueRef.Scalar("bagaaihra-missing"))).bytes(),
        StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    assertUncatchable(run("p", "(call \"p\" (\"\" \"\") [] x)", missingCid, EMPTY), 20010, missingCid);
    TraceBuilder failed = new TraceBuilder();
    failed.add(new CallResult.Failed(failed.service(JValues.text("error"), "p", "", "")));
    assertUncatchable(run("p", "(call \"p\" (\"\" \"\") [] x)", failed.bytes(), EMPTY), 20012,
        failed.bytes());
    assertUncatchable(run("p", "(seq (ap 42 $s) (fold $s i (seq (ap i $s) (next i))))", EMPTY, EMPTY),
        20013, EMPTY);
    assertUncatchable(run("p", "(seq (ap 42 v) (ap 42 v))", EMPTY, EMPTY), 20007, EMPTY);
  }

  @Test
  void v52_iterable_shadowing_and_fold_state_not_found() {
    Vm vm = new Vm("p", Vm.returning(Vm.json("[1,2]")));
    Vm.Result shadow = vm.call("(seq (call \"p\" (\"\" \"\") [] it) (fold it i (call \"p\" (\"\" \"\")"
        + " [] i)))", EMPTY);
    assertEquals(20004, shadow.retCode());
    Vm.Result notFound = vm.call("(seq (call \"p\" (\"\" \"\") [] it) (seq (fold it i (next i))"
        + " (next i)))", EMPTY);
    assertEquals(20003, notFound.retCode());
  }

  @Test
  void v53_preparation_errors() {
    Vm vm = new Vm("p", Vm.unit());
    assertEquals(3, vm.single("(null)", EMPTY, "{\"trace\":[1,2,3]}".getBytes(StandardCharsets.UTF_8),
        Map.of()).retCode());
    assertEquals(4, vm.single("(null)", EMPTY, ("{\"versions\":{\"interpreter_version\":\"0.62.0\","
        + "\"version\":\"0.17.2\"}}").getBytes(StandardCharsets.UTF_8), Map.of()).retCode());
    assertEquals(2, vm.single("(null)", EMPTY, ("{\"versions\":{\"interpreter_version\":\"0.62.0\","
        + "\"version\":\"0.17.2\"},\"data\":{\"trace\":[1]}}").getBytes(StandardCharsets.UTF_8),
        Map.of()).retCode());
    assertEquals(6, vm.single("(null)", EMPTY, ("{\"versions\":{\"interpreter_version\":\"0.60.0\","
        + "\"version\":\"0.17.2\"},\"data\":{}}").getBytes(StandardCharsets.UTF_8), Map.of()).retCode());
    Outcome unused = vm.single("(null)", EMPTY, EMPTY, Map.of(70, new CallServiceResult(0, "1")));
    assertEquals(30000, unused.retCode());
    String big = "(null)" + " ".repeat(100);
    RunParameters hard = new RunParameters("", "p", 0, 0, 0, new byte[32], "", 10, 100, 100, true);
    Outcome sized = Vm.INTERPRETER.invoke(Air.parse("(null)"), big, EMPTY, EMPTY, hard, Map.of());
    assertEquals(10, sized.retCode());
  }
}
