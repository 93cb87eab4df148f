package dev.airproof.petri.verdict;

import dev.airproof.petri.model.Marking;
import dev.airproof.petri.model.PetriNet;
import java.util.List;

/**
 * Stateless; plain-text renderings of verdicts and witnesses for reports and command-line output,
 * e.g. {@code VIOLATED deadlock freedom: ... \n witness: takeLeft0 -> takeLeft1 -> {left0, left1}}.
 */
public final class VerdictText {
  private VerdictText() {}

  /** One line for the verdict, plus an indented witness line for violations. */
  public static String render(PetriNet net, Verdict v) {
    return switch (v) {
      case Verdict.Holds h -> "HOLDS " + h.property() + " (" + h.statesExplored() + " states)";
      case Verdict.Violated x ->
          "VIOLATED "
              + x.property()
              + ": "
              + x.explanation()
              + "\n  witness: "
              + render(net, x.witness());
      case Verdict.Unknown u ->
          "UNKNOWN " + u.property() + ": " + u.reason() + " (" + u.statesExplored() + " states)";
    };
  }

  /** The witness as text; firing sequences as {@code t1 -> t2 -> {marking}}. */
  public static String render(PetriNet net, Witness w) {
    return switch (w) {
      case Witness.Path p -> sequence(net, p.transitions(), p.reached());
      case Witness.Lasso l ->
          sequence(net, l.stem(), l.loopStart())
              + " then forever: "
              + String.join(" -> ", l.cycle())
              + " -> "
              + net.describe(l.loopStart());
      case Witness.Pump p ->
          sequence(net, p.stem(), p.start())
              + " then repeat "
              + String.join(" -> ", p.pump())
              + " (reaching "
              + net.describe(p.pumped())
              + "): "
              + String.join(", ", p.growingPlaces())
              + " grow without bound";
      case Witness.Exhaustive e ->
          "none of "
              + e.statesExplored()
              + " reachable markings: "
              + String.join(", ", e.subjects());
      case Witness.Structural s -> "structure: " + String.join(", ", s.nodes());
    };
  }

  private static String sequence(PetriNet net, List<String> transitions, Marking reached) {
    String target = net.describe(reached);
    return transitions.isEmpty()
        ? "initially " + target
        : String.join(" -> ", transitions) + " -> " + target;
  }
}
