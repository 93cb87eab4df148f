package dev.airproof.properties.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Mutable; the real AquaVM 0.62.0 as a differential oracle: a long-lived {@code node aquavm-driver.mjs --serve}
 * child that runs scenarios (format and semantics: {@code conformance/SCENARIO-SPEC.md}) and returns their
 * reports.
 *
 * <p>The child is started once, by {@link #start()}, and reused for every request. Each request has a time
 * limit; a request that exceeds it makes the watchdog kill the child ({@link AquaVmTimeout}), and the next
 * request starts a fresh one — likewise after the child died. A scenario the driver rejects (bad JSON shape,
 * unknown behaviour, ...) fails only that request ({@link AquaVmBridgeException}); the server stays up.
 * {@link #close()} always ends the child; a JVM shutdown hook ends it if close was never called. Methods are
 * synchronized: one caller at a time.
 */
public final class AquaVmBridge implements AutoCloseable {
  /** Default per-request time limit. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  /** Requests in flight at once in {@link #runAll(List)}. */
  private static final int WINDOW = 32;

  private final OracleInstallation installation;
  private final Duration timeout;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Thread shutdownHook;
  private volatile DriverProcess process;
  private long nextId = 1;
  private boolean closed;

  private AquaVmBridge(OracleInstallation installation, Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    this.installation = installation;
    this.timeout = timeout;
    this.process = DriverProcess.start(installation, mapper);
    this.shutdownHook = new Thread(this::killQuietly, "aquavm-bridge-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Locates and checks the oracle ({@link OracleInstallation#locate()}) and starts it with the default time limit.
   *
   * @throws AquaVmUnavailable with a one-line reason when Node.js or the npm packages are missing
   */
  public static AquaVmBridge start() {
    return start(OracleInstallation.locate(), DEFAULT_TIMEOUT);
  }

  /** Starts the oracle of a checked installation with a per-request time limit. */
  public static AquaVmBridge start(OracleInstallation installation, Duration timeout) {
    return new AquaVmBridge(installation, timeout);
  }

  /** The installation this bridge runs. */
  public OracleInstallation installation() {
    return installation;
  }

  /**
   * Runs one scenario on the real AquaVM and returns its report.
   *
   * @throws AquaVmBridgeException when the driver rejects the scenario or the child fails
   * @throws AquaVmTimeout when the report does not arrive within the time limit
   */
  public synchronized JsonNode run(JsonNode scenario) {
    return report(scenario, await(submit(scenarioRequest(scenario))));
  }

  /**
   * Runs scenarios in order, pipelined over the one child, and returns their reports in the same order. The
   * first failing scenario ends the call with its exception (reports of earlier scenarios are discarded).
   */
  public synchronized List<JsonNode> runAll(List<? extends JsonNode> scenarios) {
    List<JsonNode> reports = new ArrayList<>(scenarios.size());
    Deque<Pending> inFlight = new ArrayDeque<>();
    int sent = 0;
    while (reports.size() < scenarios.size()) {
      while (sent < scenarios.size() && inFlight.size() < WINDOW) {
        inFlight.addLast(submit(scenarioRequest(scenarios.get(sent++))));
      }
      Pending next = inFlight.removeFirst();
      try {
        reports.add(report(scenarios.get(reports.size()), await(next)));
      } catch (RuntimeException e) {
        inFlight.forEach(p -> process.abandon(p.id()));
        throw e;
      }
    }
    return reports;
  }

  /** The interpreter's own {@code ast} export for an AIR text: AST JSON, or text starting with {@code error:}. */
  public synchronized String ast(String air) {
    ObjectNode request = mapper.createObjectNode();
    request.put("ast", air);
    JsonNode answer = await(submit(request));
    JsonNode ast = answer.get("ast");
    if (ast == null || !ast.isTextual()) {
      throw new AquaVmBridgeException("the AquaVM driver failed on ast: " + answer.path("error").asText(answer.toString()));
    }
    return ast.asText();
  }

  /** The current child process (package-private: for tests). */
  ProcessHandle processHandle() {
    return process.handle();
  }

  /** Ends the child process (closing its input first, killing it if it lingers). Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    process.close();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook will kill the (already ended) child
    }
  }

  private record Pending(long id, CompletableFuture<JsonNode> answer) {}

  private ObjectNode scenarioRequest(JsonNode scenario) {
    ObjectNode request = mapper.createObjectNode();
    request.set("scenario", scenario);
    return request;
  }

  private Pending submit(ObjectNode request) {
    if (closed) {
      throw new IllegalStateException("the AquaVM bridge is closed");
    }
    if (!process.isAlive()) {
      process.close();
      process = DriverProcess.start(installation, mapper);
    }
    long id = nextId++;
    ObjectNode withId = mapper.createObjectNode();
    withId.put("id", id);
    withId.setAll(request);
    return new Pending(id, process.send(id, withId));
  }

  /** Waits for one answer; the watchdog kills the child when the time limit passes. */
  private JsonNode await(Pending pending) {
    try {
      return pending.answer().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      process.abandon(pending.id());
      process.kill();
      throw new AquaVmTimeout("the AquaVM driver did not answer request " + pending.id() + " within " + timeout
          + "; the process was killed");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AquaVmBridgeException cause) {
        throw cause;
      }
      throw new AquaVmBridgeException("the AquaVM driver failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      process.kill();
      Thread.currentThread().interrupt();
      throw new AquaVmBridgeException("interrupted while waiting for the AquaVM driver; the process was killed", e);
    }
  }

  private static JsonNode report(JsonNode scenario, JsonNode answer) {
    JsonNode report = answer.get("report");
    if (report != null && report.isObject()) {
      return report;
    }
    String name = scenario.path("name").asText("");
    throw new AquaVmBridgeException("the AquaVM driver rejected scenario '" + name + "': "
        + answer.path("error").asText(answer.toString()));
  }

  private void killQuietly() {
    process.kill();
  }
}
