----------------------------- MODULE ForkJoin ------------------------------
(***************************************************************************)
(* The fork/join of air-semantics.md section 4.9: two price providers     *)
(* queried in parallel, the average computed on a third peer, the result  *)
(* returned to the client (the init peer).                                 *)
(*                                                                         *)
(* (seq                                                                    *)
(*   (seq                                                                  *)
(*     (par (call "provider_1" ("price" "get") ["BTC"] p1)                 *)
(*          (call "provider_2" ("price" "get") ["BTC"] p2))                *)
(*     (call "avg_peer" ("math" "avg") [p1 p2] avg))                       *)
(*   (call %init_peer_id% ("callback" "result") [avg]))                    *)
(*                                                                         *)
(* Expected: every property holds.  The averaging peer receives the first *)
(* provider's particle before p2 exists (a join that resolves later).     *)
(***************************************************************************)
EXTENDS Integers, Sequences, AIRTrees, AIRValues

CONSTANTS Faults, FaultBudget

VARIABLES data, status, network, pending, budget, issued, answered

FJScript ==
  << (* 1 *) seq(2, 7),
     (* 2 *) seq(3, 6),
     (* 3 *) par(4, 5),
     (* 4 *) call(Lit("provider_1"), "price", "get", <<Lit("BTC")>>, Scalar("p1")),
     (* 5 *) call(Lit("provider_2"), "price", "get", <<Lit("BTC")>>, Scalar("p2")),
     (* 6 *) call(Lit("avg_peer"), "math", "avg", <<Var("p1"), Var("p2")>>, Scalar("avg")),
     (* 7 *) call(InitPeerId, "callback", "result", <<Var("avg")>>, NoOutput) >>

FJAnswers(peer, service, function, args) ==
  CASE peer = "provider_1"              -> {Ok(100)}
    [] peer = "provider_2"              -> {Ok(110), Ok(120)}
    [] service = "math"                 -> {Ok((args[1] + args[2]) \div 2)}
    [] OTHER                            -> {Ok("ok")}

INSTANCE AIRProperties WITH
  Script <- FJScript, InitPeer <- "client",
  Peers <- {"client", "provider_1", "provider_2", "avg_peer"},
  Answers <- FJAnswers, Faults <- Faults, FaultBudget <- FaultBudget
=============================================================================
