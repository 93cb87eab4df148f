package dev.airproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.interpreter.semantics.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final List<String> invoked = new ArrayList<>();

  /** An interpreter that accepts everything and produces empty data (enough to drive the CLI). */
  final Interpreter quiet = (script, text, prev, current, params, results) -> {
    invoked.add(params.currentPeerId());
    return new Outcome(0, "", new byte[0], List.of(), new TreeMap<>(), false, false, false);
  };

  int run(Optional<Interpreter> interpreter, String... args) {
    CommandLine cl = new CommandLine(new RunCommand(() -> new InterpreterProvider.Result(interpreter,
        interpreter.isPresent() ? "" : "no interpreter available: none registered")));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  Path file(String json) throws Exception {
    Path f = dir.resolve("s.json");
    Files.writeString(f, json);
    return f;
  }

  @Test
  void registeredInMain() {
    assertTrue(Main.commandLine().getSubcommands().containsKey("run"));
  }

  @Test
  void invalidScenarioIsUserErrorWithPosition() throws Exception {
    Path f = file("{\"name\":\"n\",\"air\":\"\",\"peers\":[\"u\"],\"colour\":1}");
    assertEquals(2, run(Optional.of(quiet), f.toString()));
    assertTrue(err.toString().startsWith(f + ":1:36: $.colour: unknown field \"colour\""), err.toString());
  }

  @Test
  void badScriptIsUserError() throws Exception {
    Path f = file("{\"name\":\"n\",\"air\":\"(seq (null)\",\"peers\":[\"u\"]}");
    assertEquals(2, run(Optional.of(quiet), f.toString()));
    assertTrue(err.toString().startsWith(f + "#air:1:12: error: "), err.toString());
  }

  @Test
  void missingFileIsUserError() {
    assertEquals(2, run(Optional.of(quiet), dir.resolve("nope.json").toString()));
    assertTrue(err.toString().contains("cannot read"), err.toString());
  }

  @Test
  void noInterpreterIsExitThree() throws Exception {
    Path f = file("{\"name\":\"n\",\"air\":\"(null)\",\"peers\":[\"u\"]}");
    assertEquals(3, run(Optional.empty(), f.toString()));
    assertTrue(err.toString().contains("no interpreter available"), err.toString());
  }

  @Test
  void jsonReportToStdoutAndFile() throws Exception {
    Path f = file("{\"name\":\"n\",\"air\":\"(null)\",\"peers\":[\"u\",\"v\"],\"initPeer\":\"v\"}");
    assertEquals(0, run(Optional.of(quiet), f.toString(), "--json", "--seed", "7"));
    assertTrue(out.toString().startsWith("{\n  \"name\": \"n\",\n  \"peers\": {"), out.toString());
    assertTrue(out.toString().contains("\"stopReason\": \"quiescent\""), out.toString());
    assertTrue(out.toString().endsWith("}\n"));
    Path report = dir.resolve("r.txt");
    assertEquals(0, run(Optional.of(quiet), f.toString(), "--out", report.toString()));
    assertTrue(Files.readString(report).startsWith("scenario n: 1 invocations, stopped: quiescent"));
    assertEquals(2, invoked.size());
  }

  @Test
  void documentedExampleParsesAndRuns() {
    Path example = Path.of("../docs/examples/forkjoin.scenario.json");
    assertTrue(Files.exists(example), "docs example missing: " + example.toAbsolutePath());
    assertEquals(0, run(Optional.of(quiet), example.toString(), "--json"), err.toString());
    assertTrue(out.toString().contains("\"name\": \"forkjoin\""), out.toString());
  }

  @Test
  void realProviderLookupAnswersEitherWay() {
    InterpreterProvider.Result r = InterpreterProvider.find();
    assertTrue(r.interpreter().isPresent() || r.problem().startsWith("no interpreter available"), r.toString());
  }
}
