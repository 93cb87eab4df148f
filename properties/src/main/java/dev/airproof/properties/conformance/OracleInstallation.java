package dev.airproof.properties.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable; a checked installation of the AquaVM oracle: the {@code conformance/aquavm} directory holding
 * {@code aquavm-driver.mjs} with its npm packages installed, and a Node.js executable of version 18 or later.
 *
 * @param directory the {@code conformance/aquavm} directory
 * @param node the Node.js command (a name looked up on PATH, or a path)
 */
public record OracleInstallation(Path directory, String node) {
  /** The driver program inside {@link #directory()}. */
  public static final String DRIVER = "aquavm-driver.mjs";
  /** System property naming the repository root (optional; default: search upwards from the working directory). */
  public static final String HOME_PROPERTY = "airproof.home";
  /** System property naming the Node.js executable (optional; default {@code node}). */
  public static final String NODE_PROPERTY = "airproof.node";

  static final String NODE_MISSING = "node not found: install Node.js >= 18 (apt-get install nodejs npm)";
  static final String PACKAGES_MISSING = "npm packages not installed: run scripts/setup-test-deps";
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.");
  private static final List<String> REQUIRED_FILES = List.of(
      "node_modules/@fluencelabs/avm/dist/avm.wasm",
      "node_modules/@fluencelabs/marine-js/dist/marine-js.wasm");

  /** Validates the components. */
  public OracleInstallation {
    if (directory == null || node == null || node.isBlank()) {
      throw new IllegalArgumentException("directory and node are required");
    }
  }

  /** The oracle directory of the repository named by {@code -Dairproof.home}, or found from the working directory. */
  public static OracleInstallation locate() {
    Optional<Path> home = Optional.ofNullable(System.getProperty(HOME_PROPERTY)).filter(s -> !s.isBlank()).map(Path::of);
    String node = Optional.ofNullable(System.getProperty(NODE_PROPERTY)).filter(s -> !s.isBlank()).orElse("node");
    return locate(home, Path.of(System.getProperty("user.dir")), node);
  }

  /**
   * Finds and checks the oracle: {@code home/conformance/aquavm} when {@code home} is present, else the first
   * {@code conformance/aquavm} containing the driver in {@code workingDirectory} or one of its parents.
   *
   * @throws AquaVmUnavailable with a one-line reason when the directory, Node.js or the npm packages are missing
   */
  public static OracleInstallation locate(Optional<Path> home, Path workingDirectory, String node) {
    Path directory = home.map(h -> h.resolve("conformance").resolve("aquavm"))
        .or(() -> searchUpwards(workingDirectory.toAbsolutePath()))
        .orElseThrow(() -> new AquaVmUnavailable("conformance/aquavm not found above " + workingDirectory
            + ": run from the airproof repository or set -D" + HOME_PROPERTY));
    if (!Files.isRegularFile(directory.resolve(DRIVER))) {
      throw new AquaVmUnavailable(DRIVER + " not found in " + directory + ": check -D" + HOME_PROPERTY);
    }
    checkNode(node);
    for (String file : REQUIRED_FILES) {
      if (!Files.isRegularFile(directory.resolve(file))) {
        throw new AquaVmUnavailable(PACKAGES_MISSING);
      }
    }
    return new OracleInstallation(directory, node);
  }

  /** The repository root (two levels above the oracle directory). */
  public Path repositoryRoot() {
    return directory.getParent().getParent();
  }

  private static Optional<Path> searchUpwards(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("conformance").resolve("aquavm");
      if (Files.isRegularFile(candidate.resolve(DRIVER))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs {@code node --version}; Node.js must exist and be at least version 18. */
  private static void checkNode(String node) {
    String version;
    try {
      Process process = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
      try (InputStream out = process.getInputStream()) {
        version = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new AquaVmUnavailable(NODE_MISSING);
      }
    } catch (IOException e) {
      throw new AquaVmUnavailable(NODE_MISSING);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AquaVmUnavailable("interrupted while checking node --version");
    }
    Matcher m = VERSION.matcher(version);
    if (!m.lookingAt() || Integer.parseInt(m.group(1)) < 18) {
      throw new AquaVmUnavailable("node " + version + " is too old: install Node.js >= 18 (apt-get install nodejs npm)");
    }
  }
}
