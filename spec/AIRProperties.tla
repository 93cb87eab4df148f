--------------------------- MODULE AIRProperties ---------------------------
(***************************************************************************)
(* The properties airproof checks of an AIR script, over the AIR model.    *)
(*                                                                         *)
(*   TypeOK            the variables have their intended shapes            *)
(*   Termination       <> Quiescent: no particle in flight, no request     *)
(*                     pending (under weak fairness of delivery/answers)   *)
(*   Completion        <> (Quiescent /\ CompletedOnInit)                   *)
(*   QuiescentCompleted  the same as a state predicate: every quiescent    *)
(*                     state is complete on the init peer (cheap to check, *)
(*                     short counterexamples)                              *)
(*   NoStuckJoin       no quiescent state where a peer waits for a         *)
(*                     variable: nothing can arrive any more               *)
(*   AtMostOnce        no call instance is requested from a host twice     *)
(*   ConvergenceUnordered  the same, comparing arrays as multisets         *)
(*   NoUncaughtError   no run of any peer ends with an error its script    *)
(*                     did not catch (the run's ret code is 0)             *)
(*   Convergence       all quiescent states reached with the same service  *)
(*                     outcomes agree on the calls executed (with their    *)
(*                     arguments), on the call results the init peer       *)
(*                     holds and on the init peer's completion             *)
(*                                                                         *)
(* Convergence is a property of PAIRS of behaviours, which TLC cannot      *)
(* check directly.  It is checked as a state invariant against a           *)
(* state-free reference: the quiescent state of one CANONICAL behaviour,   *)
(* computed by the operator Settle, which replays the system with a fixed  *)
(* schedule (always the CHOOSE-first request, else the CHOOSE-first        *)
(* particle, no faults) and takes each service outcome from the history of *)
(* the state under check.  If every quiescent state agrees with the        *)
(* canonical behaviour for its own outcomes, any two quiescent states with *)
(* the same outcomes agree with each other; conversely the canonical       *)
(* behaviour is itself a fault-free behaviour of the model, so a reported  *)
(* violation exhibits two behaviours of the system that disagree (README). *)
(***************************************************************************)
EXTENDS AIR

(***************************************************************************)
(* Type invariant.                                                         *)
(***************************************************************************)
IsPath(path) == \A i \in DOMAIN path : path[i][1] \in 1..Len(Script)
IsKey(k) == k[1] \in 1..Len(Script) /\ IsPath(k[2])

IsData(d) ==
  /\ DOMAIN d = {"trace", "gens"}
  /\ \A k \in DOMAIN d.trace :
       IsKey(k) /\ d.trace[k].st \in {"sent", "requested", "executed", "failed",
                                       "ap", "canon_sent", "canon"}
  /\ \A sid \in DOMAIN d.gens :
       \A g \in Range(d.gens[sid]) : g # <<>> /\ \A k \in Range(g) : k \in DOMAIN d.trace

IsRequest(q) ==
  /\ DOMAIN q = {"key", "peer", "service", "function", "args"}
  /\ IsKey(q.key) /\ q.peer \in Peers

TypeOK ==
  /\ DOMAIN data = Peers /\ \A p \in Peers : IsData(data[p])
  /\ DOMAIN status = Peers
  /\ \A p \in Peers :
       /\ status[p].ran \in BOOLEAN /\ status[p].complete \in BOOLEAN
       /\ status[p].err \in Nat /\ \A k \in status[p].blocked : IsKey(k)
  /\ IsABag(network)
  /\ \A m \in BagToSet(network) : m.to \in Peers /\ IsData(m.data)
  /\ \A q \in pending : IsRequest(q) /\ Outcomes(q) # {}   \* (Fairness relies on it)
  /\ budget \in 0..FaultBudget
  /\ \A k \in DOMAIN issued : IsKey(k) /\ issued[k] \in Nat \ {0}
  /\ \A k \in DOMAIN answered : k \in DOMAIN issued

(***************************************************************************)
(* Termination, completion, joins.                                         *)
(***************************************************************************)
CompletedOnInit == status[InitPeer].complete /\ status[InitPeer].err = NoError

Termination == <>Quiescent

Completion == <>(Quiescent /\ CompletedOnInit)

QuiescentCompleted == Quiescent => CompletedOnInit

NoStuckJoin == Quiescent => \A p \in Peers : status[p].blocked = {}

\* A reachability witness, checked as an invariant that must FAIL: a quiescent
\* state completed on the init peer exists, so the properties above are not
\* satisfied vacuously by a model that never gets anywhere.
NeverCompletes == ~(Quiescent /\ CompletedOnInit)

\* A second witness, expected to FAIL where a join must resolve: some peer's
\* run waits for a variable (in ForkJoin, avg_peer before p2 arrives).
NeverWaits == \A p \in Peers : status[p].blocked = {}

(***************************************************************************)
(* At most once: each call instance is requested from a host at most once *)
(* (a request is what makes the host run the service).                    *)
(***************************************************************************)
AtMostOnce == \A k \in DOMAIN issued : issued[k] <= 1

\* No uncaught error: the status of a peer is the one of its last run, so an
\* invariant over all states sees every run's error.
NoUncaughtError == \A p \in Peers : status[p].err = NoError

(***************************************************************************)
(* Convergence against the canonical behaviour.                            *)
(***************************************************************************)
\* The outcome the canonical behaviour gives request q: the one recorded in
\* the history `hist` if there is one, else the CHOOSE-first possible one.
CanonicalOutcome(q, hist) ==
  IF q.key \in DOMAIN hist THEN hist[q.key].outcome ELSE CHOOSE o \in Outcomes(q) : TRUE

\* Run the system from s to quiescence with the canonical schedule.
RECURSIVE Settle(_, _)
Settle(s, hist) ==
  IF Quiet(s) THEN s
  ELSE IF s.pending # {}
    THEN LET q == CHOOSE q \in s.pending : TRUE
         IN Settle(Answered(s, q, CanonicalOutcome(q, hist)), hist)
    ELSE Settle(Delivered(s, CHOOSE m \in BagToSet(s.network) : TRUE), hist)

\* What must not depend on the schedule: the executed calls with their
\* arguments and outcomes, the call results the init peer's data holds, and
\* the init peer's completeness and error.
InitResults(s) ==
  LET t == s.data[InitPeer].trace
  IN [k \in {k \in DOMAIN t : t[k].st \in {"executed", "failed"}} |-> t[k].val]
Summary(s) ==
  [calls    |-> s.answered,
   results  |-> InitResults(s),
   complete |-> s.status[InitPeer].complete,
   err      |-> s.status[InitPeer].err]

CanonicalSummary == Summary(Settle(Start, answered))

Convergence == Quiescent => Summary(Now) = CanonicalSummary

(***************************************************************************)
(* Convergence up to the order of arrays: the same comparison with every   *)
(* JSON array taken as the multiset of its elements (a stream's canon      *)
(* lists values in arrival order).  A multiset is written as a function    *)
(* from the printed element to its count, and summaries are compared as   *)
(* printed text, so TLC never compares values of different kinds.          *)
(***************************************************************************)
RECURSIVE Unordered(_)
Unordered(v) ==
  CASE Kind(v) = "array" ->
         LET es == [i \in DOMAIN v |-> ToString(Unordered(v[i]))]
         IN [x \in Range(es) |-> Cardinality({i \in DOMAIN es : es[i] = x})]
    [] Kind(v) = "object" -> [f \in DOMAIN v |-> Unordered(v[f])]
    [] OTHER -> v

UnorderedSummary(s) ==
  LET sum == Summary(s)
      rs  == [k \in DOMAIN sum.results |-> ToString(Unordered(sum.results[k]))]
  IN ToString(
       [calls    |-> [k \in DOMAIN sum.calls |->
                        [sum.calls[k] EXCEPT !.args = Unordered(@), !.outcome = Unordered(@)]],
        results  |-> [x \in Range(rs) |-> Cardinality({k \in DOMAIN rs : rs[k] = x})],
        complete |-> sum.complete,
        err      |-> sum.err])

ConvergenceUnordered ==
  Quiescent => UnorderedSummary(Now) = UnorderedSummary(Settle(Start, answered))
=============================================================================
