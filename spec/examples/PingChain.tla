----------------------------- MODULE PingChain -----------------------------
(***************************************************************************)
(* A scalar fold that visits peers one after the other: the init peer     *)
(* asks a registry for the peers, then each peer in turn is pinged; a     *)
(* reply other than "pong" fails the match, the xor catches it and the    *)
(* init peer is told the error code through :error: (match failures set   *)
(* :error: but not %last_error%).  Every property holds, for both replies *)
(* of p2.                                                                  *)
(*                                                                         *)
(* (xor                                                                    *)
(*   (seq                                                                  *)
(*     (call %init_peer_id% ("registry" "peers") [] peers)                 *)
(*     (seq                                                                *)
(*       (fold peers p                                                     *)
(*         (seq (call p ("svc" "ping") [] r)                               *)
(*              (match r "pong" (next p))))                                *)
(*       (call %init_peer_id% ("cb" "all") [peers.$.[1]])))                *)
(*   (call %init_peer_id% ("cb" "failed") [:error:.$.error_code]))         *)
(***************************************************************************)
EXTENDS Integers, Sequences, AIRTrees, AIRValues

CONSTANTS Faults, FaultBudget

VARIABLES data, status, network, pending, budget, issued, answered

PCScript ==
  << (*  1 *) xor(2, 10),
     (*  2 *) seq(3, 4),
     (*  3 *) call(InitPeerId, "registry", "peers", <<>>, Scalar("peers")),
     (*  4 *) seq(5, 9),
     (*  5 *) fold(Var("peers"), "p", 6, NoLast),
     (*  6 *) seq(7, 8),
     (*  7 *) call(Var("p"), "svc", "ping", <<>>, Scalar("r")),
     (*  8 *) match(Var("r"), Lit("pong"), 11),
     (*  9 *) call(InitPeerId, "cb", "all", <<VarLens("peers", <<1>>)>>, NoOutput),
     (* 10 *) call(InitPeerId, "cb", "failed", <<ErrorValueLens(<<"error_code">>)>>, NoOutput),
     (* 11 *) next("p") >>

PCAnswers(peer, service, function, args) ==
  CASE function = "peers" -> {Ok(<<"p1", "p2">>)}
    [] peer = "p2"        -> {Ok("pong"), Ok("down")}
    [] function = "ping"  -> {Ok("pong")}
    [] OTHER              -> {Ok("ok")}

INSTANCE AIRProperties WITH
  Script <- PCScript, InitPeer <- "client", Peers <- {"client", "p1", "p2"},
  Answers <- PCAnswers, Faults <- Faults, FaultBudget <- FaultBudget
=============================================================================
