------------------------------ MODULE AIRData ------------------------------
(***************************************************************************)
(* A peer's view of the particle: its data, and how two views merge.      *)
(*                                                                         *)
(* AquaVM's data is a positional trace of executed states (par sizes,      *)
(* fold lore, call/ap/canon states).  The model keys every state by the    *)
(* INSTANCE it belongs to instead of by position:                          *)
(*                                                                         *)
(*   Key = <<node id, fold path>>                                          *)
(*                                                                         *)
(* where the fold path lists, from the outside in, the <<fold node id,     *)
(* element id>> of every fold iteration enclosing the instruction.  The    *)
(* element id of a scalar fold is the (printed) index; that of a stream    *)
(* fold is the (printed) key of the state that produced the stream         *)
(* element, which is what AquaVM's fold lore records as value_pos.  Par    *)
(* sizes and lore only serve to find a state again by position, so they    *)
(* have no counterpart here.                                               *)
(*                                                                         *)
(* States, ordered NotMet (absent) < sent/requested < executed/failed:     *)
(*   Sent(p)      RequestSentBy(PeerId p): forwarded by p to the call peer *)
(*   Requested(p) RequestSentBy(PeerIdWithCallId p): p asked its host      *)
(*   Executed(v)  Executed, value v (scalar, stream or unused output)      *)
(*   Failed       Failed (the service error text is not kept)              *)
(*   ApState(v)   Ap into a stream of value v                              *)
(*   CanonSent(p) / CanonExecuted(vs): canon forwarded / frozen snapshot   *)
(*                                                                         *)
(* Streams: AquaVM orders a stream by generations (prev generations, then  *)
(* current ones, then new ones).  The data keeps, per stream, the          *)
(* sequence of its generations, each a sequence of producer keys.          *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets, TLC, AIRValues

Key(n, path) == <<n, path>>

\* All states share one record shape so that TLC can compare any two of them
\* (TLC refuses to compare, say, a string with a number): the value, if any,
\* is wrapped in a one-element sequence, and <<>> stands for "no value".
State(st, by, val) == [st |-> st, by |-> by, val |-> val]
NotMet             == State("not_met", "", <<>>)
Sent(p)            == State("sent", p, <<>>)
Requested(p)       == State("requested", p, <<>>)
Executed(v)        == State("executed", "", <<v>>)
Failed             == State("failed", "", <<>>)   \* the error text is not kept
ApState(v)         == State("ap", "", <<v>>)
CanonSent(p)       == State("canon_sent", p, <<>>)
CanonExecuted(vs)  == State("canon", "", <<vs>>)

\* The value a state carries (executed, ap, canon).
ValueOf(s) == s.val[1]

\* How far an instance has progressed; merge never goes back a level.
Level(s) ==
  CASE s.st = "not_met"                                  -> 0
    [] s.st \in {"sent", "requested", "canon_sent"}      -> 1
    [] OTHER                                             -> 2

StateEq(a, b) ==
  /\ a.st = b.st /\ a.by = b.by /\ Len(a.val) = Len(b.val)
  /\ a.val # <<>> => JsonEq(ValueOf(a), ValueOf(b))

\* Functions built up key by key.
EmptyFcn == [x \in {} |-> 0]
Put(f, x, v) == (x :> v) @@ f          \* f with f[x] = v (overriding)
Drop(f, x) == [y \in DOMAIN f \ {x} |-> f[y]]
Get(f, x, default) == IF x \in DOMAIN f THEN f[x] ELSE default

\* The data a peer stores and a particle carries.
EmptyData == [trace |-> EmptyFcn, gens |-> EmptyFcn]

(***************************************************************************)
(* Merge of one instance's states (prev = stored, cur = arriving), after   *)
(* AquaVM's merge tables (air-semantics.md section 4.2): the more advanced *)
(* state wins; between two request states the stored one wins (senders    *)
(* are not compared, issue #137); between two ap states the stored one     *)
(* wins; two final states must agree, otherwise the traces are            *)
(* incompatible (uncatchable TraceError: the run is aborted).              *)
(***************************************************************************)
MergeState(prev, cur) ==
  CASE Level(prev) = 0                         -> [ok |-> TRUE, st |-> cur]
    [] Level(cur) = 0                          -> [ok |-> TRUE, st |-> prev]
    [] Level(prev) = 1 /\ Level(cur) = 1       -> [ok |-> TRUE, st |-> prev]
    [] Level(prev) = 1                         -> [ok |-> TRUE, st |-> cur]
    [] Level(cur) = 1                          -> [ok |-> TRUE, st |-> prev]
    [] prev.st = "ap" /\ cur.st = "ap"         -> [ok |-> TRUE, st |-> prev]
    [] StateEq(prev, cur)                      -> [ok |-> TRUE, st |-> prev]
    [] OTHER                                   -> [ok |-> FALSE, st |-> prev]

MergeTraces(pt, ct) ==
  LET keys == DOMAIN pt \cup DOMAIN ct
      m    == [k \in keys |-> MergeState(Get(pt, k, NotMet), Get(ct, k, NotMet))]
  IN [ok |-> \A k \in keys : m[k].ok, trace |-> [k \in keys |-> m[k].st]]

(***************************************************************************)
(* Merge of one stream's generations: the stored generations first, then  *)
(* the arriving ones without the values already stored, empty generations *)
(* dropped (AquaVM: "prev" then "current" generation spaces, compaction).  *)
(***************************************************************************)
Range(s) == {s[i] : i \in DOMAIN s}
Elems(gens) == UNION {Range(gens[i]) : i \in DOMAIN gens}

NonEmpty(gens) == SelectSeq(gens, LAMBDA g : g # <<>>)

MergeGens(pg, cg) ==
  LET known == Elems(pg)
      fresh == [i \in 1..Len(cg) |-> SelectSeq(cg[i], LAMBDA k : k \notin known)]
  IN pg \o NonEmpty(fresh)

Merge(prev, cur) ==
  LET t    == MergeTraces(prev.trace, cur.trace)
      sids == DOMAIN prev.gens \cup DOMAIN cur.gens
  IN [ok   |-> t.ok,
      data |-> [trace |-> t.trace,
                gens  |-> [s \in sids |-> MergeGens(Get(prev.gens, s, <<>>),
                                                    Get(cur.gens, s, <<>>))]]]
=============================================================================
