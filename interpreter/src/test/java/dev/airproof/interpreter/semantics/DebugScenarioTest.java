package dev.airproof.interpreter.semantics;

import org.junit.jupiter.api.Test;

class DebugScenarioTest {
  @Test
  void debug() throws Exception {
    String name = System.getProperty("scenario", "fail");
    StringBuilder sb = new StringBuilder();
    try {
      ConformanceGoldenTest.check(name);
      sb.append("OK");
    } catch (Throwable t) {
      java.io.StringWriter w = new java.io.StringWriter();
      t.printStackTrace(new java.io.PrintWriter(w));
      sb.append(w);
    }
    java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/debug-" + name + ".txt"), sb.toString());
  }
}
