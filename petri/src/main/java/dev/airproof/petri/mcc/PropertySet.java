package dev.airproof.petri.mcc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable; the properties of one MCC examination file.
 *
 * <p>Invariant: property ids are unique.
 */
public record PropertySet(Examination examination, List<Property> properties) {
  public PropertySet {
    Objects.requireNonNull(examination, "examination");
    properties = List.copyOf(properties);
    Set<String> ids = new HashSet<>();
    for (Property p : properties) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("duplicate property id " + p.id());
      }
    }
  }

  /**
   * Properties numbered the MCC way: {@code <model>-<Examination>-00}, {@code -01}, ... in the
   * order of {@code queries} (description to query, iteration order kept).
   */
  public static PropertySet numbered(
      String model, Examination examination, Map<String, Query> queries) {
    List<Property> properties = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, Query> e : queries.entrySet()) {
      String id = model + "-" + examination.mccName() + "-" + String.format("%02d", n++);
      properties.add(new Property(id, e.getKey(), e.getValue()));
    }
    return new PropertySet(examination, properties);
  }
}
