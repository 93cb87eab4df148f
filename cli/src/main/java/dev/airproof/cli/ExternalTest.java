package dev.airproof.cli;

import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.syntax.AirPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mutable; an external "is this candidate still interesting?" command for {@code airproof reduce}.
 * Each question writes the candidate's canonical text to a file in a private temporary directory
 * and runs the command with that path appended; exit code 0 means yes. Counts its runs; deletes its
 * directory on close.
 */
final class ExternalTest implements AutoCloseable {
  /** The command could not be started at all (not found, not executable). */
  static final class CannotRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotRun(String message) {
      super(message);
    }
  }

  private final List<String> command;
  private final long timeoutSeconds;
  private final Path dir;
  private int runs;

  ExternalTest(List<String> command, long timeoutSeconds) throws IOException {
    this.command = List.copyOf(command);
    this.timeoutSeconds = timeoutSeconds;
    this.dir = Files.createTempDirectory("airproof-reduce-");
  }

  int runs() {
    return runs;
  }

  /** True iff the command exits with 0 on {@code candidate} within the timeout. */
  boolean holds(Instruction candidate) {
    runs++;
    Path file = dir.resolve("candidate.air");
    try {
      Files.writeString(file, AirPrinter.print(candidate), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CannotRun("cannot write " + file + ": " + e.getMessage());
    }
    List<String> argv = new ArrayList<>(command);
    argv.add(file.toString());
    Process process;
    try {
      process = new ProcessBuilder(argv).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new CannotRun(String.join(" ", command) + ": " + e.getMessage());
    }
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new CannotRun("interrupted");
    }
  }

  @Override
  public void close() {
    deleteQuietly(dir.resolve("candidate.air"));
    deleteQuietly(dir);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a leftover file in the temporary directory is harmless
    }
  }
}
