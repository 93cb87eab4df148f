package dev.airproof.properties.backend;

import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.catalogue.PropertyResult;
import java.util.List;
import java.util.Set;

/**
 * A way of deciding properties of an AIR workflow. Implementations are independent of each other
 * (that is their point: they cross-check), stateless between calls, and never print.
 */
public interface Backend {
  /** The name used by {@code --backend} and in results ({@code explorer}, {@code tlc}, {@code petri}). */
  String name();

  /** The properties this back end can decide; others are not asked of it. */
  Set<PropertyId> supports();

  /**
   * Decides {@code task.properties()} ∩ {@link #supports()}: one result per property, in catalogue
   * order, each naming this back end. A construct the back end cannot model gives results with
   * verdict unknown and a detail naming the construct and its {@code line:col}, never a guess.
   */
  List<PropertyResult> check(VerificationTask task);
}
