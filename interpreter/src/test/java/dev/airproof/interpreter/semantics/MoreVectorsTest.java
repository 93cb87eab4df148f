package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.interpreter.data.FoldResult;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vectors V5, V6, V12, V16, V18, V38, V42, V43, V46 of air-semantics.md §6.3. */
class MoreVectorsTest {
  private static final byte[] EMPTY = new byte[0];

  @Test
  void v5_string_parameters() {
    Vm set = new Vm("set_variable", Vm.returning(JValues.text("arg3_value")));
    Vm a = new Vm("A", Vm.echo());
    String air = "(seq (call \"set_variable\" (\"\" \"\") [] arg3) (call \"A\" (\"some_service_id\""
        + " \"local_fn_name\") [\"arg1\" \"arg2\" arg3] result))";
    Vm.Result r = a.call(air, set.call(air, EMPTY).outcome().data());
    assertEquals("S(\"arg3_value\"@set_variable) S(\"arg1\"@A)", Traces.of(r.data()));
  }

  @Test
  void v6_seq_remote_remote() {
    String air = "(seq (call \"remote_peer_id_1\" (\"local_service_id\" \"local_fn_name\") [] r1)"
        + " (call \"remote_peer_id_2\" (\"local_service_id\" \"local_fn_name\") [] r2))";
    Vm vm = new Vm("", Vm.unit());
    assertEquals(List.of("remote_peer_id_1"), vm.call(air, EMPTY).nextPeers());
    TraceBuilder b = new TraceBuilder();
    String cid = b.service(JValues.text(""), "remote_peer_id_1", "local_service_id", "local_fn_name");
    b.add(new dev.airproof.interpreter.data.CallResult.Executed(
        new dev.airproof.interpreter.data.ValueRef.Scalar(cid)));
    assertEquals(List.of("remote_peer_id_2"), vm.call(air, b.bytes()).nextPeers());
  }

  @Test
  void v12_executed_trace_par_par_call() {
    String air = "(par (par (call \"L\" (\"s\" \"f\") [] r1) (call \"remote_peer_id\" (\"s\" \"f\") [] r2))"
        + " (call \"L\" (\"s\" \"f\") [] r3))";
    TraceBuilder cur = new TraceBuilder().par(2, 1).par(1, 0).sentBy("peer_id_1");
    String unit = cur.service(JValues.text("result from unit_call_service"), "L", "s", "f");
    cur.add(new dev.airproof.interpreter.data.CallResult.Executed(
        new dev.airproof.interpreter.data.ValueRef.Scalar(unit)));
    Vm vm = new Vm("L", Vm.unit());
    Vm.Result r = vm.call(air, cur.bytes());
    assertEquals("P(3,1) P(1,1) S(\"result from unit_call_service\") RS S(\"result from unit_call_service\")",
        Traces.shape(r.data()).replace("RS(L)", "RS"));
    assertEquals(List.of("remote_peer_id"), r.nextPeers());
    TraceBuilder other = new TraceBuilder().par(3, 0).par(1, 1).sentBy("peer_id_1").sentBy("L");
    Vm.Result r2 = vm.call(air, other.bytes());
    assertEquals("P(3,1) P(1,1) S(\"result from unit_call_service\") RS S(\"result from unit_call_service\")",
        Traces.shape(r2.data()).replace("RS(L)", "RS"));
  }

  @Test
  void v16_fold_with_join() {
    Vm set = new Vm("set_variable", Vm.returning(Vm.json("[\"1\",\"2\"]")));
    Vm a = new Vm("A", Vm.echo());
    String air = "(seq (call \"set_variable\" (\"\" \"\") [] iterable) (par (call \"unknown_peer\""
        + " (\"\" \"\") [] lazy) (fold iterable i (seq (call \"A\" (\"\" \"\") [lazy.$.hash!] $acc)"
        + " (next i)))))";
    Vm.Result r = a.call(air, set.call(air, EMPTY).outcome().data());
    assertEquals(4, r.data().trace().size());
    assertEquals("S([\"1\",\"2\"]@set_variable) P(1,1) RS(set_variable) RS(set_variable)",
        Traces.of(r.data()));
  }

  @Test
  void v18_issue_178_remote_call_forwarded_before_arguments() {
    String air = "(par (call \"setter\" (\"\" \"\") [] join_it) (seq (par (call \"relay\" (\"\" \"\")"
        + " [join_it] $result) (ap \"fast_result\" $result)) (seq (canon \"client\" $result #result)"
        + " (call \"client\" (\"\" \"\") [#result.$.[0]]))))";
    Vm client = new Vm("client", Vm.echo());
    Vm.Result r = client.call(air, EMPTY);
    assertEquals(List.of("setter", "relay"), r.nextPeers());
    assertEquals(List.of(), new Vm("relay", Vm.echo()).call(air, r.outcome().data()).nextPeers());
    assertEquals(List.of(), new Vm("setter", Vm.echo()).call(air, r.outcome().data()).nextPeers());
  }

  @Test
  void v38_canon_gates() {
    Vm v1 = new Vm("peer_id_1", Vm.returning(Vm.json("[1,2,3,4,5]")));
    Vm v2 = new Vm("peer_id_2", Vm.echo());
    Vm v3 = new Vm("peer_id_3", r -> Vm.ok(JValues.NODES.booleanNode(r.arguments().get(0).size() >= 2)));
    String air = "(seq (seq (call \"peer_id_1\" (\"\" \"\") [] iterable) (fold iterable iterator (par"
        + " (call \"peer_id_2\" (\"\" \"\") [iterator] $stream) (next iterator)))) (new $tmp (fold $stream s"
        + " (xor (seq (ap s $tmp) (seq (seq (canon \"peer_id_3\" $tmp #t) (call \"peer_id_3\" (\"\" \"\")"
        + " [#t] x)) (match x true (call \"peer_id_3\" (\"\" \"\") [#t])))) (next s)))))";
    byte[] d = v1.call(air, EMPTY).outcome().data();
    d = v2.call(air, d).outcome().data();
    Vm.Result r = v3.call(air, d);
    assertEquals(0, r.retCode(), r.outcome().errorMessage());
    assertEquals(2, ((FoldResult) r.data().trace().get(11)).lore().size());
  }

  @Test
  void v42_canon_fixes_stream() {
    String air = "(seq (par (call \"p1\" (\"\" \"\") [1] $stream) (par (call \"p2\" (\"\" \"\") [2] $stream)"
        + " (call \"p3\" (\"\" \"\") [3] $stream))) (seq (call \"p4\" (\"\" \"\") [4]) (seq (canon \"p3\""
        + " $stream #canon_stream) (par (call \"p3\" (\"\" \"\") [#canon_stream]) (call \"p1\" (\"\" \"\")"
        + " [#canon_stream])))))";
    Vm p1 = new Vm("p1", Vm.echo());
    Vm p2 = new Vm("p2", Vm.echo());
    Vm p3 = new Vm("p3", Vm.echo());
    Vm p4 = new Vm("p4", Vm.echo());
    byte[] v1r1 = p1.call(air, EMPTY).outcome().data();
    byte[] v2 = p2.call(air, EMPTY).outcome().data();
    byte[] v3r1 = p3.call(air, v2).outcome().data();
    byte[] v4 = p4.call(air, v3r1).outcome().data();
    Vm.Result v3r2 = p3.call(air, v3r1, v4);
    assertEquals("P(1,3) RS(p2) P(1,1) St(2,0@p2) St(3,1@p3) U Canon[2,3] P(1,1) U RS(p3)",
        Traces.of(v3r2.data()));
    Vm.Result v1r2 = p1.call(air, v1r1, v3r2.outcome().data());
    assertEquals("P(1,3) St(1,0@p1) P(1,1) St(2,1@p2) St(3,2@p3) U Canon[2,3] P(1,1) U U",
        Traces.of(v1r2.data()));
  }

  @Test
  void v43_test_merge_executed() {
    String air = "(seq (par (call \"p1\" (\"\" \"\") [1] $s) (call \"p2\" (\"\" \"\") [1] $s))"
        + " (canon \"A\" $s #c))";
    byte[] p1 = new Vm("p1", Vm.echo()).call(air, EMPTY).outcome().data();
    Vm a = new Vm("A", Vm.echo());
    byte[] a1 = a.call(air, p1).outcome().data();
    byte[] p2 = new Vm("p2", Vm.echo()).call(air, EMPTY).outcome().data();
    Vm.Result a2 = a.call(air, a1, p2);
    assertEquals("P(1,1) St(1,0@p1) St(1,1@p2) Canon[1]", Traces.of(a2.data()));
  }

  @Test
  void v46_merge_streams_in_two_fold() {
    String air = "(seq (call \"set\" (\"neighborhood\" \"\") [] neighborhood) (seq (seq (fold neighborhood"
        + " i (par (call i (\"add_provider\" \"\") [] $void) (next i))) (fold neighborhood i (par (call i"
        + " (\"get_providers\" \"\") [] $providers) (next i)))) (seq (call \"vm1\" (\"identity\" \"\") []"
        + " $void) (call \"vm2\" (\"\" \"\") [] none))))";
    Vm set = new Vm("set", Vm.returning(Vm.json("[\"vm1\",\"vm2\"]")));
    Vm vm1 = new Vm("vm1", Vm.returning(JValues.text("vm1")));
    Vm vm2 = new Vm("vm2", Vm.returning(JValues.text("vm2")));
    byte[] r0 = set.call(air, EMPTY).outcome().data();
    byte[] r1 = vm1.call(air, r0).outcome().data();
    byte[] r2 = vm2.call(air, r0).outcome().data();
    Vm.Result r3 = vm1.call(air, r1, r2);
    assertEquals("S([\"vm1\",\"vm2\"]) P(1,2) St(\"vm1\",0) P(1,0) St(\"vm2\",2) P(1,2) St(\"vm1\",0)"
        + " P(1,0) St(\"vm2\",1) St(\"vm1\",1) RS(vm1)", Traces.shape(r3.data()));
    assertEquals(List.of(), r3.nextPeers());
    Vm.Result r4 = vm2.call(air, r1, r2);
    assertEquals("S(\"vm2\")", Traces.shape(r4.data()).substring(Traces.shape(r4.data()).lastIndexOf(' ') + 1));
  }

  @Test
  void v17_issue_214_failing_lens_not_forwarded() {
    Vm client = new Vm("client_peer_id", r -> switch (r.functionName()) {
      case "-relay-" -> Vm.ok(JValues.text("relay_peer_id"));
      case "s" -> Vm.ok(Vm.json("[]"));
      default -> Vm.ok(JValues.text("error handler is called"));
    });
    client.initPeerId = "client_peer_id";
    String air = "(xor (seq (seq (seq (call %init_peer_id% (\"getDataSrv\" \"-relay-\") [] -relay-)"
        + " (call %init_peer_id% (\"getDataSrv\" \"s\") [] s)) (xor (call -relay- (\"op\" \"identity\")"
        + " [s.$.field!] res) (call %init_peer_id% (\"errorHandlingSrv\" \"error\") [\"%last_error%\" 1])))"
        + " (xor (call %init_peer_id% (\"callbackSrv\" \"response\") [res]) (call %init_peer_id%"
        + " (\"errorHandlingSrv\" \"error\") [%last_error% 2]))) (call %init_peer_id% (\"errorHandlingSrv\""
        + " \"error\") [%last_error% 3]))";
    Vm.Result r = client.call(air, EMPTY);
    assertEquals(0, r.retCode(), r.outcome().errorMessage());
    assertEquals("S(\"relay_peer_id\") S([]) U", Traces.shape(r.data()));
    assertEquals(List.of(), r.nextPeers());
  }

  @Test
  void v49_issue_137_different_senders_merge() {
    String air = "(seq (call \"initiator\" (\"\" \"\") []) (par (seq (par (call \"n1\" (\"\" \"\") [])"
        + " (call \"n2\" (\"\" \"\") [])) (call \"n3\" (\"\" \"\") [])) (par (seq (call \"n1\" (\"\" \"\") [])"
        + " (call \"n4\" (\"\" \"\") [])) (seq (call \"n2\" (\"\" \"\") []) (call \"n4\" (\"\" \"\") [])))))";
    byte[] init = new Vm("initiator", Vm.unit()).call(air, EMPTY).outcome().data();
    byte[] n1 = new Vm("n1", Vm.unit()).call(air, init).outcome().data();
    byte[] n2 = new Vm("n2", Vm.unit()).call(air, init).outcome().data();
    Vm n4 = new Vm("n4", Vm.unit());
    byte[] n4r1 = n4.call(air, n1).outcome().data();
    assertEquals(0, n4.call(air, n4r1, n2).retCode());
  }
}
