package dev.airproof.interpreter.ast;

import java.util.Objects;

/** {@code %init_peer_id%}: the id of the peer that started the particle. */
public record InitPeerId(Span span) implements Value {
  public InitPeerId {
    Objects.requireNonNull(span, "span");
  }
}
