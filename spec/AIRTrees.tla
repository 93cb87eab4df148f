----------------------------- MODULE AIRTrees ------------------------------
(***************************************************************************)
(* AIR scripts as data: the constant Script of AIR.tla is a sequence of   *)
(* nodes; a node's position in the sequence is its id and node 1 is the    *)
(* root.  Compound nodes name their children by id.  Convention (checked   *)
(* by WellFormed): a child's id is larger than its parent's, as in a       *)
(* pre-order numbering, so the script is a finite tree and the             *)
(* interpreter's recursion terminates.                                     *)
(*                                                                         *)
(* Instruction constructors carry AIR's own keywords (seq, par, call, ...), *)
(* so a script reads like its AIR text; operands and outputs are           *)
(* capitalised.  Example, the fork/join of air-semantics.md section 4.9:   *)
(*   << seq(2, 7), seq(3, 6), par(4, 5),                                   *)
(*      call(Lit("provider_1"), "price", "get", <<Lit("BTC")>>, Scalar("p1")),*)
(*      call(Lit("provider_2"), "price", "get", <<Lit("BTC")>>, Scalar("p2")),*)
(*      call(Lit("avg_peer"), "math", "avg", <<Var("p1"), Var("p2")>>,     *)
(*           Scalar("avg")),                                               *)
(*      call(InitPeerId, "callback", "result", <<Var("avg")>>, NoOutput) >> *)
(*                                                                         *)
(* Names keep AIR's sigils: "x" is a scalar, "$s" a stream, "#c" a canon   *)
(* stream.  Service and function names are literals (a triplet part held   *)
(* in a variable is not modelled); the peer part is any operand.           *)
(***************************************************************************)
EXTENDS Integers, Sequences

(***************************************************************************)
(* Operands: call arguments, match operands, ap arguments, peer parts,     *)
(* fold iterables.                                                         *)
(***************************************************************************)
Lit(v)              == [op |-> "literal", val |-> v]
InitPeerId          == [op |-> "init_peer_id"]
Var(x)              == [op |-> "var", name |-> x, lens |-> <<>>]   \* x or #c
VarLens(x, lens)    == [op |-> "var", name |-> x, lens |-> lens]   \* x.$.a.[0]
Length(x)           == [op |-> "length", name |-> x]               \* #c.length
LastError           == [op |-> "last_error", lens |-> <<>>]        \* %last_error%
LastErrorLens(lens) == [op |-> "last_error", lens |-> lens]
ErrorValue          == [op |-> "error", lens |-> <<>>]             \* :error:
ErrorValueLens(lens)== [op |-> "error", lens |-> lens]

(***************************************************************************)
(* Outputs of call and ap.                                                 *)
(***************************************************************************)
NoOutput  == [kind |-> "none", name |-> ""]
Scalar(x) == [kind |-> "scalar", name |-> x]
Stream(s) == [kind |-> "stream", name |-> s]

(***************************************************************************)
(* Instructions.  NoLast (0) marks a fold without a last instruction.      *)
(***************************************************************************)
NoLast == 0

call(peer, service, function, args, out) ==
  [kind |-> "call", peer |-> peer, service |-> service, function |-> function,
   args |-> args, out |-> out]
seq(l, r)              == [kind |-> "seq", left |-> l, right |-> r]
par(l, r)              == [kind |-> "par", left |-> l, right |-> r]
xor(l, r)              == [kind |-> "xor", left |-> l, right |-> r]
match(a, b, body)      == [kind |-> "match", lhs |-> a, rhs |-> b, body |-> body]
mismatch(a, b, body)   == [kind |-> "mismatch", lhs |-> a, rhs |-> b, body |-> body]
fail(code, msg)        == [kind |-> "fail", form |-> "literal", code |-> code, msg |-> msg]
failError              == [kind |-> "fail", form |-> "error"]        \* (fail :error:)
failLastError          == [kind |-> "fail", form |-> "last_error"]   \* (fail %last_error%)
null                   == [kind |-> "null"]
never                  == [kind |-> "never"]
new(name, body)        == [kind |-> "new", name |-> name, body |-> body]
ap(arg, out)           == [kind |-> "ap", arg |-> arg, out |-> out]
canon(peer, s, c)      == [kind |-> "canon", peer |-> peer, stream |-> s, canon |-> c]
\* (fold iterable i body [last]) over a scalar array or a canon stream
fold(iterable, i, body, last) ==
  [kind |-> "fold", iterable |-> iterable, iter |-> i, body |-> body, last |-> last]
\* (fold $s i body [last]) over a stream
foldStream(s, i, body, last) ==
  [kind |-> "fold_stream", stream |-> s, iter |-> i, body |-> body, last |-> last]
next(i) == [kind |-> "next", iter |-> i]

Kinds == {"call", "seq", "par", "xor", "match", "mismatch", "fail", "null",
          "never", "new", "ap", "canon", "fold", "fold_stream", "next"}

\* The child ids of a node (the last instruction of a fold included).
Children(node) ==
  CASE node.kind \in {"seq", "par", "xor"}        -> {node.left, node.right}
    [] node.kind \in {"match", "mismatch", "new"} -> {node.body}
    [] node.kind \in {"fold", "fold_stream"}      ->
         {node.body} \cup (IF node.last = NoLast THEN {} ELSE {node.last})
    [] OTHER                                      -> {}

\* Script is a tree numbered so that children come after their parent.
WellFormed(script) ==
  /\ Len(script) >= 1
  /\ \A n \in 1..Len(script) :
       /\ script[n].kind \in Kinds
       /\ \A c \in Children(script[n]) : c \in (n + 1)..Len(script)
  /\ \A c \in 2..Len(script) :
       \E n \in 1..Len(script) : c \in Children(script[n])

\* Stream names start with "$".
IsStreamName(x) == Len(x) >= 1 /\ SubSeq(x, 1, 1) = "$"
=============================================================================
