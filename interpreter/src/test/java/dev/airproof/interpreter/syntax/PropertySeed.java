package dev.airproof.interpreter.syntax;

import java.security.SecureRandom;

/**
 * The base seed of the property tests: the system property {@code airproof.test.seed} when set (and
 * not blank), otherwise a fresh random seed. The seed is printed so that a failing run can be
 * repeated with {@code -Dairproof.test.seed=<seed>}.
 */
public final class PropertySeed {
  private PropertySeed() {}

  /** The base seed; prints it with the name of the test that asked. */
  public static long base(String test) {
    String given = System.getProperty("airproof.test.seed", "").strip();
    long seed = given.isEmpty() ? new SecureRandom().nextLong() : Long.parseLong(given);
    System.out.println(test + ": airproof.test.seed=" + seed
        + (given.isEmpty() ? " (fresh; repeat with -Dairproof.test.seed=" + seed + ")" : " (given)"));
    return seed;
  }
}
