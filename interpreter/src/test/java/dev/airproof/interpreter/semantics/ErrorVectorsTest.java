package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vectors V10, V11, V14, V15, V17, V19-V27 of air-semantics.md §6.3. */
class ErrorVectorsTest {
  private static final byte[] EMPTY = new byte[0];

  /** A service recording the arguments it receives. */
  static final class Recorder implements Vm.Service {
    final List<String> args = new ArrayList<>();

    @Override
    public CallServiceResult apply(CallRequest r) {
      args.add(r.serviceId() + "." + r.functionName() + JValues.compact(
          JValues.NODES.arrayNode().addAll(r.arguments())));
      return r.arguments().isEmpty() ? Vm.ok(JValues.text("")) : Vm.ok(r.arguments().get(0));
    }
  }

  @Test
  void v10_xor_par() {
    Vm vm = new Vm("L", Vm.fallible("service_id_1"));
    String c1 = "(call \"L\" (\"service_id_1\" \"f\") [] r";
    String air = "(xor (par (par " + c1 + "1) " + c1 + "2)) (par " + c1 + "3) " + c1 + "4)))"
        + " (seq (call \"L\" (\"service_id_2\" \"f\") [] r4) (call \"L\" (\"service_id_2\" \"f\") [] r5)))";
    Vm.Result r = vm.call(air, EMPTY);
    assertEquals(0, r.retCode(), r.outcome().errorMessage());
    String expected = "P(3,3) P(1,1) F(1) F(1) P(1,1) F(1) F(1)"
        + " S(\"success result from fallible_call_service\") S(\"success result from fallible_call_service\")";
    assertEquals(expected, Traces.shape(r.data()));
    Vm.Result again = vm.call(air, r.outcome().data());
    assertEquals(expected, Traces.shape(again.data()));
  }

  @Test
  void v11_last_error_and_error_with_xor() {
    for (String accessor : List.of("%last_error%.$.message", ":error:.$.message")) {
      Vm f = new Vm("failible_peer_id", Vm.fallible("service_id_1"));
      Vm l = new Vm("local_peer_id", Vm.echo());
      String air = "(xor (call \"failible_peer_id\" (\"service_id_1\" \"f\") [] r)"
          + " (call \"local_peer_id\" (\"service_id_2\" \"f\") [" + accessor + "] r2))";
      Vm.Result r1 = f.call(air, EMPTY);
      Vm.Result r2 = l.call(air, r1.outcome().data());
      assertEquals("\"Local service error, ret_code is 1, error message is"
          + " '\\\"failed result from fallible_call_service\\\"'\"",
          JValues.compact(Traces.serviceValue(r2.data(), 1)));
    }
  }

  @Test
  void v14_ap_scalar_join() {
    Vm vm = new Vm("peer_1_id", Vm.echo());
    Vm.Result r = vm.call("(par (call \"peer_2_id\" (\"s\" \"f\") [] join_var)"
        + " (xor (ap join_var other) (call \"peer_1_id\" (\"s\" \"f\") [])))", EMPTY);
    assertEquals(2, r.data().trace().size());
    assertEquals("P(1,0) RS(peer_1_id)", Traces.of(r.data()));
  }

  @Test
  void v15_lens_errors_are_not_join_points() {
    Vm setter = new Vm("set", Vm.returning(Vm.json("[1,2,3,4,5]")));
    String air = "(seq (call \"set\" (\"s\" \"f\") [] array)"
        + " (call \"other\" (\"s\" \"f\") [array.$.[5]!] r))";
    Vm.Result r = setter.call(air, EMPTY);
    assertEquals(10007, r.retCode());
    Vm obj = new Vm("set", Vm.returning(Vm.json("{\"a\":1}")));
    Vm.Result r2 = obj.call("(seq (call \"set\" (\"s\" \"f\") [] object)"
        + " (call \"other\" (\"s\" \"f\") [object.$.non_exist_path] r))", EMPTY);
    assertEquals(10007, r2.retCode());
  }

  @Test
  void v19_match_without_xor() {
    Vm vm = new Vm("p", r -> Vm.ok(JValues.text(r.functionName())));
    String air = "(seq (seq (call \"p\" (\"s\" \"value_1\") [] value_1)"
        + " (call \"p\" (\"s\" \"value_2\") [] value_2)) (match value_1 value_2 (null)))";
    Vm.Result r = vm.call(air, EMPTY);
    assertEquals(10001, r.retCode());
    assertEquals("compared values do not match", r.outcome().errorMessage());
    Vm.Result again = vm.call(air, r.outcome().data(), EMPTY);
    assertEquals(10001, again.retCode());
  }

  @Test
  void v20_match_with_error() {
    Vm vm = new Vm("local_peer_id", Vm.echo());
    Vm.Result r = vm.call("(xor (match 1 2 (null)) (call \"local_peer_id\" (\"test\" \"error_code\")"
        + " [:error:.$.error_code] scalar))", EMPTY);
    assertEquals("S(10001)", Traces.shape(r.data()));
    Vm.Result r2 = vm.call("(xor (match 1 2 (null)) (call \"local_peer_id\" (\"test\" \"error_code\")"
        + " [%last_error%.$.error_code] scalar))", EMPTY);
    assertEquals("S(0)", Traces.shape(r2.data()));
    Vm.Result r3 = vm.call("(xor (match 1 2 (null)) (call \"local_peer_id\" (\"test\" \"error_code\")"
        + " [%last_error%.$.message] scalar))", EMPTY);
    assertEquals("S(\"\")", Traces.shape(r3.data()));
  }

  @Test
  void v21_not_clear_last_error_in_match() {
    Recorder rec = new Recorder();
    Vm vm = new Vm("p", rec);
    vm.call("(xor (match 1 2 (null)) (call \"p\" (\"s\" \"f\") [%last_error%] x))", EMPTY);
    assertEquals(List.of("s.f[{\"error_code\":0,\"message\":\"\"}]"), rec.args);
  }

  @Test
  void v23_fail_with_literals() {
    Vm vm = new Vm("init_peer_id", Vm.echo());
    vm.initPeerId = "init_peer_id";
    Vm.Result r = vm.call("(xor (fail 1337 \"error message\") (fail %last_error%))", EMPTY);
    assertEquals(10006, r.retCode());
    assertEquals("fail with '{\"error_code\":1337,\"instruction\":\"fail 1337 \\\"error message\\\"\","
        + "\"message\":\"error message\",\"peer_id\":\"init_peer_id\"}' is used without corresponding xor",
        r.outcome().errorMessage());
  }

  @Test
  void v24_fail_with_error_rethrows_original() {
    Vm vm = new Vm("L", Vm.fallible("service_id_1"));
    Vm.Result r = vm.call("(xor (call \"L\" (\"service_id_1\" \"f\") [] r) (fail :error:))", EMPTY);
    assertEquals(10000, r.retCode());
    assertEquals("Local service error, ret_code is 1, error message is"
        + " '\"failed result from fallible_call_service\"'", r.outcome().errorMessage());
  }

  @Test
  void v25_fail_with_zero_error_code() {
    Vm vm = new Vm("p", Vm.returning(Vm.json("{\"error_code\":0,\"message\":\"m\"}")));
    assertEquals(10008, vm.call("(fail :error:)", EMPTY).retCode());
    assertEquals(10008, vm.call("(seq (call \"p\" (\"s\" \"f\") [] scalar) (fail scalar))", EMPTY)
        .retCode());
  }

  @Test
  void v26_fail_with_rebubble_error() {
    Recorder rec = new Recorder();
    Vm vm = new Vm("p", rec);
    Vm.Result r = vm.call("(seq (xor (xor (match 1 2 (null)) (fail :error:))"
        + " (call \"p\" (\"m\" \"f1\") [:error:] s1)) (call \"p\" (\"m\" \"f2\") [:error:] s2))", EMPTY);
    assertEquals(0, r.retCode(), r.outcome().errorMessage());
    assertEquals(List.of(
        "m.f1[{\"error_code\":10001,\"instruction\":\"match 1 2\",\"message\":\"compared values do not match\"}]",
        "m.f2[{\"error_code\":0,\"message\":\"\"}]"), rec.args);
  }

  @Test
  void v27_local_service_error() {
    Vm vm = new Vm("p", Vm.unit());
    String air = "(call \"p\" (\"s\" \"f\") [] r)";
    Outcome o1 = vm.single(air, EMPTY, EMPTY, Map.of());
    assertEquals(1, o1.callRequests().size());
    Outcome o2 = vm.single(air, o1.data(), EMPTY, Map.of(1, new CallServiceResult(10000, "\"some error\"")));
    assertEquals(10000, o2.retCode());
    assertEquals("Local service error, ret_code is 10000, error message is '\"some error\"'",
        o2.errorMessage());
  }
}
