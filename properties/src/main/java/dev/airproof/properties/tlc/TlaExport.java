package dev.airproof.properties.tlc;

import dev.airproof.properties.catalogue.PropertyId;
import dev.airproof.properties.explorer.Environment;
import dev.airproof.translator.tla.TlaCheck;
import dev.airproof.translator.tla.TlaModuleWriter;
import dev.airproof.translator.tla.TlaTranslation;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code airproof export --to tla}: the module of a script in its verification environment, named
 * after its file, with {@code TypeOK} and the checks of the given properties. Stateless.
 */
public final class TlaExport {
  private TlaExport() {}

  /** The module for {@code env}, named after {@code fileName} ({@code stuck-join.air} → StuckJoin). */
  public static TlaTranslation of(Environment env, String fileName, Set<PropertyId> properties) {
    Set<TlaCheck> checks = EnumSet.of(TlaCheck.TYPE_OK);
    properties.forEach(p -> TlcBackend.checkOf(p).ifPresent(checks::add));
    return switch (TlaEnvironments.of(env)) {
      case TlaEnvironments.Refused r -> r.why();
      case TlaEnvironments.Ready r -> TlaModuleWriter.write(moduleName(fileName), env.script(),
          env.scriptText(), r.environment(), checks);
    };
  }

  /** A TLA+ module name from a file name: its base name in CamelCase, letters and digits only. */
  public static String moduleName(String fileName) {
    String base = fileName.replaceAll("\\.[^.]*$", "").replaceAll("\\.scenario$", "");
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (char c : base.toCharArray()) {
      if (c < 128 && Character.isLetterOrDigit(c)) {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (sb.isEmpty() || !Character.isLetter(sb.charAt(0))) {
      sb.insert(0, "Air");
    }
    return sb.toString();
  }
}
