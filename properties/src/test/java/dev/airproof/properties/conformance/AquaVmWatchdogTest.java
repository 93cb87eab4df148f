package dev.airproof.properties.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process handling of the bridge, using stand-in "node" scripts: the watchdog kills a child that does not
 * answer, a dead child is reported and replaced, close ends the child, and missing tools give one-line reasons.
 */
class AquaVmWatchdogTest {
  @TempDir
  Path temp;

  /** A fake node: answers --version like Node 20, otherwise runs {@code body}. */
  private String fakeNode(String name, String body) throws IOException {
    Path script = temp.resolve(name);
    Files.writeString(script, "#!/bin/sh\nif [ \"$1\" = --version ]; then echo v20.0.0; exit 0; fi\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script.toString();
  }

  private OracleInstallation installation(String node) {
    Path root = OracleInstallation.locate().repositoryRoot();
    return OracleInstallation.locate(Optional.of(root), root, node);
  }

  private static boolean childRunning(String command) {
    return ProcessHandle.current().descendants()
        .anyMatch(p -> p.isAlive() && p.info().commandLine().orElse("").contains(command));
  }

  @Test
  void watchdogKillsASilentDriverAndTheNextRequestRestartsIt() throws Exception {
    String node = fakeNode("silent-node", "exec sleep 600");
    JsonNode scenario = OracleFixtures.MAPPER.readTree("{\"peers\":[\"user\"],\"air\":\"(null)\"}");
    try (AquaVmBridge bridge = AquaVmBridge.start(installation(node), Duration.ofMillis(500))) {
      AquaVmTimeout timeout = assertThrows(AquaVmTimeout.class, () -> bridge.run(scenario));
      assertTrue(timeout.getMessage().contains("the process was killed"), timeout.getMessage());
      assertThrows(AquaVmTimeout.class, () -> bridge.run(scenario));
    }
    assertFalse(childRunning("sleep 600"), "a child outlived the bridge");
  }

  @Test
  void aDeadDriverIsReportedWithItsExitCodeAndOutput() throws Exception {
    String node = fakeNode("dying-node", "echo 'driver exploded' >&2; exit 3");
    JsonNode scenario = OracleFixtures.MAPPER.readTree("{\"peers\":[\"user\"],\"air\":\"(null)\"}");
    try (AquaVmBridge bridge = AquaVmBridge.start(installation(node), Duration.ofSeconds(30))) {
      AquaVmBridgeException dead = assertThrows(AquaVmBridgeException.class, () -> bridge.run(scenario));
      assertTrue(dead.getMessage().contains("ended (exit code 3)"), dead.getMessage());
      assertTrue(dead.getMessage().contains("driver exploded"), dead.getMessage());
    }
  }

  @Test
  void closeEndsTheRealDriver() {
    AquaVmBridge bridge = AquaVmBridge.start();
    ProcessHandle child = bridge.processHandle();
    assertEquals("{\"Null\":null}", bridge.ast("(null)"));
    assertTrue(child.isAlive());
    bridge.close();
    bridge.close();
    assertFalse(child.isAlive(), "driver still running after close");
    assertThrows(IllegalStateException.class, () -> bridge.ast("(null)"));
  }

  @Test
  void missingNodeIsAOneLineReason() {
    Path root = OracleInstallation.locate().repositoryRoot();
    AquaVmUnavailable missing = assertThrows(AquaVmUnavailable.class,
        () -> OracleInstallation.locate(Optional.of(root), root, temp.resolve("no-such-node").toString()));
    assertEquals("node not found: install Node.js >= 18 (apt-get install nodejs npm)", missing.getMessage());
  }

  @Test
  void missingPackagesAreAOneLineReason() throws IOException {
    Path oracle = Files.createDirectories(temp.resolve("repo/conformance/aquavm"));
    Files.writeString(oracle.resolve(OracleInstallation.DRIVER), "// empty\n");
    AquaVmUnavailable missing = assertThrows(AquaVmUnavailable.class,
        () -> OracleInstallation.locate(Optional.empty(), oracle.getParent(), "node"));
    assertEquals("npm packages not installed: run scripts/setup-test-deps", missing.getMessage());
  }
}
