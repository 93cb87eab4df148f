package dev.airproof.translator.tla;

import dev.airproof.interpreter.ast.Span;
import java.util.List;
import java.util.Objects;

/**
 * Immutable; one generated instance module and its model configuration.
 *
 * @param name the module name ({@code <name>.tla}, {@code <name>.cfg})
 * @param tlaText the module text
 * @param cfgText the configuration text
 * @param nodeSpans the AIR position of every script node: element {@code i} is node id {@code i + 1}
 * @param peers the peer aliases as they appear in the module, in environment order
 * @param initPeer the init peer's alias
 */
public record GeneratedModule(
    String name, String tlaText, String cfgText, List<Span> nodeSpans, List<String> peers,
    String initPeer)
    implements TlaTranslation {
  public GeneratedModule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tlaText, "tlaText");
    Objects.requireNonNull(cfgText, "cfgText");
    nodeSpans = List.copyOf(nodeSpans);
    peers = List.copyOf(peers);
    Objects.requireNonNull(initPeer, "initPeer");
  }

  /** The AIR position of node {@code id} (1-based). */
  public Span spanOf(int id) {
    return nodeSpans.get(id - 1);
  }
}
