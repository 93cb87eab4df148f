package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.CanonResult;
import dev.airproof.interpreter.data.FoldResult;
import dev.airproof.interpreter.data.FoldSubTraceLore;
import dev.airproof.interpreter.data.SubTraceDesc;
import dev.airproof.interpreter.data.ValueRef;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Further variants of V3, V7, V8, V14, V29, V35, V51 of air-semantics.md §6.3. */
class VariantVectorsTest {
  private static final byte[] EMPTY = new byte[0];

  @Test
  void v3_ttl() {
    Vm vm = new Vm("p", Vm.echo());
    vm.ttl = 1337;
    assertEquals("S(1337)", Traces.shape(vm.call("(call \"p\" (\"s\" \"f\") [%ttl%] r)", EMPTY).data()));
  }

  @Test
  void v7_par_local_remote() {
    Vm vm = new Vm("L", Vm.unit());
    Vm.Result r = vm.call("(par (call \"L\" (\"s\" \"f\") [] a) (call \"remote_peer_id_2\" (\"s\" \"f\")"
        + " [] b))", EMPTY);
    assertEquals(List.of("remote_peer_id_2"), r.nextPeers());
  }

  @Test
  void v8_xor_swapped() {
    Vm vm = new Vm("L", Vm.fallible("service_id_1"));
    Vm.Result r = vm.call("(xor (call \"L\" (\"service_id_2\" \"f\") [] result_1)"
        + " (call \"L\" (\"service_id_1\" \"f\") [] result_2))", EMPTY);
    assertEquals("S(\"success result from fallible_call_service\")", Traces.shape(r.data()));
  }

  @Test
  void v14_join_variants() {
    String[] blocked = {"(ap join_var $stream)", "(match join_var 1 (null))",
        "(mismatch join_var 1 (null))", "(fold join_var it (seq (null) (next it)))"};
    for (String b : blocked) {
      Vm vm = new Vm("peer_1_id", Vm.echo());
      Vm.Result r = vm.call("(par (call \"peer_2_id\" (\"s\" \"f\") [] join_var) (xor " + b
          + " (call \"peer_1_id\" (\"s\" \"f\") [])))", EMPTY);
      assertEquals("P(1,0) RS(peer_1_id)", Traces.of(r.data()), b);
    }
  }

  @Test
  void v29_empty_fold_lens() {
    Vm vm = new Vm("p", Vm.returning(Vm.json("{\"field\":[]}")));
    Vm.Result r = vm.call("(seq (call \"p\" (\"\" \"\") [] obj) (fold obj.$.field i (seq (call \"p\""
        + " (\"\" \"\") [i] x) (next i))))", EMPTY);
    assertEquals("S({\"field\":[]})", Traces.shape(r.data()));
  }

  @Test
  void v35_other_peers() {
    String air = "(seq (seq (seq (ap \"vm_2\" $stream) (ap \"vm_3\" $stream)) (ap \"vm_4\" $stream))"
        + " (seq (fold $stream peer_id (par (call peer_id (\"\" \"\") [] $new_stream) (next peer_id)))"
        + " (call \"vm_1\" (\"\" \"\") [])))";
    byte[] d1 = new Vm("vm_1", Vm.returning(JValues.integer(1))).call(air, EMPTY).outcome().data();
    Vm.Result r3 = new Vm("vm_3", Vm.returning(JValues.integer(1))).call(air, d1);
    assertEquals("Ap(0) Ap(0) Ap(0) Fold[{0,(4,2),(10,0)},{1,(6,2),(10,0)},{2,(8,2),(10,0)}] P(1,4)"
        + " RS(vm_1) P(1,2) St(1,0@vm_3) P(1,0) RS(vm_1) RS(vm_3)", Traces.of(r3.data()));
    Vm.Result r4 = new Vm("vm_4", Vm.returning(JValues.integer(1))).call(air, d1);
    assertEquals("Ap(0) Ap(0) Ap(0) Fold[{0,(4,2),(10,0)},{1,(6,2),(10,0)},{2,(8,2),(10,0)}] P(1,4)"
        + " RS(vm_1) P(1,2) RS(vm_1) P(1,0) St(1,0@vm_4) RS(vm_4)", Traces.of(r4.data()));
  }

  private static Outcome run(String peer, String air, byte[] prev, byte[] cur) {
    return new Vm(peer, Vm.unit()).single(air, prev, cur, Map.of());
  }

  @Test
  void v51_incorrect_call_result() {
    TraceBuilder p = new TraceBuilder();
    p.add(new CallResult.Failed(p.service(Vm.json("{\"message\":\"some\",\"ret_code\":42}"), "p", "", "")));
    TraceBuilder c = new TraceBuilder().scalar(JValues.text("some"), "p");
    Outcome o = run("p", "(call \"p\" (\"\" \"\") [] x)", p.bytes(), c.bytes());
    assertEquals(20000, o.retCode(), o.errorMessage());
  }

  @Test
  void v51_fold_lore_shapes() {
    String air = "(par (call \"vm_peer_id_1\" (\"\" \"\") [] $s) (fold $s i (seq (call \"vm_peer_id_2\""
        + " (\"\" \"\") [] a) (next i))))";
    TraceBuilder three = new TraceBuilder().par(1, 2).stream(Vm.json("[42,43]"), 0, "vm_peer_id_1")
        .add(new FoldResult(List.of(new FoldSubTraceLore(1, List.of(new SubTraceDesc(3, 1),
            new SubTraceDesc(4, 0), new SubTraceDesc(4, 0)))))).sentBy("vm_peer_id_1");
    Outcome o = run("vm_peer_id_1", air, three.bytes(), EMPTY);
    assertEquals(20000, o.retCode());
    assertEquals(true, o.errorMessage().contains("fold contains 3 sublore descriptors, but 2 is expected"));
    TraceBuilder overflow = new TraceBuilder().par(1, 2).stream(Vm.json("[42,43]"), 0, "vm_peer_id_1")
        .add(new FoldResult(List.of(TraceBuilder.lore(1, 3, 0xFFFF_FFFFL, 4, 1))))
        .sentBy("vm_peer_id_1");
    assertEquals(20000, run("vm_peer_id_1", air, overflow.bytes(), EMPTY).retCode());
  }

  @Test
  void v51_canon_result_error() {
    String air = "(canon \"p\" $s #c)";
    TraceBuilder a = new TraceBuilder().add(new CanonResult.Executed("bagaaihra-a"));
    TraceBuilder b = new TraceBuilder().add(new CanonResult.Executed("bagaaihra-b"));
    assertEquals(20000, run("p", air, a.bytes(), b.bytes()).retCode());
  }

  @Test
  void v54_forged_unused_result_is_accepted_without_signatures_check_on_unused() {
    TraceBuilder cur = new TraceBuilder();
    cur.add(new CallResult.Executed(new ValueRef.Unused("bagaaihra-forged")));
    Vm vm = new Vm("alice", Vm.unit());
    vm.interpreter = new AquaVmInterpreter(SignatureMode.ENFORCED);
    Outcome o = vm.single("(call \"alice\" (\"\" \"\") [])", EMPTY, cur.bytes(), Map.of());
    assertEquals(0, o.retCode(), o.errorMessage());
  }
}
