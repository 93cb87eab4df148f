----------------------------- MODULE AIRValues -----------------------------
(***************************************************************************)
(* JSON values as the AIR model sees them.                                 *)
(*                                                                         *)
(* AIR computes on JSON values.  The model uses TLC values for them:       *)
(*   JSON string   -> TLA+ string          "BTC"                           *)
(*   JSON number   -> TLA+ integer         100   (no floats)               *)
(*   JSON boolean  -> TLA+ boolean         TRUE                            *)
(*   JSON array    -> TLA+ sequence        <<1, 2>>                        *)
(*   JSON object   -> TLA+ record          [error_code |-> 10000]          *)
(* JSON null and floats are not modelled.  Only finitely many values occur *)
(* in any instance: the literals of the script and the outcomes of the     *)
(* services (constant Answers in AIR.tla).                                 *)
(*                                                                         *)
(* TLC refuses to compare values of different kinds ("a" = 1 is an error,  *)
(* not FALSE), whereas JSON equality is simply false across kinds.  Kind   *)
(* recovers the JSON kind from TLC's canonical printing of the value, so   *)
(* JsonEq never asks TLC an ill-typed question about atoms.                *)
(***************************************************************************)
EXTENDS Integers, Sequences, TLC

\* The JSON kind of a value: "string", "number", "boolean", "array" or "object".
Kind(v) ==
  LET s == ToString(v) IN
  CASE SubSeq(s, 1, 1) = "\""                  -> "string"
    [] Len(s) >= 2 /\ SubSeq(s, 1, 2) = "<<"   -> "array"
    [] SubSeq(s, 1, 1) = "["                   -> "object"
    [] s \in {"TRUE", "FALSE"}                 -> "boolean"
    [] OTHER                                   -> "number"

\* JSON equality (as used by match/mismatch): values of different kinds differ.
JsonEq(a, b) == Kind(a) = Kind(b) /\ a = b

(***************************************************************************)
(* Results of evaluating an operand.  An operand either has a value, or    *)
(* names a variable that does not exist yet (the join case: the           *)
(* instruction waits), or fails with a catchable error code.               *)
(***************************************************************************)
Value(v)      == [tag |-> "value", val |-> v, code |-> 0]
Undefined     == [tag |-> "undefined", val |-> "", code |-> 0]
EvalError(c)  == [tag |-> "error", val |-> "", code |-> c]

(***************************************************************************)
(* Catchable error codes of AquaVM 0.62 (air-semantics.md section 2.5)     *)
(* that the model can raise, and the uncatchable trace error raised when   *)
(* two traces cannot be merged.                                            *)
(***************************************************************************)
NoError                  == 0
LocalServiceError        == 10000
MatchValuesNotEqual      == 10001
MismatchValuesEqual      == 10002
FoldIteratesOverNonArray == 10005
UserError                == 10006
LambdaApplierError       == 10007
InvalidErrorObject       == 10008
LengthOnNotArray         == 10010
NonStringInTriplet       == 10011
TraceError               == 20000

\* %last_error% and :error: are abstracted to their error code (section 4 of README).
ErrorObject(code) == [error_code |-> code]
NoErrorObject     == ErrorObject(NoError)

(***************************************************************************)
(* Lenses.  A lens is a sequence of accessors: an integer is a 0-based     *)
(* array index (.$.[0]), a string is an object field (.$.field).  A wrong  *)
(* accessor is the catchable LambdaApplierError.                           *)
(***************************************************************************)
RECURSIVE ApplyLens(_, _)
ApplyLens(v, lens) ==
  IF lens = <<>> THEN Value(v)
  ELSE LET a == Head(lens) IN
       IF Kind(a) = "number"
         THEN IF Kind(v) = "array" /\ 0 <= a /\ a < Len(v)
                THEN ApplyLens(v[a + 1], Tail(lens))
                ELSE EvalError(LambdaApplierError)
         ELSE IF Kind(v) = "object" /\ a \in DOMAIN v
                THEN ApplyLens(v[a], Tail(lens))
                ELSE EvalError(LambdaApplierError)

\* The .length functor.
LengthOf(v) == IF Kind(v) = "array" THEN Value(Len(v)) ELSE EvalError(LengthOnNotArray)

(***************************************************************************)
(* Service outcomes: what the host hands back for a call request.  A       *)
(* failure carries the raw result text.  The value and the text sit in    *)
(* separate fields, each wrapped in a sequence, so that TLC can order a    *)
(* set such as {Ok(1), Fail("down")} without comparing 1 with "down".     *)
(***************************************************************************)
Ok(v)   == [ok |-> TRUE, val |-> <<v>>, msg |-> <<>>]
Fail(m) == [ok |-> FALSE, val |-> <<>>, msg |-> <<m>>]
OkValue(o) == o.val[1]
=============================================================================
