package dev.airproof.properties.tlc;

import java.util.Arrays;

/**
 * TLC's verdict on one model, named as in the tlaplus/Examples manifests ({@code "success"},
 * {@code "safety failure"}, ...).
 */
public enum Verdict {
  SUCCESS("success"),
  SAFETY_FAILURE("safety failure"),
  LIVENESS_FAILURE("liveness failure"),
  DEADLOCK_FAILURE("deadlock failure"),
  /** Parse/semantic error, bad option, evaluation error, timeout: no verdict on the model. */
  ERROR("error");

  private final String manifestName;

  Verdict(String manifestName) {
    this.manifestName = manifestName;
  }

  /** The manifest spelling. */
  public String manifestName() {
    return manifestName;
  }

  /**
   * The verdict with this manifest spelling.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static Verdict ofManifestName(String name) {
    return Arrays.stream(values())
        .filter(v -> v.manifestName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown verdict " + name));
  }
}
