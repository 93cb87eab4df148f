package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.interpreter.data.jvalue.JValues;
import org.junit.jupiter.api.Test;

/** Vectors V28, V29, V31-V36 of air-semantics.md §6.3 (scalar and stream folds). */
class FoldVectorsTest {
  private static final byte[] EMPTY = new byte[0];

  @Test
  void v28_lfold_and_rfold() {
    Vm set = new Vm("set_variable", Vm.returning(Vm.json("[\"1\",\"2\",\"3\",\"4\",\"5\"]")));
    Vm a = new Vm("A", Vm.echo());
    String lfold = "(seq (call \"set_variable\" (\"\" \"\") [] Iterable)"
        + " (fold Iterable i (seq (call \"A\" (\"\" \"\") [i] $acc) (next i))))";
    Vm.Result r = a.call(lfold, set.call(lfold, EMPTY).outcome().data());
    assertEquals("S([\"1\",\"2\",\"3\",\"4\",\"5\"]) St(\"1\",0) St(\"2\",1) St(\"3\",2) St(\"4\",3)"
        + " St(\"5\",4)", Traces.shape(r.data()));
    String rfold = "(seq (call \"set_variable\" (\"\" \"\") [] Iterable)"
        + " (fold Iterable i (seq (next i) (call \"A\" (\"\" \"\") [i] $acc))))";
    Vm.Result r2 = a.call(rfold, set.call(rfold, EMPTY).outcome().data());
    assertEquals("S([\"1\",\"2\",\"3\",\"4\",\"5\"]) St(\"5\",0) St(\"4\",1) St(\"3\",2) St(\"2\",3)"
        + " St(\"1\",4)", Traces.shape(r2.data()));
  }

  @Test
  void v29_empty_iterables() {
    Vm vm = new Vm("p", Vm.returning(Vm.json("[]")));
    Vm.Result r = vm.call("(seq (call \"p\" (\"\" \"\") [] it) (fold it i (seq (call \"p\" (\"\" \"\")"
        + " [i] x) (next i))))", EMPTY);
    assertEquals("S([])", Traces.shape(r.data()));
    Vm.Result r2 = vm.call("(fold [] i (seq (call \"p\" (\"\" \"\") [i] x) (next i)))", EMPTY);
    assertEquals("", Traces.shape(r2.data()));
  }

  @Test
  void v31_scalar_fold_par_next_completes_with_null() {
    Vm vm = new Vm("self", Vm.returning(Vm.json("[1,2]")));
    Vm.Result r = vm.call("(seq (seq (call \"self\" (\"\" \"\") [] iterable)"
        + " (fold iterable it (par (call \"self\" (\"\" \"\") [it] $new) (next it)) (null)))"
        + " (seq (canon \"self\" $new #c) (call \"self\" (\"\" \"\") [#c])))", EMPTY);
    assertEquals("S([1,2]) P(1,2) St([1,2],0) P(1,0) St([1,2],0) Canon[] U",
        Traces.shape(r.data()));
    Vm never = new Vm("self", Vm.returning(Vm.json("[1,2]")));
    Vm.Result r2 = never.call("(seq (seq (call \"self\" (\"\" \"\") [] iterable)"
        + " (fold iterable it (par (call \"unknown\" (\"\" \"\") [it] $new) (next it)) (never)))"
        + " (seq (canon \"self\" $new #c) (call \"self\" (\"\" \"\") [#c])))", EMPTY);
    assertEquals("S([1,2]) P(1,2) RS(self) P(1,0) RS(self)", Traces.of(r2.data())
        .replaceAll("S\\(\\[1,2\\]@self\\)", "S([1,2])"));
  }

  @Test
  void v32_fold_waits_on_empty_stream() {
    Vm vm = new Vm("self", Vm.echo());
    Vm.Result r = vm.call("(par (call \"\" (\"\" \"\") [] $stream)"
        + " (fold $stream it (seq (call \"self\" (\"\" \"\") [it] $new) (next it))))", EMPTY);
    assertEquals("P(1,0) RS(self)", Traces.of(r.data()));
  }

  @Test
  void v33_stream_fold_seq_next_completeness() {
    for (String last : new String[] {"", "(never)", "(null)"}) {
      Vm vm = new Vm("self", Vm.returning(JValues.integer(1)));
      Vm.Result r = vm.call("(seq (call \"self\" (\"\" \"\") [] $stream) (seq (fold $stream it"
          + " (seq (call \"self\" (\"\" \"\") [it] $new) (next it)) " + last + ")"
          + " (call \"self\" (\"\" \"\") [])))", EMPTY);
      String expected = "St(1,0) Fold[{0,(2,1),(3,0)}] St(1,0)";
      assertEquals(last.equals("(null)") ? expected + " U" : expected, Traces.shape(r.data()));
    }
  }

  @Test
  void v34_fold_stream_seq_next_saves_call_result() {
    Vm vm = new Vm("vm_peer_id", Vm.echo());
    Vm.Result r = vm.call("(seq (seq (ap 1 $stream) (ap 2 $stream)) (seq (fold $stream iterator"
        + " (seq (call \"vm_peer_id\" (\"\" \"\") [iterator] $new_stream) (next iterator))"
        + " (call \"vm_peer_id\" (\"\" \"\") [iterator] $new_stream))"
        + " (call \"vm_peer_id\" (\"\" \"\") [0])))", EMPTY);
    assertEquals("Ap(0) Ap(0) Fold[{0,(3,1),(6,0)},{1,(4,1),(5,1)}] St(1,0) St(2,1) St(2,2) U",
        Traces.shape(r.data()));
  }

  @Test
  void v36_recursive_stream_with_early_exit() {
    Vm vm = new Vm("vm", r -> r.functionName().equals("stop") ? Vm.ok(JValues.text("stop"))
        : Vm.ok(JValues.integer(1)));
    Vm.Result r = vm.call("(seq (seq (call \"vm\" (\"\" \"\") [] $stream) (call \"vm\" (\"\" \"\") []"
        + " $stream)) (fold $stream iterator (seq (call \"vm\" (\"\" \"stop\") [] value)"
        + " (xor (match value \"stop\" (null)) (seq (ap value $stream) (next iterator))))))", EMPTY);
    assertEquals("St(1,0) St(1,1) Fold[{0,(3,1),(4,0)},{1,(4,1),(5,0)}] S(\"stop\") S(\"stop\")",
        Traces.shape(r.data()));
  }
}
