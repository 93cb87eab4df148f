---------------------------- MODULE XorFallback ----------------------------
(***************************************************************************)
(* An xor fallback: if p1's service fails, the error is caught and the    *)
(* init peer is told the error code through %last_error%.  Every property *)
(* holds, for both outcomes of the service.                                *)
(*                                                                         *)
(* (xor                                                                    *)
(*   (seq (call "p1" ("svc" "get") [] x)                                   *)
(*        (call %init_peer_id% ("cb" "ok") [x]))                           *)
(*   (call %init_peer_id% ("cb" "err") [%last_error%.$.error_code]))       *)
(***************************************************************************)
EXTENDS Integers, Sequences, AIRTrees, AIRValues

CONSTANTS Faults, FaultBudget

VARIABLES data, status, network, pending, budget, issued, answered

XFScript ==
  << (* 1 *) xor(2, 5),
     (* 2 *) seq(3, 4),
     (* 3 *) call(Lit("p1"), "svc", "get", <<>>, Scalar("x")),
     (* 4 *) call(InitPeerId, "cb", "ok", <<Var("x")>>, NoOutput),
     (* 5 *) call(InitPeerId, "cb", "err", <<LastErrorLens(<<"error_code">>)>>, NoOutput) >>

XFAnswers(peer, service, function, args) ==
  IF service = "svc" THEN {Ok(7), Fail("unavailable")} ELSE {Ok("ok")}

INSTANCE AIRProperties WITH
  Script <- XFScript, InitPeer <- "client", Peers <- {"client", "p1"},
  Answers <- XFAnswers, Faults <- Faults, FaultBudget <- FaultBudget
=============================================================================
