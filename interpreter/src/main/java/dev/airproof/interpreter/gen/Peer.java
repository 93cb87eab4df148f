package dev.airproof.interpreter.gen;

import dev.airproof.interpreter.ast.Names;
import java.util.Objects;

/** Immutable; a peer the generated scripts may call: a literal peer id or a scalar holding one. */
public sealed interface Peer permits Peer.Literal, Peer.Variable {

  /** A peer written as a string literal, e.g. {@code "provider_1"}. */
  record Literal(String id) implements Peer {
    public Literal {
      Objects.requireNonNull(id, "id");
      if (id.indexOf('"') >= 0) {
        throw new IllegalArgumentException("a peer id cannot contain a double quote: " + id);
      }
    }
  }

  /**
   * A peer held in a scalar; the generated script first reads it with
   * {@code (call %init_peer_id% ("getDataSrv" "<name>") [] <name>)}.
   *
   * <p>Invariant: {@code name} is a valid AIR name that starts with a letter, is not a keyword and
   * does not look like a generated name (letters followed by digits only).
   */
  record Variable(String name) implements Peer {
    public Variable {
      Names.requireValid(name);
      if (!Character.isLetter(name.codePointAt(0)) || GenNames.isReserved(name)) {
        throw new IllegalArgumentException("unusable peer variable name: " + name);
      }
    }
  }
}
