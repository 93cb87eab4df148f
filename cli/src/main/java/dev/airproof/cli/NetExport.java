package dev.airproof.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.petri.export.NetExporter;
import dev.airproof.petri.mcc.MccWriter;
import dev.airproof.petri.mcc.PropertySet;
import dev.airproof.petri.pnml.PnmlWriter;
import dev.airproof.petri.reach.ExplorationLimits;
import dev.airproof.translator.petri.AirToNet;
import dev.airproof.translator.petri.NetAnalysis;
import dev.airproof.translator.petri.MccExport;
import dev.airproof.translator.petri.NetCheck;
import dev.airproof.translator.petri.NetElement;
import dev.airproof.translator.petri.NetOptions;
import dev.airproof.translator.petri.Translation;
import dev.airproof.translator.petri.TranslationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code export --graph net}: the Petri net of a script in each output format. */
final class NetExport {
  private NetExport() {}

  static Integer run(ExportCommand cmd, Instruction script, PrintWriter err)
      throws IOException, InterruptedException {
    if (cmd.foldBound < 1 || cmd.foldBound > 16) {
      err.println("airproof: --fold-bound must be between 1 and 16");
      return ExitCodes.USER_ERROR;
    }
    NetOptions options = NetOptions.defaults().withFoldBound(cmd.foldBound)
        .withCallsMayFail(cmd.failures);
    String model = modelName(cmd.file);
    Translation t;
    switch (AirToNet.translate(script, options, model)) {
      case TranslationResult.Unsupported u -> {
        err.println(cmd.file + ":" + u.message());
        return ExitCodes.USER_ERROR;
      }
      case TranslationResult.Translated tr -> t = tr.translation();
    }
    return switch (cmd.format) {
      case dot -> cmd.write(bytes(NetExporter.dot(t.net())), err);
      case svg, png -> cmd.render(NetExporter.dot(t.net()), err);
      case graphml -> cmd.write(bytes(NetExporter.graphml(t.net())), err);
      case json -> cmd.write(bytes(NetExporter.json(t.net())), err);
      case pnml -> cmd.write(bytes(PnmlWriter.write(t.net())), err);
      case summary -> cmd.write(bytes(summary(t)), err);
      case mcc -> mcc(cmd, t, model, err);
      case tla -> throw new IllegalStateException("tla is exported before the net is built");
    };
  }

  private static Integer mcc(ExportCommand cmd, Translation t, String model, PrintWriter err)
      throws IOException {
    if (cmd.output == null) {
      err.println("airproof: export --to mcc needs -o DIR (model.pnml and the property files go there)");
      return ExitCodes.USER_ERROR;
    }
    Files.createDirectories(cmd.output);
    Files.writeString(cmd.output.resolve("model.pnml"), PnmlWriter.write(t.net()));
    for (PropertySet set : MccExport.of(t, model)) {
      Files.writeString(cmd.output.resolve(set.examination().fileName()), MccWriter.write(set));
    }
    Files.writeString(cmd.output.resolve("elements.json"), elements(t));
    err.println("airproof: wrote " + cmd.output.resolve("model.pnml")
        + ", its MCC property files and elements.json (what each place and transition means)");
    return ExitCodes.OK;
  }

  /**
   * Every place and transition id with its role, peer, AIR instruction and line:col, so that a
   * witness from another tool (a list of transition ids) maps back to the script.
   */
  static String elements(Translation t) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ArrayNode all = json.createArrayNode();
    List<String> ids = new ArrayList<>();
    t.net().places().forEach(p -> ids.add(p.id()));
    t.net().transitions().forEach(tr -> ids.add(tr.id()));
    for (String id : ids) {
      NetElement e = t.element(id).orElseThrow();
      ObjectNode o = all.addObject();
      o.put("id", id).put("kind", e.role().isPlace() ? "place" : "transition")
          .put("role", e.role().word()).put("peer", e.peer()).put("instruction", e.instruction())
          .put("line", e.span().line()).put("column", e.span().column())
          .put("dataChoice", e.dataChoice());
      e.waitsOn().forEach(o.putArray("waitsOn")::add);
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(all) + "\n";
  }

  private static String summary(Translation t) {
    NetAnalysis a = NetAnalysis.explore(t, ExplorationLimits.states(1_000_000));
    StringBuilder sb = new StringBuilder();
    sb.append("places: ").append(t.net().placeCount()).append(", transitions: ")
        .append(t.net().transitionCount()).append(", arcs: ").append(t.net().arcs().size())
        .append('\n');
    sb.append("reachable markings: ").append(a.graph().stateCount())
        .append(a.graph().isComplete() ? "" : " (bound reached)").append('\n');
    for (NetCheck c : List.of(a.termination(), a.completion(), a.noStuckJoin(),
        a.properCompletion())) {
      sb.append(c.property()).append(": ").append(c.status().name().toLowerCase(java.util.Locale.ROOT))
          .append(" - ").append(c.detail()).append('\n');
    }
    return sb.toString();
  }

  /** An NCName-safe model name from the file name ({@code forkjoin.air} gives {@code forkjoin}). */
  static String modelName(Path file) {
    String base = file.getFileName().toString().replaceFirst("\\.air$", "");
    String safe = base.replaceAll("[^A-Za-z0-9_.-]", "_");
    return safe.isEmpty() || !Character.isLetter(safe.charAt(0)) ? "air_" + safe : safe;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
