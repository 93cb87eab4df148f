package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.Span;
import java.util.List;
import java.util.Objects;

/**
 * Immutable; what one place or transition of a translated net means in the script.
 *
 * @param id the place or transition id in the net
 * @param role what it stands for
 * @param peer the peer it runs on as written ({@code %init_peer_id%}, a literal, a variable), or
 *     {@code *} when the translation cannot tell statically (after a {@code par} whose branches end
 *     on different peers); empty for data and bookkeeping places
 * @param span the AIR instruction it comes from ({@link Span#NONE} for the start and end places)
 * @param instruction that instruction in one line (its header for compound instructions)
 * @param waitsOn for entry places: the variables (with sigils) the instruction joins on; a dead
 *     marking with a token here is a stuck join
 * @param dataChoice for transitions: true iff which of its alternatives fires depends on data the
 *     net abstracts (match outcome, array length, arrival timing), so a run through it may not be
 *     realisable with the actual values
 */
public record NetElement(
    String id, Role role, String peer, Span span, String instruction, List<String> waitsOn,
    boolean dataChoice) {
  public NetElement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(peer, "peer");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(instruction, "instruction");
    waitsOn = List.copyOf(waitsOn);
  }

  /** {@code line:col} of the instruction ({@code -} for synthetic elements). */
  public String where() {
    return span.equals(Span.NONE) ? "-" : span.line() + ":" + span.column();
  }

  /** One line for reports: {@code call-ok on provider_1: call "provider_1" ("price" "get") ["BTC"] p1 at 4:4}. */
  public String describe() {
    String on = peer.isEmpty() ? "" : " on " + peer;
    String what = instruction.isEmpty() ? "" : ": " + instruction;
    return role.word() + on + what + (span.equals(Span.NONE) ? "" : " at " + where());
  }
}
