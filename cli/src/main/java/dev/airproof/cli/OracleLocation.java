package dev.airproof.cli;

import dev.airproof.properties.conformance.AquaVmUnavailable;
import dev.airproof.properties.conformance.OracleInstallation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stateless; finds the AquaVM oracle for the CLI: {@code -Dairproof.home}, else from the working
 * directory upwards, else the repository that holds the running jar ({@code cli/target/airproof.jar}).
 */
final class OracleLocation {
  private OracleLocation() {}

  static OracleInstallation locate() {
    try {
      return OracleInstallation.locate();
    } catch (AquaVmUnavailable first) {
      Optional<Path> repo = jarRepository();
      if (repo.isEmpty() || System.getProperty(OracleInstallation.HOME_PROPERTY) != null) {
        throw first;
      }
      String node = Optional.ofNullable(System.getProperty(OracleInstallation.NODE_PROPERTY)).orElse("node");
      return OracleInstallation.locate(repo, repo.get(), node);
    }
  }

  private static Optional<Path> jarRepository() {
    try {
      Path jar = Path.of(ConformCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = jar.getParent();
      return Optional.ofNullable(target).map(Path::getParent).map(Path::getParent);
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
