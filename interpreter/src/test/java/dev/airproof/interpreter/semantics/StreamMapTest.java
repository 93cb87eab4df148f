package dev.airproof.interpreter.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.airproof.interpreter.data.jvalue.JValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stream maps and canon stream maps as AquaVM 0.62 has them (aquavm-wasm-driving.md §11): a fold
 * over a canon map visits every pair, duplicate keys included; {@code .length} counts pairs; the
 * scalar form keeps the first value per key; unsupported key types are catchable 10012.
 */
class StreamMapTest {
  private static final byte[] EMPTY = new byte[0];

  private static final class Record implements Vm.Service {
    final List<String> args = new ArrayList<>();

    @Override
    public CallServiceResult apply(CallRequest r) {
      args.add(JValues.compact(JValues.NODES.arrayNode().addAll(r.arguments())));
      return Vm.ok(JValues.text("ok"));
    }
  }

  @Test
  void foldVisitsEveryPairAndLengthCountsPairs() {
    Record rec = new Record();
    Vm vm = new Vm("p", rec);
    Vm.Result r = vm.call("(seq (seq (seq (ap (\"a\" 1) %m) (ap (\"a\" 2) %m)) (ap (\"b\" 3) %m))"
        + " (seq (canon \"p\" %m #%c) (seq (call \"p\" (\"s\" \"len\") [#%c.length #%c #%c.$.a])"
        + " (fold #%c kv (seq (call \"p\" (\"s\" \"item\") [kv]) (next kv))))))", EMPTY);
    assertEquals(0, r.retCode(), r.outcome().errorMessage());
    assertEquals(List.of("[3,{\"a\":[1,2],\"b\":[3]},[1,2]]", "[{\"key\":\"a\",\"value\":1}]",
        "[{\"key\":\"a\",\"value\":2}]", "[{\"key\":\"b\",\"value\":3}]"), rec.args);
    assertEquals("Ap(0) Ap(0) Ap(0) Canon[{\"key\":\"a\",\"value\":1},{\"key\":\"a\",\"value\":2},"
        + "{\"key\":\"b\",\"value\":3}] U U U U", Traces.shape(r.data()));
  }

  @Test
  void scalarFormKeepsFirstValuePerKey() {
    Record rec = new Record();
    Vm vm = new Vm("p", rec);
    Vm.Result r = vm.call("(seq (seq (ap (\"a\" 1) %m) (ap (\"a\" 2) %m))"
        + " (seq (canon \"p\" %m obj) (call \"p\" (\"s\" \"f\") [obj])))", EMPTY);
    assertEquals(0, r.retCode(), r.outcome().errorMessage());
    assertEquals(List.of("[{\"a\":1}]"), rec.args);
  }

  @Test
  void unsupportedKeyTypeIsCatchable() {
    Vm vm = new Vm("p", Vm.returning(Vm.json("[1]")));
    Vm.Result r = vm.call("(seq (call \"p\" (\"s\" \"f\") [] k) (ap (k 1) %m))", EMPTY);
    assertEquals(10012, r.retCode());
    assertEquals("unsupported type for %m map's key", r.outcome().errorMessage());
  }
}
