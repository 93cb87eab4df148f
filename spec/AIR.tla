-------------------------------- MODULE AIR --------------------------------
(***************************************************************************)
(* A network of peers running one AIR particle (AquaVM 0.62).             *)
(*                                                                         *)
(* Every peer stores its data for the particle.  When a particle arrives,  *)
(* the peer runs the interpreter over (stored data, particle data) -- see  *)
(* AIRExec -- stores the result, sends the particle with the new data to   *)
(* the next peers, and hands call requests to its host.  The host answers  *)
(* each request, some time later, with an outcome from a finite set, and   *)
(* the peer runs again with that call result.  The particle starts on the  *)
(* init peer with empty data.  Optional faults: duplicated particles, lost *)
(* particles, and peers that forget their stored data (amnesia), at most   *)
(* FaultBudget of them in a behaviour.                                     *)
(*                                                                         *)
(* Instance modules (see README.md) set the constants, e.g.                *)
(*   INSTANCE AIRProperties WITH Script <- ..., InitPeer <- "client", ...  *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets, Bags, TLC, AIRExec

CONSTANTS
  Peers,                \* the peers (strings); InitPeer \in Peers
  Answers(_, _, _, _),  \* Answers(peer, service, function, args): the possible
                        \*   outcomes (Ok(v) / Fail(m)) of a call request
  Faults,               \* a subset of {"duplicate", "lose", "amnesia"}
  FaultBudget           \* how many fault events a behaviour may contain

ASSUME InitPeer \in Peers
ASSUME Faults \subseteq {"duplicate", "lose", "amnesia"}
ASSUME FaultBudget \in Nat

VARIABLES
  data,      \* data[p]: what peer p stores for the particle
  status,    \* status[p]: completeness, error and joins of p's last run
  network,   \* bag of particles in flight: [to |-> peer, data |-> data]
  pending,   \* call requests handed to hosts and not answered yet
  budget,    \* fault events left
  issued,    \* history: Key -> number of call requests issued for it
  answered   \* history: Key -> [peer, service, function, args, outcome]

vars == <<data, status, network, pending, budget, issued, answered>>

Particle(p, d) == [to |-> p, data |-> d]

(***************************************************************************)
(* The system state as one record, and its transitions as operators on    *)
(* records: the actions below apply them to the variables, and            *)
(* AIRProperties re-uses them to compute a canonical behaviour.            *)
(***************************************************************************)
Now == [data |-> data, status |-> status, network |-> network, pending |-> pending,
        budget |-> budget, issued |-> issued, answered |-> answered]

Start ==
  [data     |-> [p \in Peers |-> EmptyData],
   status   |-> [p \in Peers |-> NeverRan],
   network  |-> SetToBag({Particle(InitPeer, EmptyData)}),
   pending  |-> {},
   budget   |-> FaultBudget,
   issued   |-> EmptyFcn,
   answered |-> EmptyFcn]

\* The effect of a run of peer p on system state s (particle already taken).
AfterRun(s, p, run) ==
  LET ks == {q.key : q \in run.reqs} IN
  [s EXCEPT !.data    = [@ EXCEPT ![p] = run.data],
            !.status  = [@ EXCEPT ![p] = run.status],
            !.network = @ (+) SetToBag({Particle(q, run.data) : q \in run.next}),
            !.pending = @ \cup run.reqs,
            !.issued  = [k \in DOMAIN @ \cup ks |->
                           Get(@, k, 0) + (IF k \in ks THEN 1 ELSE 0)]]

\* Particle m is delivered: its recipient runs on (stored, arriving) data.
Delivered(s, m) ==
  LET p   == m.to
      t   == [s EXCEPT !.network = @ (-) SetToBag({m})]
      run == Run(p, s.data[p], m.data, EmptyFcn)
  IN AfterRun(t, p, run)

\* The host answers request q with outcome o: its peer runs with the result.
Answered(s, q, o) ==
  LET p == q.peer
      t == [s EXCEPT !.pending  = @ \ {q},
                     !.answered = Put(@, q.key, [peer |-> q.peer, service |-> q.service,
                                                 function |-> q.function,
                                                 args |-> q.args, outcome |-> o])]
      run == Run(p, s.data[p], EmptyData, (q.key :> o))
  IN AfterRun(t, p, run)

Outcomes(q) == Answers(q.peer, q.service, q.function, q.args)

Quiet(s) == s.network = EmptyBag /\ s.pending = {}

(***************************************************************************)
(* The specification.                                                      *)
(***************************************************************************)
Become(s) ==
  /\ data' = s.data       /\ status' = s.status   /\ network' = s.network
  /\ pending' = s.pending /\ budget' = s.budget   /\ issued' = s.issued
  /\ answered' = s.answered

Init ==
  /\ data = Start.data       /\ status = Start.status   /\ network = Start.network
  /\ pending = Start.pending /\ budget = Start.budget   /\ issued = Start.issued
  /\ answered = Start.answered

\* (LET makes TLC evaluate the successor once, not once per variable.)
Deliver(m) == LET s == Delivered(Now, m) IN Become(s)

Answer(q, o) == LET s == Answered(Now, q, o) IN Become(s)

DeliverSome == \E m \in BagToSet(network) : Deliver(m)

AnswerSome == \E q \in pending : \E o \in Outcomes(q) : Answer(q, o)

\* Faults, each spending one unit of the budget.
Duplicate(m) ==
  /\ "duplicate" \in Faults /\ budget > 0
  /\ network' = network (+) SetToBag({m})
  /\ budget' = budget - 1
  /\ UNCHANGED <<data, status, pending, issued, answered>>

Lose(m) ==
  /\ "lose" \in Faults /\ budget > 0
  /\ network' = network (-) SetToBag({m})
  /\ budget' = budget - 1
  /\ UNCHANGED <<data, status, pending, issued, answered>>

Forget(p) ==
  /\ "amnesia" \in Faults /\ budget > 0 /\ data[p] # EmptyData
  /\ data' = [data EXCEPT ![p] = EmptyData]
  /\ budget' = budget - 1
  /\ UNCHANGED <<status, network, pending, issued, answered>>

Fault ==
  \/ \E m \in BagToSet(network) : Duplicate(m) \/ Lose(m)
  \/ \E p \in Peers : Forget(p)

Quiescent == Quiet(Now)

\* Quiescence is final; the stuttering step keeps TLC from calling it a deadlock.
Done == Quiescent /\ UNCHANGED vars

Next == DeliverSome \/ AnswerSome \/ Fault \/ Done

(***************************************************************************)
(* Fairness: particles are eventually delivered and requests eventually   *)
(* answered; faults are never forced.  This is                             *)
(*   WF_vars(DeliverSome) /\ WF_vars(AnswerSome)                           *)
(* written out as  WF_v(A) = []<>~ENABLED <<A>>_v \/ []<><<A>>_v  with the *)
(* enabling conditions simplified by hand: a run is a total function, so   *)
(* ENABLED <<DeliverSome>>_vars  <=>  network # EmptyBag  and              *)
(* ENABLED <<AnswerSome>>_vars   <=>  pending # {}  (every Answers set is  *)
(* non-empty).  TLC evaluates ENABLED of the interpreter without caching,  *)
(* which is exponential in the depth of the script.                        *)
(***************************************************************************)
Fairness ==
  /\ []<>(network = EmptyBag) \/ []<><<DeliverSome>>_vars
  /\ []<>(pending = {})       \/ []<><<AnswerSome>>_vars

Spec == Init /\ [][Next]_vars /\ Fairness
=============================================================================
