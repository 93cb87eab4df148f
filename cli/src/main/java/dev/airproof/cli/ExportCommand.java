package dev.airproof.cli;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.explorer.FaultBudget;
import dev.airproof.properties.tlc.TlaExport;
import dev.airproof.translator.graph.AirDag;
import dev.airproof.translator.graph.DagAnalysis;
import dev.airproof.translator.graph.DagExport;
import dev.airproof.translator.graph.DagNode;
import dev.airproof.translator.tla.GeneratedModule;
import dev.airproof.translator.tla.TlaTranslation;
import dev.airproof.translator.tla.Unsupported;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airproof export}: writes the dependency DAG or the Petri net of a script in a standard
 * format, renders it with Graphviz, or prints its analyses.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the dependency DAG of an AIR script (calls with their peers; control, data and error",
      "edges) or its Petri net (docs/petri-semantics.md) as DOT, GraphML or JSON, renders either as",
      "SVG or PNG with Graphviz's dot, or prints its analyses with --to summary (DAG: critical paths,",
      "parallel width, error-only calls; net: size, reachable markings, termination, completion,",
      "no-stuck-join). --to pnml writes the net as PNML (ISO/IEC 15909-2); --to mcc -o DIR writes",
      "DIR/model.pnml with the MCC property files ReachabilityDeadlock.xml and CTLCardinality.xml",
      "(completion, option to complete, no stuck join) and DIR/elements.json (the AIR instruction,",
      "peer and line:col of every place and transition, to map other tools' witnesses back).",
      "--graph chooses what is exported: 'net' by default for pnml and mcc (the only choice there),",
      "'dag' by default for dot, graphml, json, svg, png and summary."
    })
public final class ExportCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { dot, graphml, json, svg, png, summary, pnml, mcc, tla }

  /** What is exported. */
  enum Graph { dag, net }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "an .air script")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "dot, graphml, json, svg, png, summary, pnml, mcc or tla")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "output file (default: standard output; required for png), a directory for mcc and tla")
  Path output;

  @Option(names = "--graph", paramLabel = "dag|net",
      description = "export the dependency DAG or the Petri net (default: net for pnml and mcc, dag otherwise)")
  Graph graph;

  @Option(names = "--fold-bound", paramLabel = "N", defaultValue = "2",
      description = "net: iterations each fold is unrolled to (default: ${DEFAULT-VALUE})")
  int foldBound;

  @Option(names = "--failures", description = "net: every call may also fail (a failure outcome per call)")
  boolean failures;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.tla) {
      return exportTla(err);
    }
    Optional<Instruction> script = ScriptFiles.parse(file, err);
    if (script.isEmpty()) {
      return ExitCodes.USER_ERROR;
    }
    Graph chosen = graph != null ? graph
        : (format == Format.pnml || format == Format.mcc ? Graph.net : Graph.dag);
    if (chosen == Graph.net) {
      return NetExport.run(this, script.get(), err);
    }
    if (format == Format.pnml || format == Format.mcc) {
      err.println("airproof: export --to " + format + " writes the Petri net; drop --graph dag");
      return ExitCodes.USER_ERROR;
    }
    AirDag dag = AirDag.of(script.get());
    String text = switch (format) {
      case dot, svg, png -> DagExport.dot(dag);
      case graphml -> DagExport.graphml(dag);
      case json -> DagExport.json(dag);
      case summary -> summary(dag);
      case pnml, mcc, tla -> throw new IllegalStateException("handled above");
    };
    if (format == Format.svg || format == Format.png) {
      return render(text, err);
    }
    return write(text.getBytes(StandardCharsets.UTF_8), err);
  }

  private Integer exportTla(PrintWriter err) throws IOException {
    Optional<LoadedInput> input = VerifyInputs.load(file, false, Map.of(), FaultBudget.NONE, err);
    if (input.isEmpty()) {
      return ExitCodes.USER_ERROR;
    }
    Set<PropertyId> defaults = EnumSet.noneOf(PropertyId.class);
    Arrays.stream(PropertyId.values()).filter(PropertyId::byDefault).forEach(defaults::add);
    TlaTranslation t = TlaExport.of(input.get().environment(), file.getFileName().toString(), defaults);
    return switch (t) {
      case Unsupported u -> {
        err.println(file + ":" + u.message());
        yield ExitCodes.USER_ERROR;
      }
      case GeneratedModule m -> {
        Path dir = output == null ? Path.of(".") : output;
        Files.createDirectories(dir);
        Path tla = dir.resolve(m.name() + ".tla");
        Files.writeString(tla, m.tlaText(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(m.name() + ".cfg"), m.cfgText(), StandardCharsets.UTF_8);
        err.println("airproof: wrote " + tla + " and " + m.name() + ".cfg (check with TLC next to"
            + " spec/AIR*.tla)");
        yield ExitCodes.OK;
      }
    };
  }

  Integer render(String dot, PrintWriter err) throws IOException, InterruptedException {
    if (format == Format.png && output == null) {
      err.println("airproof: export --to png needs -o FILE");
      return ExitCodes.USER_ERROR;
    }
    Process p;
    try {
      p = new ProcessBuilder("dot", "-T" + format.name()).redirectErrorStream(false).start();
    } catch (IOException e) {
      err.println("airproof: export --to " + format + " needs Graphviz's 'dot', which was not found"
          + " (install it: apt-get install graphviz; scripts/setup-test-deps does so)");
      return ExitCodes.USER_ERROR;
    }
    p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    byte[] image = p.getInputStream().readAllBytes();
    String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      err.println("airproof: internal error: dot failed: " + errors.strip());
      return ExitCodes.INTERNAL_ERROR;
    }
    return write(image, err);
  }

  Integer write(byte[] bytes, PrintWriter err) throws IOException {
    if (output == null) {
      System.out.write(bytes);
      System.out.flush();
    } else {
      Files.write(output, bytes);
      err.println("airproof: wrote " + output);
    }
    return ExitCodes.OK;
  }

  private static String summary(AirDag dag) {
    DagAnalysis a = new DagAnalysis(dag);
    StringBuilder sb = new StringBuilder();
    DagAnalysis.Path hops = a.criticalPathInHops();
    DagAnalysis.Path calls = a.criticalPathInCalls();
    sb.append("nodes: ").append(dag.graph().vertexSet().size()).append(", edges: ")
        .append(dag.graph().edgeSet().size()).append('\n');
    sb.append("critical path in network hops: ").append(hops.length()).append('\n');
    hops.nodes().forEach(n -> sb.append("  ").append(describe(n)).append('\n'));
    java.util.Map<String, Integer> earliest = a.earliestCallHops();
    sb.append("latency in network hops (a par continues with its first branch): ")
        .append(earliest.values().stream().mapToInt(Integer::intValue).max().orElse(0))
        .append('\n');
    earliest.forEach((at, h) -> sb.append("  ").append(at).append("  earliest after ").append(h)
        .append(h == 1 ? " hop" : " hops").append('\n'));
    sb.append("critical path in calls: ").append(calls.length()).append('\n');
    calls.nodes().forEach(n -> sb.append("  ").append(describe(n)).append('\n'));
    sb.append("maximum parallel calls: ").append(a.maxParallelCalls()).append('\n');
    sb.append("calls reached only through error paths: ").append(a.errorOnlyCalls().size()).append('\n');
    a.errorOnlyCalls().forEach(n -> sb.append("  ").append(describe(n)).append('\n'));
    return sb.toString();
  }

  private static String describe(DagNode n) {
    return n.kind() == DagNode.Kind.START ? "start on " + n.peer()
        : n.span() + "  " + n.label();
  }
}
