package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vectors V1-V13 of air-semantics.md §6.3 (call, seq, par, xor, never). */
class BasicVectorsTest {
  private static final byte[] EMPTY = new byte[0];

  @Test
  void v1_current_peer_id_call() {
    Vm vm = new Vm("test_peer_id", Vm.unit());
    vm.initPeerId = "test_peer_id";
    Vm.Result r = vm.call("(call %init_peer_id% (\"local_service_id\" \"local_fn_name\") [] result_name)", EMPTY);
    assertEquals(0, r.retCode());
    assertEquals("S(\"result from unit_call_service\"@test_peer_id)", Traces.of(r.data()));
    assertEquals(List.of(), r.nextPeers());
  }

  @Test
  void v2_remote_peer_id_call() {
    Vm vm = new Vm("some_local_peer_id", Vm.unit());
    Vm.Result r = vm.call("(call \"some_remote_peer_id\" (\"s\" \"f\") [\"arg\"] r)", EMPTY);
    assertEquals("RS(some_local_peer_id)", Traces.of(r.data()));
    assertEquals(List.of("some_remote_peer_id"), r.nextPeers());
  }

  @Test
  void v3_timestamp() {
    Vm vm = new Vm("p", Vm.echo());
    vm.timestamp = 1337;
    Vm.Result r = vm.call("(call \"p\" (\"s\" \"f\") [%timestamp%] r)", EMPTY);
    assertEquals("S(1337@p)", Traces.of(r.data()));
  }

  @Test
  void v4_duplicate_variables() {
    Vm vm = new Vm("peer_id", Vm.unit());
    Vm.Result r = vm.call("(seq (call \"peer_id\" (\"s\" \"f\") [] modules)"
        + " (call \"peer_id\" (\"s\" \"f\") [] modules))", EMPTY);
    assertEquals(20007, r.retCode());
    assertEquals(List.of(), r.outcome().nextPeers());
  }

  @Test
  void v7_par_remote_remote() {
    Vm vm = new Vm("", Vm.unit());
    Vm.Result r = vm.call("(par (call \"remote_peer_id_1\" (\"s\" \"f\") [] a)"
        + " (call \"remote_peer_id_2\" (\"s\" \"f\") [] b))", EMPTY);
    assertEquals(List.of("remote_peer_id_1", "remote_peer_id_2"), r.nextPeers());
  }

  @Test
  void v8_xor() {
    Vm vm = new Vm("L", Vm.fallible("service_id_1"));
    Vm.Result r = vm.call("(xor (call \"L\" (\"service_id_1\" \"local_fn_name\") [] result_1)"
        + " (call \"L\" (\"service_id_2\" \"local_fn_name\") [] result_2))", EMPTY);
    assertEquals(0, r.retCode());
    assertEquals("F({\"message\":\"\\\"failed result from fallible_call_service\\\"\",\"ret_code\":1}@L)"
        + " S(\"success result from fallible_call_service\"@L)", Traces.of(r.data()));
  }

  @Test
  void v9_xor_var_not_found() {
    Vm vm = new Vm("L", Vm.unit());
    Vm.Result r = vm.call("(xor (par (call \"unknown_peer\" (\"s\" \"f\") [] lazy)"
        + " (call \"L\" (\"s\" \"f\") [lazy] result)) (call \"L\" (\"s\" \"f\") [\"expected\"] result))",
        EMPTY);
    assertEquals(0, r.retCode());
    assertEquals("P(1,0) RS(L)", Traces.of(r.data()));
  }

  @Test
  void v13_never() {
    Vm vm = new Vm("self", Vm.unit());
    Vm.Result r = vm.call("(seq (never) (call \"self\" (\"s\" \"f\") [] r))", EMPTY);
    assertEquals("", Traces.of(r.data()));
  }

  @Test
  void v22_last_error_with_par() {
    Vm f = new Vm("fallible_peer_id", Vm.fallible("fallible_call_service"));
    Vm v = new Vm("vm_peer_id", Vm.echo());
    String air = "(seq (par (call \"fallible_peer_id\" (\"fallible_call_service\" \"\") [\"\"])"
        + " (call \"fallible_peer_id\" (\"non_fallible_call_service\" \"\") [\"\"]))"
        + " (call \"vm_peer_id\" (\"\" \"\") [%last_error%] s))";
    Vm.Result r1 = f.call(air, EMPTY);
    Vm.Result r2 = v.call(air, r1.outcome().data());
    assertEquals(0, r1.retCode(), r1.outcome().errorMessage());
    assertEquals(0, r2.retCode(), r2.outcome().errorMessage());
    assertEquals("{\"error_code\":10000,\"instruction\":\"call \\\"fallible_peer_id\\\""
        + " (\\\"fallible_call_service\\\" \\\"\\\") [\\\"\\\"] \",\"message\":\"Local service error,"
        + " ret_code is 1, error message is '\\\"failed result from fallible_call_service\\\"'\","
        + "\"peer_id\":\"fallible_peer_id\"}",
        JValues.compact(Traces.serviceValue(r2.data(), 3)));
  }
}
