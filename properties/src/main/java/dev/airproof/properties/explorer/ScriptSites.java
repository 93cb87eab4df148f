package dev.airproof.properties.explorer;

import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Immutable; the places of a script that can forward a particle: every call and canon, with the peer
 * it names (a literal peer id, the init peer, or anything when the peer is computed) and whether it
 * lies inside a fold (then it has a new instance per iteration).
 */
final class ScriptSites {
  /**
   * Immutable; one call or canon.
   *
   * @param span its position
   * @param literalPeer the peer id it names, if a literal
   * @param initPeer true iff its peer is {@code %init_peer_id%}
   * @param inFold true iff it is inside a fold body or last instruction
   */
  record Site(Span span, Optional<String> literalPeer, boolean initPeer, boolean inFold) {}

  private final List<Site> sites;

  private ScriptSites(List<Site> sites) {
    this.sites = List.copyOf(sites);
  }

  static ScriptSites of(Instruction script) {
    List<Span> foldSpans = new ArrayList<>();
    Walk.instructions(script, i -> {
      if (i instanceof FoldScalar || i instanceof FoldStream || i instanceof FoldStreamMap) {
        foldSpans.add(i.span());
      }
    });
    List<Site> out = new ArrayList<>();
    Walk.instructions(script, i -> {
      Optional<Value> peer = i instanceof Call c ? Optional.of(c.peer())
          : i instanceof Canon c ? Optional.of(c.peer())
          : i instanceof CanonMap c ? Optional.of(c.peer())
          : i instanceof CanonMapScalar c ? Optional.of(c.peer())
          : Optional.empty();
      peer.ifPresent(v -> {
        boolean inFold = foldSpans.stream().anyMatch(f -> f.contains(i.span()) && !f.equals(i.span()));
        Optional<String> literal = v instanceof StringLiteral s ? Optional.of(s.value()) : Optional.empty();
        out.add(new Site(i.span(), literal, v instanceof InitPeerId, inFold));
      });
    });
    return new ScriptSites(out);
  }

  List<Site> sites() {
    return sites;
  }
}
