----------------------------- MODULE CanonRace ----------------------------
(***************************************************************************)
(* A canon without a join: the par completes as soon as one branch does, *)
(* so the init peer snapshots $s when the FIRST particle arrives and the  *)
(* snapshot is frozen.  Which value the callback sees depends on the      *)
(* arrival order: Convergence is violated; everything else holds.         *)
(*                                                                         *)
(* (seq                                                                    *)
(*   (par (call "p1" ("svc" "value") [] $s)                                *)
(*        (call "p2" ("svc" "value") [] $s))                               *)
(*   (seq (canon %init_peer_id% $s #c)                                     *)
(*        (call %init_peer_id% ("cb" "got") [#c])))                        *)
(***************************************************************************)
EXTENDS Integers, Sequences, AIRTrees, AIRValues

CONSTANTS Faults, FaultBudget

VARIABLES data, status, network, pending, budget, issued, answered

CRScript ==
  << (* 1 *) seq(2, 5),
     (* 2 *) par(3, 4),
     (* 3 *) call(Lit("p1"), "svc", "value", <<>>, Stream("$s")),
     (* 4 *) call(Lit("p2"), "svc", "value", <<>>, Stream("$s")),
     (* 5 *) seq(6, 7),
     (* 6 *) canon(InitPeerId, "$s", "#c"),
     (* 7 *) call(InitPeerId, "cb", "got", <<Var("#c")>>, NoOutput) >>

CRAnswers(peer, service, function, args) ==
  CASE peer = "p1" -> {Ok("a")}
    [] peer = "p2" -> {Ok("b")}
    [] OTHER       -> {Ok("ok")}

INSTANCE AIRProperties WITH
  Script <- CRScript, InitPeer <- "client", Peers <- {"client", "p1", "p2"},
  Answers <- CRAnswers, Faults <- Faults, FaultBudget <- FaultBudget
=============================================================================
