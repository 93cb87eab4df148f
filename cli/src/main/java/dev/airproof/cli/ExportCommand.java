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
 * {@code airproof export}: writes the dependency DAG of a script in a standard format, renders it
 * with Graphviz, or prints its analyses.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the dependency DAG of an AIR script (calls with their peers; control, data and error",
      "edges) as DOT, GraphML or JSON, renders it as SVG or PNG with Graphviz's dot, or prints its",
      "analyses (critical paths in hops and calls, parallel width, error-only calls) with --to summary.",
      "--to tla writes <Name>.tla and <Name>.cfg into the directory -o (default: the current one): the",
      "script and its verification environment (as verify builds it for an .air or scenario file) as an",
      "instance of the spec's AIR.tla, with the default properties; TLC checks it next to spec/AIR*.tla."
    })
public final class ExportCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { dot, graphml, json, svg, png, summary, tla }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "an .air script")
  Path file;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "dot, graphml, json, svg, png, summary or tla")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "output file (default: standard output; required for png); for tla a directory (default: .)")
  Path output;

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
    AirDag dag = AirDag.of(script.get());
    String text = switch (format) {
      case dot, svg, png -> DagExport.dot(dag);
      case graphml -> DagExport.graphml(dag);
      case json -> DagExport.json(dag);
      case summary -> summary(dag);
      case tla -> throw new IllegalStateException("tla is exported before the DAG is built");
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

  private Integer render(String dot, PrintWriter err) throws IOException, InterruptedException {
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

  private Integer write(byte[] bytes, PrintWriter err) throws IOException {
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
