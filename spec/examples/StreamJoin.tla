----------------------------- MODULE StreamJoin ----------------------------
(***************************************************************************)
(* Aqua's join over a stream: two peers write to $s in parallel; the init *)
(* peer folds over $s, copies each value into $joined, takes a canon      *)
(* snapshot per value and stops waiting when the snapshot has 2 values;   *)
(* the last instruction (never) keeps the fold incomplete until then.     *)
(* The callback gets the number of joined values, which does not depend   *)
(* on the arrival order: every property holds.                             *)
(*                                                                         *)
(* (seq                                                                    *)
(*   (seq                                                                  *)
(*     (par (call "p1" ("svc" "value") [] $s)                              *)
(*          (call "p2" ("svc" "value") [] $s))                             *)
(*     (new $joined                                                        *)
(*       (seq                                                              *)
(*         (fold $s v                                                      *)
(*           (seq (seq (ap v $joined)                                      *)
(*                     (canon %init_peer_id% $joined #probe))              *)
(*                (xor (match #probe.length 2 (null))                      *)
(*                     (next v)))                                          *)
(*           (never))                                                      *)
(*         (canon %init_peer_id% $joined #all))))                          *)
(*   (call %init_peer_id% ("cb" "done") [#all.length]))                    *)
(***************************************************************************)
EXTENDS Integers, Sequences, AIRTrees, AIRValues

CONSTANTS Faults, FaultBudget

VARIABLES data, status, network, pending, budget, issued, answered

StJScript ==
  << (*  1 *) seq(2, 17),
     (*  2 *) seq(3, 6),
     (*  3 *) par(4, 5),
     (*  4 *) call(Lit("p1"), "svc", "value", <<>>, Stream("$s")),
     (*  5 *) call(Lit("p2"), "svc", "value", <<>>, Stream("$s")),
     (*  6 *) new("$joined", 7),
     (*  7 *) seq(8, 16),
     (*  8 *) foldStream("$s", "v", 9, 15),
     (*  9 *) seq(10, 12),
     (* 10 *) seq(11, 18),
     (* 11 *) ap(Var("v"), Stream("$joined")),
     (* 12 *) xor(13, 14),
     (* 13 *) match(Length("#probe"), Lit(2), 19),
     (* 14 *) next("v"),
     (* 15 *) never,
     (* 16 *) canon(InitPeerId, "$joined", "#all"),
     (* 17 *) call(InitPeerId, "cb", "done", <<Length("#all")>>, NoOutput),
     (* 18 *) canon(InitPeerId, "$joined", "#probe"),
     (* 19 *) null >>

StJAnswers(peer, service, function, args) ==
  CASE peer = "p1" -> {Ok("a")}
    [] peer = "p2" -> {Ok("b")}
    [] OTHER       -> {Ok("ok")}

INSTANCE AIRProperties WITH
  Script <- StJScript, InitPeer <- "client", Peers <- {"client", "p1", "p2"},
  Answers <- StJAnswers, Faults <- Faults, FaultBudget <- FaultBudget
=============================================================================
