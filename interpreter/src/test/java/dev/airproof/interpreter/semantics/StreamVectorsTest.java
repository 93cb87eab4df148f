package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vectors V30, V35, V37, V39-V41, V44, V45, V47, V48 of air-semantics.md §6.3. */
class StreamVectorsTest {
  private static final byte[] EMPTY = new byte[0];

  @Test
  void v30_scalar_shadowing_in_nested_folds() {
    Vm set = new Vm("set_variable", Vm.returning(Vm.json("[\"1\",\"2\"]")));
    Vm a = new Vm("A", Vm.echo());
    Vm b = new Vm("B", Vm.echo());
    String air = "(seq (seq (call \"set_variable\" (\"\" \"\") [] iterable1)"
        + " (call \"set_variable\" (\"\" \"\") [] iterable2))"
        + " (fold iterable1 i (seq (seq (fold iterable2 j (seq (seq (call \"A\" (\"\" \"\") [i] local_j)"
        + " (call \"B\" (\"\" \"\") [local_j])) (next j)))"
        + " (par (call \"A\" (\"\" \"\") [i] local_i) (call \"B\" (\"\" \"\") [i]))) (next i))))";
    byte[] d = set.call(air, EMPTY).outcome().data();
    for (Vm vm : List.of(a, b, a, b, a, b)) {
      Vm.Result r = vm.call(air, d);
      assertEquals(0, r.retCode(), r.outcome().errorMessage());
      d = r.outcome().data();
    }
    Vm.Result last = b.call(air, EMPTY, d);
    assertEquals("S([\"1\",\"2\"]@set_variable) S([\"1\",\"2\"]@set_variable) S(\"1\"@A) U S(\"1\"@A) U"
        + " P(1,1) S(\"1\"@A) U S(\"2\"@A) U RS(B)", Traces.of(last.data()));
  }

  @Test
  void v35_fold_par_next_completes() {
    String air = "(seq (seq (seq (ap \"vm_2\" $stream) (ap \"vm_3\" $stream)) (ap \"vm_4\" $stream))"
        + " (seq (fold $stream peer_id (par (call peer_id (\"\" \"\") [] $new_stream) (next peer_id)))"
        + " (call \"vm_1\" (\"\" \"\") [])))";
    Vm vm1 = new Vm("vm_1", Vm.returning(JValues.integer(1)));
    byte[] d1 = vm1.call(air, EMPTY).outcome().data();
    Vm vm2 = new Vm("vm_2", Vm.returning(JValues.integer(1)));
    Vm.Result r2 = vm2.call(air, d1);
    assertEquals("Ap(0) Ap(0) Ap(0) Fold[{0,(4,2),(10,0)},{1,(6,2),(10,0)},{2,(8,2),(10,0)}] P(1,4)"
        + " St(1,0@vm_2) P(1,2) RS(vm_1) P(1,0) RS(vm_1) RS(vm_2)", Traces.of(r2.data()));
    assertEquals(List.of("vm_1"), r2.nextPeers());
  }

  @Test
  void v37_issue_222_iteration_follows_generations() {
    String air = "(new $stream (par (par (call \"other_1\" (\"\" \"\") [] $stream)"
        + " (call \"other_2\" (\"\" \"\") [] $stream))"
        + " (fold $stream j (seq (call \"other_id\" (\"\" \"\") [j]) (next j)))))";
    Vm other = new Vm("other_id", Vm.echo());
    Vm o1 = new Vm("other_1", Vm.returning(Vm.json("[1]")));
    Vm o2 = new Vm("other_2", Vm.returning(Vm.json("[2]")));
    byte[] r = other.call(air, EMPTY).outcome().data();
    byte[] d1 = o1.call(air, r).outcome().data();
    byte[] d2 = o2.call(air, r).outcome().data();
    byte[] from2 = other.call(air, r, d2).outcome().data();
    Vm.Result fin = other.call(air, from2, d1);
    assertEquals(0, fin.retCode(), fin.outcome().errorMessage());
    assertEquals("P(3,3) P(1,1) St([1],1@other_1) St([2],0@other_2) Fold[{3,(5,1),(6,0)},{2,(6,1),(7,0)}]"
        + " U U", Traces.of(fin.data()));
  }

  @Test
  void v39_ap_with_string_literal() {
    Vm vm = new Vm("vm1", Vm.echo());
    Vm.Result r = vm.call("(seq (ap \"some_string\" $stream) (seq (canon \"vm1\" $stream #c)"
        + " (call \"vm1\" (\"\" \"\") [#c])))", EMPTY);
    assertEquals("Ap(0) Canon[\"some_string\"] U", Traces.shape(r.data()));
    var store = r.data().cidInfo();
    var element = store.canonElementStore().values().iterator().next();
    assertEquals(new dev.airproof.interpreter.data.SecurityTetraplet("", "", "", ""),
        store.tetrapletStore().get(element.tetrapletCid()));
    assertEquals(dev.airproof.interpreter.data.Provenance.LITERAL, element.provenance());
  }

  @Test
  void v40_canon_with_empty_stream() {
    Vm vm = new Vm("peer_id", Vm.echo());
    assertEquals("Canon[]", Traces.shape(vm.call("(canon \"peer_id\" $stream #c)", EMPTY).data()));
    assertEquals("P(1,1) RS(peer_id) Canon[]", Traces.of(vm.call("(par (call \"unknown\" (\"\" \"\")"
        + " [] $stream) (canon \"peer_id\" $stream #c))", EMPTY).data()));
  }

  @Test
  void v41_canon_generates_hop() {
    Vm vm = new Vm("client", Vm.echo());
    Vm.Result r = vm.call("(canon \"test_peer_id\" $empty #c)", EMPTY);
    assertEquals("CanonRS(client)", Traces.of(r.data()));
    assertEquals(List.of("test_peer_id"), r.nextPeers());
  }

  @Test
  void v44_several_restrictions() {
    Vm vm = new Vm("vm", Vm.echo());
    Vm.Result r = vm.call("(new $s (seq (new $s (call \"vm\" (\"\" \"\") [\"test\"] $s))"
        + " (seq (canon \"vm\" $s #c) (call \"vm\" (\"\" \"\") [#c]))))", EMPTY);
    assertEquals("St(\"test\",0) Canon[] U", Traces.shape(r.data()));
  }

  @Test
  void v45_new_with_global_scalars() {
    Vm vm = new Vm("vm", r -> Vm.ok(r.arguments().isEmpty() ? JValues.integer(0)
        : r.arguments().get(0).isTextual() ? JValues.integer(2) : r.arguments().get(0)));
    Vm.Result r = vm.call("(seq (seq (call \"vm\" (\"\" \"\") [1] scalar)"
        + " (new scalar (seq (call \"vm\" (\"\" \"\") [\"scoped\"] scalar)"
        + " (call \"vm\" (\"\" \"\") [scalar]))))"
        + " (call \"vm\" (\"\" \"\") [scalar]))", EMPTY);
    assertEquals("S(1) S(2) U U", Traces.shape(r.data()));
  }

  @Test
  void v47_issue_302_canon_order() {
    String air = "(new $stream (par (call \"p1\" (\"\" \"\") [2] $stream) (seq (call \"p2\" (\"\" \"\")"
        + " [1] $stream) (seq (call \"p3\" (\"\" \"\") [0] $stream) (seq (canon \"p2\" $stream #stream)"
        + " (call \"p2\" (\"\" \"\") [#stream]))))))";
    Vm p1 = new Vm("p1", Vm.echo());
    Vm p2 = new Vm("p2", Vm.echo());
    Vm p3 = new Vm("p3", Vm.echo());
    byte[] r1 = p2.call(air, EMPTY).outcome().data();
    byte[] r2 = p1.call(air, r1).outcome().data();
    byte[] r3 = p3.call(air, r2).outcome().data();
    Vm.Result r4 = p2.call(air, r1, r3);
    assertEquals("P(1,4) St(2,1@p1) St(1,0@p2) St(0,2@p3) Canon[1,2,0] U", Traces.of(r4.data()));
  }

  @Test
  void v48_issue_300() {
    String air = "(new $stream (par (call \"p1\" (\"\" \"\") [2] $stream)"
        + " (call \"p2\" (\"\" \"\") [1] $stream)))";
    byte[] r1 = new Vm("p2", Vm.echo()).call(air, EMPTY).outcome().data();
    Vm.Result r2 = new Vm("p1", Vm.echo()).call(air, r1);
    assertEquals("P(1,1) St(2,1@p1) St(1,0@p2)", Traces.of(r2.data()));
  }
}
