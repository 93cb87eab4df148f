package dev.airproof.interpreter.semantics;

import dev.airproof.interpreter.data.DataJson;
import dev.airproof.interpreter.data.ExecutedState;
import dev.airproof.interpreter.data.InterpreterData;
import dev.airproof.interpreter.data.jvalue.JValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The trace of some data as one compact sorted-key JSON string per state. */
final class TraceJson {
  private TraceJson() {}

  static List<String> of(InterpreterData d) {
    String json = new String(DataJson.write(d), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    JValues.parse(json).orElseThrow().get("data").get("trace")
        .forEach(s -> out.add(JValues.compact(s)));
    return out;
  }

  static int size(InterpreterData d) {
    return d.trace().size();
  }

  static ExecutedState at(InterpreterData d, int i) {
    return d.trace().get(i);
  }
}
