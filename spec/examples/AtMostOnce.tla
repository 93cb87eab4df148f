----------------------------- MODULE AtMostOnce ----------------------------
(***************************************************************************)
(* A charge that must happen once.  Duplicated particles cannot make the  *)
(* bank charge twice: the stored Requested/Executed state wins the merge  *)
(* over the arriving Sent state.  A bank that forgets its data (amnesia)  *)
(* while the request is pending reruns the script when the answer comes   *)
(* and issues the request again: persisted data is what makes a call      *)
(* at-most-once.                                                           *)
(*                                                                         *)
(* (seq (call "bank" ("account" "charge") [] receipt)                      *)
(*      (call %init_peer_id% ("cb" "done") [receipt]))                     *)
(***************************************************************************)
EXTENDS Integers, Sequences, AIRTrees, AIRValues

CONSTANTS Faults, FaultBudget

VARIABLES data, status, network, pending, budget, issued, answered

AMScript ==
  << (* 1 *) seq(2, 3),
     (* 2 *) call(Lit("bank"), "account", "charge", <<>>, Scalar("receipt")),
     (* 3 *) call(InitPeerId, "cb", "done", <<Var("receipt")>>, NoOutput) >>

AMAnswers(peer, service, function, args) == {Ok("receipt-1")}

INSTANCE AIRProperties WITH
  Script <- AMScript, InitPeer <- "client", Peers <- {"client", "bank"},
  Answers <- AMAnswers, Faults <- Faults, FaultBudget <- FaultBudget
=============================================================================
