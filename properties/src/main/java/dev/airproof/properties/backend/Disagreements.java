package dev.airproof.properties.backend;

import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import dev.airproof.properties.catalogue.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the verdicts of several back ends: for each property, two decided verdicts (holds vs
 * violated) that differ are a disagreement, which means a bug in one of the back ends or in the
 * translation. Unknown never disagrees.
 */
public final class Disagreements {
  private Disagreements() {}

  /** One line per disagreement, e.g. {@code no-stuck-join: explorer says holds, tlc says violated}. */
  public static List<String> of(List<PropertyResult> results) {
    List<String> out = new ArrayList<>();
    for (PropertyId p : PropertyId.values()) {
      List<PropertyResult> decided = results.stream()
          .filter(r -> r.property() == p && r.verdict() != Verdict.UNKNOWN).toList();
      for (int i = 1; i < decided.size(); i++) {
        PropertyResult a = decided.get(0);
        PropertyResult b = decided.get(i);
        if (a.verdict() != b.verdict()) {
          out.add(p.id() + ": " + a.backend() + " says " + a.verdict().word() + ", " + b.backend()
              + " says " + b.verdict().word());
        }
      }
    }
    return out;
  }
}
