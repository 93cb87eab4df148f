package dev.airproof.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.semantics.InsightfulInterpreter;
import dev.airproof.properties.catalogue.PropertyChecker;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.properties.explorer.PeerSpec;
import dev.airproof.properties.explorer.Replay;
import dev.airproof.properties.explorer.Step;
import dev.airproof.properties.explorer.TransitionSystem;
import dev.airproof.properties.report.CounterexampleFile;
import dev.airproof.properties.report.SequenceChart;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code airproof run --replay CE.json}: rebuilds the model a counterexample file describes,
 * re-executes its runs on the reference interpreter step by step, prints them as sequence charts
 * and decides the property again on the replayed runs. Exit codes: 1 the violation is reproduced,
 * 2 the file is unreadable or malformed, 3 no interpreter, 4 the runs do not replay or no longer
 * violate the property (the file was edited, or the interpreter changed).
 */
final class CounterexampleReplay {
  private CounterexampleReplay() {}

  static int run(Path file, boolean json, InsightfulInterpreter interpreter, PrintWriter out,
      PrintWriter err) {
    Optional<byte[]> bytes = ScriptFiles.read(file, err);
    if (bytes.isEmpty()) {
      return ExitCodes.USER_ERROR;
    }
    CounterexampleFile ce;
    switch (CounterexampleFile.read(new String(bytes.get(), StandardCharsets.UTF_8), file.toString())) {
      case CounterexampleFile.ReadResult.Invalid invalid -> {
        err.println("airproof: " + invalid.message());
        err.flush();
        return ExitCodes.USER_ERROR;
      }
      case CounterexampleFile.ReadResult.Read read -> ce = read.file();
    }
    CounterexampleFile.ModelOptions o = ce.options();
    Optional<LoadedInput> input = VerifyInputs.fromBytes(ce.inputName(),
        ce.inputText().getBytes(StandardCharsets.UTF_8), o.failures(), o.peerBindings(), o.faults(), err);
    if (input.isEmpty()) {
      err.println("airproof: " + file + ": the input embedded in the counterexample is not valid (above)");
      err.flush();
      return ExitCodes.USER_ERROR;
    }
    Environment env = input.get().environment();
    List<String> aliases = env.peers().stream().map(PeerSpec::alias).toList();
    int completeOn = o.completeOn().map(aliases::indexOf).orElse(env.initPeer());
    if (completeOn < 0) {
      err.println("airproof: " + file + ": options.completeOn names no peer of the input " + aliases);
      err.flush();
      return ExitCodes.USER_ERROR;
    }
    TransitionSystem system = new TransitionSystem(env, interpreter);
    List<List<Step>> runs = new ArrayList<>();
    runs.add(ce.counterexample().steps());
    ce.counterexample().other().ifPresent(runs::add);
    Replay.Result replayed = Replay.replay(system, runs, o.reduced());
    String header = "replaying " + file + ": " + ce.property().id() + " of " + ce.inputName() + ", "
        + runs.stream().mapToInt(List::size).sum() + " steps in " + runs.size() + " run(s)";
    return switch (replayed) {
      case Replay.Diverged d -> {
        String why = "run " + (d.run() + 1) + ", step " + (d.index() + 1) + " does not happen: expected \""
            + d.expected().summary() + "\"; the enabled transitions there do: "
            + (d.possible().isEmpty() ? "nothing (no transition is enabled)"
                : String.join(" | ", d.possible().stream().map(Step::summary).toList()));
        print(json, out, header, ce, false, "the counterexample does not replay: " + why, List.of(), aliases);
        yield ExitCodes.NOT_REPRODUCED;
      }
      case Replay.Replayed r -> {
        PropertyResult again = new PropertyChecker(system, r.exploration(), completeOn).check(ce.property());
        boolean reproduced = again.verdict() == Verdict.VIOLATED;
        String verdict = reproduced ? "violation reproduced: " + again.detail()
            : "the replayed runs do not violate " + ce.property().id() + " (" + again.verdict().word()
                + ": " + again.detail() + ")";
        print(json, out, header, ce, reproduced, verdict, runs, aliases);
        yield reproduced ? ExitCodes.VIOLATED : ExitCodes.NOT_REPRODUCED;
      }
    };
  }

  private static void print(boolean json, PrintWriter out, String header, CounterexampleFile ce,
      boolean reproduced, String verdict, List<List<Step>> runs, List<String> aliases) {
    if (json) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("file", ce.inputName());
      o.put("property", ce.property().id());
      o.put("reproduced", reproduced);
      o.put("verdict", verdict);
      o.put("explanation", ce.explanation());
      out.println(o.toPrettyString());
    } else {
      out.println(header);
      out.println(ce.explanation());
      for (int i = 0; i < runs.size(); i++) {
        out.println();
        out.println(runs.size() > 1 ? "run " + (i + 1) + ":" : "run:");
        out.print(SequenceChart.render(runs.get(i), aliases));
      }
      out.println();
      out.println(verdict);
    }
    out.flush();
  }
}
