----------------------------- MODULE MergeLaws -----------------------------
(***************************************************************************)
(* The algebra of the model's merge (AIRData), checked exhaustively over   *)
(* small domains: the laws air/README.md claims for AquaVM's data merge    *)
(* (air-semantics.md section 4.8) -- an idempotent, non-commutative monoid *)
(* with the empty data as neutral element -- plus monotonicity (no state   *)
(* goes back a level).  Associativity is required where both bracketings   *)
(* merge without conflict.  NonCommutative is a witness that the merge is *)
(* not commutative (request states: the stored one wins; stream           *)
(* generations: the stored ones first).  The laws are constant formulas,  *)
(* which TLC evaluates once, when it starts.                               *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets, TLC, AIRData

VARIABLE unused
Init == unused = 0
Next == UNCHANGED unused

K1 == Key(1, <<>>)
K2 == Key(2, <<<<3, "1">>>>)

States == {NotMet, Sent("a"), Requested("b"), Executed(1), Executed(2), Failed}

\* Traces over the keys K1 and K2 (NotMet = absent).
Traces ==
  { [k \in {x \in {K1, K2} : f[x] # NotMet} |-> f[k]] : f \in [{K1, K2} -> States] }

\* Generations of one stream over K1 and K2.
GenSeqs == { <<>>, <<<<K1>>>>, <<<<K2>>>>, <<<<K1, K2>>>>, <<<<K2, K1>>>>,
             <<<<K1>>, <<K2>>>>, <<<<K2>>, <<K1>>>> }

S == <<"$s", Key(0, <<>>)>>
Data(t, g) == [trace |-> t, gens |-> IF g = <<>> THEN EmptyFcn ELSE (S :> g)]
TraceData == {Data(t, <<>>) : t \in Traces}
GenData == {Data(EmptyFcn, g) : g \in GenSeqs}

M(a, b) == Merge(a, b).data
Merged(a, b) == Merge(a, b).ok

Idempotent == \A d \in TraceData \cup GenData : Merged(d, d) /\ M(d, d) = d

Neutral == \A d \in TraceData \cup GenData :
             M(EmptyData, d) = d /\ M(d, EmptyData) = d

Associative(D) ==
  \A a, b, c \in D :
    (Merged(a, b) /\ Merged(M(a, b), c) /\ Merged(b, c) /\ Merged(a, M(b, c)))
      => M(M(a, b), c) = M(a, M(b, c))

\* AquaVM's absorption: if f(a, b) = c then f(c, b) = c and f(c, a) = c.
Absorbing == \A a, b \in TraceData \cup GenData :
               Merged(a, b) => LET c == M(a, b) IN M(c, b) = c /\ M(c, a) = c

Monotone == \A a, b \in TraceData :
              Merged(a, b) => \A k \in DOMAIN a.trace :
                            Level(M(a, b).trace[k]) >= Level(a.trace[k])

NonCommutative ==
  /\ M(Data(K1 :> Sent("a"), <<>>), Data(K1 :> Requested("b"), <<>>))
       # M(Data(K1 :> Requested("b"), <<>>), Data(K1 :> Sent("a"), <<>>))
  /\ \E a, b \in GenData : M(a, b) # M(b, a)

Laws == Idempotent /\ Neutral /\ Associative(TraceData) /\ Associative(GenData)
        /\ Absorbing /\ Monotone /\ NonCommutative
=============================================================================
