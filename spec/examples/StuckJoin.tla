----------------------------- MODULE StuckJoin -----------------------------
(***************************************************************************)
(* A variable defined in one xor branch only.  When p1's service fails,    *)
(* the xor swallows the error, x is never defined, and p2 waits for it     *)
(* forever: NoStuckJoin, QuiescentCompleted and Completion are violated;   *)
(* the system still terminates and nothing runs twice.                     *)
(*                                                                         *)
(* (seq                                                                    *)
(*   (xor (call "p1" ("svc" "get") [] x)                                   *)
(*        (null))                                                          *)
(*   (seq (call "p2" ("svc" "use") [x] y)                                  *)
(*        (call %init_peer_id% ("cb" "done") [y])))                        *)
(***************************************************************************)
EXTENDS Integers, Sequences, AIRTrees, AIRValues

CONSTANTS Faults, FaultBudget

VARIABLES data, status, network, pending, budget, issued, answered

SJScript ==
  << (* 1 *) seq(2, 5),
     (* 2 *) xor(3, 4),
     (* 3 *) call(Lit("p1"), "svc", "get", <<>>, Scalar("x")),
     (* 4 *) null,
     (* 5 *) seq(6, 7),
     (* 6 *) call(Lit("p2"), "svc", "use", <<Var("x")>>, Scalar("y")),
     (* 7 *) call(InitPeerId, "cb", "done", <<Var("y")>>, NoOutput) >>

SJAnswers(peer, service, function, args) ==
  IF function = "get" THEN {Ok(1), Fail("unavailable")} ELSE {Ok("done")}

INSTANCE AIRProperties WITH
  Script <- SJScript, InitPeer <- "client", Peers <- {"client", "p1", "p2"},
  Answers <- SJAnswers, Faults <- Faults, FaultBudget <- FaultBudget
=============================================================================
