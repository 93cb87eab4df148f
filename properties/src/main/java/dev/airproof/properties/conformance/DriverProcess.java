package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Mutable; one running {@code node aquavm-driver.mjs --serve} child with its pipes. Requests are written as
 * single JSON lines; a reader thread matches answer lines to pending futures by {@code id}, another keeps the
 * last lines of stderr for error messages. When the child exits, every pending and later request fails with
 * the exit code and the stderr tail. Thread-safe.
 */
final class DriverProcess implements AutoCloseable {
  private static final int STDERR_LINES = 20;

  private final Process process;
  private final BufferedWriter stdin;
  private final ObjectMapper mapper;
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private final Thread stderrReader;
  private volatile boolean exited;

  private DriverProcess(Process process, ObjectMapper mapper) {
    this.process = process;
    this.mapper = mapper;
    this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.stderrReader = daemon("aquavm-driver-stderr", this::readStderr);
  }

  /** Starts the driver in server mode in the oracle directory. */
  static DriverProcess start(OracleInstallation installation, ObjectMapper mapper) {
    ProcessBuilder builder = new ProcessBuilder(installation.node(), OracleInstallation.DRIVER, "--serve")
        .directory(installation.directory().toFile());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new AquaVmUnavailable(OracleInstallation.NODE_MISSING);
    }
    DriverProcess driver = new DriverProcess(process, mapper);
    driver.stderrReader.start();
    daemon("aquavm-driver-stdout", driver::readAnswers).start();
    return driver;
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }

  /** Sends one request (which must carry {@code id}) and returns the future of its answer line. */
  CompletableFuture<JsonNode> send(long id, ObjectNode request) {
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    if (exited) {
      answer.completeExceptionally(death());
      return answer;
    }
    try {
      String line = mapper.writeValueAsString(request);
      synchronized (stdin) {
        stdin.write(line);
        stdin.write('\n');
        stdin.flush();
      }
    } catch (IOException e) {
      pending.remove(id);
      answer.completeExceptionally(writeFailure(e));
    }
    return answer;
  }

  /** A write failed: usually the child has just died, so wait briefly and report its exit code and output. */
  private AquaVmBridgeException writeFailure(IOException cause) {
    try {
      if (process.waitFor(2, TimeUnit.SECONDS)) {
        stderrReader.join(1000);
        return death();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new AquaVmBridgeException("cannot write to the AquaVM driver: " + cause.getMessage() + stderrSuffix(), cause);
  }

  /** Forgets a request whose answer is no longer awaited. */
  void abandon(long id) {
    pending.remove(id);
  }

  /** The child process (for tests and diagnostics). */
  ProcessHandle handle() {
    return process.toHandle();
  }

  boolean isAlive() {
    return process.isAlive() && !exited;
  }

  /**
   * Kills the child at once (watchdog path) and waits until it is gone, so that the next request
   * never reuses a dying process.
   */
  void kill() {
    exited = true;
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes stdin (the driver then exits on its own) and kills the child if it has not ended within 5 s. */
  @Override
  public void close() {
    try {
      synchronized (stdin) {
        stdin.close();
      }
    } catch (IOException e) {
      // the pipe is already broken: the child is gone or will be killed below
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void readAnswers() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        dispatch(line);
      }
    } catch (IOException e) {
      // the stream ends with the process; pending requests are failed below
    }
    try {
      process.waitFor(5, TimeUnit.SECONDS);
      stderrReader.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exited = true;
    AquaVmBridgeException death = death();
    pending.values().forEach(f -> f.completeExceptionally(death));
    pending.clear();
  }

  private void dispatch(String line) {
    if (line.isBlank()) {
      return;
    }
    try {
      JsonNode answer = mapper.readTree(line);
      JsonNode id = answer.get("id");
      CompletableFuture<JsonNode> future = id != null && id.canConvertToLong() ? pending.remove(id.asLong()) : null;
      if (future != null) {
        future.complete(answer);
      } else {
        remember("unmatched answer from the driver: " + abbreviate(line));
      }
    } catch (IOException e) {
      remember("non-JSON line from the driver: " + abbreviate(line));
    }
  }

  private void readStderr() {
    try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        remember(line);
      }
    } catch (IOException e) {
      // ends with the process
    }
  }

  private void remember(String line) {
    synchronized (stderrTail) {
      stderrTail.addLast(line);
      while (stderrTail.size() > STDERR_LINES) {
        stderrTail.removeFirst();
      }
    }
  }

  private AquaVmBridgeException death() {
    String code = process.isAlive() ? "still running" : "exit code " + process.exitValue();
    return new AquaVmBridgeException("the AquaVM driver process ended (" + code + ")" + stderrSuffix());
  }

  private String stderrSuffix() {
    synchronized (stderrTail) {
      return stderrTail.isEmpty() ? "" : "; its last output: " + String.join(" | ", stderrTail);
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }
}
