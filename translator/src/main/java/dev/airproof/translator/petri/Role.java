package dev.airproof.translator.petri;

/** What a place or transition of a translated net stands for ({@code docs/petri-semantics.md} §3). */
public enum Role {
  /** Place: the script is about to start (one token initially). */
  START(true),
  /** Place: control is at an instruction, which has not run yet (it may wait on variables). */
  ENTRY(true),
  /** Place: one token per definition of a variable instance (scalar, canon, stream element). */
  DATA(true),
  /** Place: bookkeeping of a {@code par} (which branch finished first, late results absorbed). */
  PAR_STATE(true),
  /** Place: bookkeeping of a fold (elements still to come, pass finished, result settled). */
  FOLD_STATE(true),
  /** Place: control reached {@code (never)}: intended incompleteness, not a stuck join. */
  NEVER(true),
  /** Place: a catchable error waiting for its {@code xor} to catch it. */
  CAUGHT_ERROR(true),
  /** Place: a stream fold's pass ran out of elements without a last instruction (implicit never). */
  EXHAUSTED(true),
  /** Place: catchable errors swallowed by a stream fold. */
  SWALLOWED(true),
  /** Place: a particle on its way while the data it carries is copied (a carry chain). */
  IN_TRANSIT(true),
  /** Place: the script completed on the init peer. */
  DONE(true),
  /** Place: the script completed, but on another peer: the init peer never sees it complete. */
  DONE_ELSEWHERE(true),
  /** Place: an error nothing caught reached the top of the script. */
  UNCAUGHT(true),
  /** Transition: the particle moves to the peer of a call or canon. */
  HOP(false),
  /** Transition: one step of a carry chain (one item copied to, or skipped for, the receiver). */
  CARRY(false),
  /** Transition: a call on its peer succeeds (defines its output). */
  CALL_OK(false),
  /** Transition: a call fails with a non-zero ret code (catchable error). */
  CALL_FAIL(false),
  /** Transition: {@code ap} (defines its destination). */
  AP(false),
  /** Transition: {@code canon} takes its snapshot (defines the canon). */
  CANON(false),
  /** Transition: {@code match}/{@code mismatch} lets its body run. */
  MATCH_PASS(false),
  /** Transition: {@code match}/{@code mismatch} raises its catchable error. */
  MATCH_FAIL(false),
  /** Transition: {@code fail} raises its error. */
  FAIL(false),
  /** Transition: {@code null}. */
  NULL(false),
  /** Transition: {@code par} starts both branches. */
  PAR_FORK(false),
  /** Transition: a {@code par} branch finished (first, after a failed sibling, or late). */
  PAR_JOIN(false),
  /** Transition: {@code xor} catches an error of its left branch and starts its right branch. */
  CATCH(false),
  /** Transition: a fold starts its first iteration. */
  FOLD_START(false),
  /** Transition: a scalar fold over an empty array does nothing. */
  FOLD_EMPTY(false),
  /** Transition: a stream fold's body finished (first time: the fold completes; later: absorbed). */
  FOLD_DONE(false),
  /** Transition: {@code next} moves to the next element. */
  NEXT_MORE(false),
  /** Transition: {@code next} finds no further element (runs the last instruction, if any). */
  NEXT_END(false),
  /** Transition: a stream element arriving after a pass ended starts the next iteration. */
  NEXT_RESUME(false),
  /** Transition: the completed script is complete on the init peer. */
  COMPLETE(false),
  /** Transition: the script completed on another peer than the init peer. */
  COMPLETE_ELSEWHERE(false);

  private final boolean place;

  Role(boolean place) {
    this.place = place;
  }

  /** True for place roles, false for transition roles. */
  public boolean isPlace() {
    return place;
  }

  /** The role in lower case with dashes, as used in names and reports ({@code call-ok}). */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
