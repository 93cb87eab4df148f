package dev.airproof.interpreter.scenario;

import dev.airproof.interpreter.data.keys.PeerIdentity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Immutable; the identities of a scenario's peers (seed = SHA-256 of the alias) and the two
 * substitutions: {@code {{alias}}} → peer id on input, peer id → {@code {{alias}}} and
 * signature-store key → {@code {{key:alias}}} on output.
 */
public final class PeerDirectory {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

  private final Map<String, PeerIdentity> byAlias;
  private final Map<String, String> aliasById;
  private final List<Map.Entry<String, String>> outputReplacements;

  private PeerDirectory(Map<String, PeerIdentity> byAlias) {
    this.byAlias = byAlias;
    this.aliasById = new LinkedHashMap<>();
    List<Map.Entry<String, String>> replacements = new ArrayList<>();
    byAlias.forEach((alias, id) -> {
      aliasById.putIfAbsent(id.peerId(), alias);
      replacements.add(Map.entry(id.peerId(), "{{" + alias + "}}"));
      replacements.add(Map.entry(id.signatureStoreKey(), "{{key:" + alias + "}}"));
    });
    replacements.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    this.outputReplacements = List.copyOf(replacements);
  }

  /** The directory of these aliases, in order. */
  public static PeerDirectory of(List<String> aliases) {
    Map<String, PeerIdentity> map = new LinkedHashMap<>();
    for (String alias : aliases) {
      map.put(alias, PeerIdentity.fromAlias(alias));
    }
    return new PeerDirectory(map);
  }

  /** The aliases in scenario order. */
  public List<String> aliases() {
    return List.copyOf(byAlias.keySet());
  }

  /** The identity of a scenario alias. */
  public PeerIdentity identity(String alias) {
    PeerIdentity id = byAlias.get(alias);
    if (id == null) {
      throw new IllegalArgumentException("not a scenario peer: " + alias);
    }
    return id;
  }

  /** The peer id of a scenario alias. */
  public String peerId(String alias) {
    return identity(alias).peerId();
  }

  /** The alias whose peer id is {@code peerId}, if any. */
  public Optional<String> aliasOf(String peerId) {
    return Optional.ofNullable(aliasById.get(peerId));
  }

  /**
   * Replaces every {@code {{alias}}} in {@code text} by the peer id; the aliases that are not
   * scenario peers are added to {@code unknown} (and left as they are).
   */
  public String substituteAliases(String text, List<String> unknown) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      PeerIdentity id = byAlias.get(m.group(1));
      if (id == null) {
        unknown.add(m.group(1));
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
      } else {
        m.appendReplacement(out, Matcher.quoteReplacement(id.peerId()));
      }
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Writes peer ids back as {@code {{alias}}} and store keys as {@code {{key:alias}}}. */
  public String toPlaceholders(String text) {
    String out = text;
    for (Map.Entry<String, String> r : outputReplacements) {
      if (out.contains(r.getKey())) {
        out = out.replace(r.getKey(), r.getValue());
      }
    }
    return out;
  }
}
