------------------------------ MODULE AIRExec ------------------------------
(***************************************************************************)
(* One run of the AIR interpreter on one peer: the AquaVM model.          *)
(*                                                                         *)
(* AquaVM never applies a delivered trace structurally: it merges the      *)
(* stored data (prev) with the arriving data (current) and RE-EXECUTES the *)
(* whole script from the root over the merged states.  Recorded decisions  *)
(* are replayed, new ones are taken where the script reaches an instance   *)
(* with no final state yet.  A run yields the new data, the peers to send  *)
(* the particle to (next_peer_pks), the call requests for the host, and    *)
(* whether the root subgraph completed (air-semantics.md sections 4, 5).   *)
(*                                                                         *)
(* Exec(n, path, r) executes node n, in the fold iteration named by path,  *)
(* in run context r, and returns the context after it.  The context is    *)
(* the interpreter's whole mutable state, threaded in execution order:     *)
(*                                                                         *)
(*   me        the peer running                                            *)
(*   trace     Key -> state: the merged states, extended by this run       *)
(*   gens      stream id -> generations (sequences of producer keys)       *)
(*   met       producer keys met so far in this run: a stream holds only   *)
(*             the values whose producing state the run has replayed or   *)
(*             produced, as in AquaVM                                      *)
(*   open      streams whose last generation was opened by this run and    *)
(*             still takes values                                          *)
(*   env       name -> value: scalars, canon streams, fold iterators       *)
(*   streams   stream name -> stream id, for names bound by (new $s ...)   *)
(*   iters     iterator name -> fold state (elements, position, ...)       *)
(*   next      peers the particle must go to                               *)
(*   reqs      call requests for the host                                  *)
(*   results   call results handed to this run, Key -> outcome             *)
(*   blocked   keys of instructions waiting for a variable (joins)         *)
(*   lastErr   %last_error%;  errObj  :error:                              *)
(*   complete  the completeness flag (section 5.1)                         *)
(*   err       the catchable error propagating, NoError if none            *)
(***************************************************************************)
EXTENDS Integers, Sequences, FiniteSets, TLC, AIRValues, AIRTrees, AIRData

CONSTANTS
  Script,   \* the script: a sequence of nodes built with AIRTrees, root = 1
  InitPeer  \* %init_peer_id%

ASSUME WellFormed(Script)

GlobalScope == Key(0, <<>>)     \* the scope of streams not bound by new

Min(S) == CHOOSE i \in S : \A j \in S : i <= j

RECURSIVE Flatten(_)
Flatten(ss) == IF ss = <<>> THEN <<>> ELSE Head(ss) \o Flatten(Tail(ss))

(***************************************************************************)
(* Small effects on the run context.                                       *)
(***************************************************************************)
Incomplete(r) == [r EXCEPT !.complete = FALSE]

\* A join: the instruction waits for a variable; nothing is written.
Wait(r, k) == [r EXCEPT !.complete = FALSE, !.blocked = @ \cup {k}]

\* A catchable error with error object obj and ret code code.
\* match/mismatch failures set :error: but not %last_error%.
RaiseObject(r, code, obj) ==
  [r EXCEPT !.err      = code,
            !.complete = FALSE,
            !.errObj   = obj,
            !.lastErr  = IF code \in {MatchValuesNotEqual, MismatchValuesEqual}
                           THEN @ ELSE obj]
Raise(r, code) == RaiseObject(r, code, ErrorObject(code))

IsMe(v, r) == JsonEq(v, r.me)

(***************************************************************************)
(* Operands.                                                               *)
(***************************************************************************)
Eval(o, r) ==
  CASE o.op = "literal"      -> Value(o.val)
    [] o.op = "init_peer_id" -> Value(InitPeer)
    [] o.op = "var"          -> IF o.name \in DOMAIN r.env
                                  THEN ApplyLens(r.env[o.name], o.lens)
                                  ELSE Undefined
    [] o.op = "length"       -> IF o.name \in DOMAIN r.env
                                  THEN LengthOf(r.env[o.name])
                                  ELSE Undefined
    [] o.op = "last_error"   -> ApplyLens(r.lastErr, o.lens)
    [] o.op = "error"        -> ApplyLens(r.errObj, o.lens)

\* Call arguments: an error wins over a missing variable (issue #214).
EvalAll(args, r) ==
  LET rs   == [i \in 1..Len(args) |-> Eval(args[i], r)]
      errs == {i \in 1..Len(args) : rs[i].tag = "error"}
  IN IF errs # {} THEN rs[Min(errs)]
     ELSE IF \E i \in 1..Len(args) : rs[i].tag = "undefined" THEN Undefined
     ELSE Value([i \in 1..Len(args) |-> rs[i].val])

(***************************************************************************)
(* Streams.  A stream id is <<name, scope>>, the scope being the key of    *)
(* the (new $s ...) that bound it, or GlobalScope.                         *)
(***************************************************************************)
StreamId(name, r) ==
  IF name \in DOMAIN r.streams THEN r.streams[name] ELSE <<name, GlobalScope>>

MetPart(gen, r) == SelectSeq(gen, LAMBDA k : k \in r.met)

\* The generations of a stream as this run sees it at this point.
Visible(sid, r) ==
  LET gens == Get(r.gens, sid, <<>>)
  IN NonEmpty([i \in 1..Len(gens) |-> MetPart(gens[i], r)])

StreamValues(sid, r) ==
  LET ks == Flatten(Visible(sid, r)) IN [i \in 1..Len(ks) |-> ValueOf(r.trace[ks[i]])]

\* The value produced by state k joins the stream: a replayed value stays in
\* its recorded generation, a new one goes to the generation this run opened.
AddToStream(sid, k, r) ==
  LET gens  == Get(r.gens, sid, <<>>)
      known == k \in Elems(gens)
      gens2 == IF known THEN gens
               ELSE IF sid \in r.open
                      THEN [gens EXCEPT ![Len(gens)] = Append(@, k)]
                      ELSE Append(gens, <<k>>)
  IN [r EXCEPT !.gens = Put(@, sid, gens2),
               !.met  = @ \cup {k},
               !.open = IF known THEN @ ELSE @ \cup {sid}]

BindOutput(out, k, v, r) ==
  IF out.kind = "scalar" THEN [r EXCEPT !.env = Put(@, out.name, v)]
  ELSE IF out.kind = "stream" THEN AddToStream(StreamId(out.name, r), k, r)
  ELSE r

(***************************************************************************)
(* call (section 5.2).  The triplet's peer is resolved first (missing:     *)
(* join).  A remote call with no state is FORWARDED whether or not its     *)
(* arguments exist; a local call waits for its arguments (join) and then   *)
(* asks the host (a call request), the answer arriving in a later run.     *)
(***************************************************************************)
Request(n, k, args, r) ==
  [r EXCEPT !.trace    = Put(@, k, Requested(r.me)),
            !.reqs     = @ \cup {[key |-> k, peer |-> r.me,
                                  service |-> Script[n].service,
                                  function |-> Script[n].function,
                                  args |-> args]},
            !.complete = FALSE]

Forward(k, p, r) ==
  [r EXCEPT !.trace    = Put(@, k, Sent(r.me)),
            !.next     = @ \cup {p},
            !.complete = FALSE]

\* The host's answer to this peer's request k is consumed.
Consume(n, k, r) ==
  LET o  == r.results[k]
      r1 == [r EXCEPT !.results = Drop(@, k)]
  IN IF o.ok
       THEN BindOutput(Script[n].out, k, OkValue(o),
                       [r1 EXCEPT !.trace = Put(@, k, Executed(OkValue(o)))])
       ELSE Raise([r1 EXCEPT !.trace = Put(@, k, Failed)], LocalServiceError)

ExecCall(n, path, r) ==
  LET node == Script[n]
      k    == Key(n, path)
      peer == Eval(node.peer, r)
      args == EvalAll(node.args, r)
      st   == Get(r.trace, k, NotMet)
  IN IF peer.tag = "undefined" THEN Wait(r, k)
     ELSE IF peer.tag = "error" THEN Raise(r, peer.code)
     ELSE IF Kind(peer.val) # "string" THEN Raise(r, NonStringInTriplet)
     ELSE IF args.tag = "error" THEN Raise(r, args.code)
     ELSE IF st.st = "executed" THEN BindOutput(node.out, k, ValueOf(st), r)
     ELSE IF st.st = "failed" THEN Raise(r, LocalServiceError)
     ELSE IF st.st = "requested" /\ st.by = r.me
            THEN IF k \in DOMAIN r.results THEN Consume(n, k, r) ELSE Incomplete(r)
     ELSE IF IsMe(peer.val, r)
            THEN IF args.tag = "undefined" THEN Wait(r, k) ELSE Request(n, k, args.val, r)
     ELSE IF st.st = "not_met" THEN Forward(k, peer.val, r)
     ELSE Incomplete(r)    \* already forwarded: wait for the result to come back

(***************************************************************************)
(* ap (section 5.6) and canon (section 5.7).  A canon is frozen by its     *)
(* first execution on its peer: the snapshot is stored and every later     *)
(* run, on any peer, binds the stored snapshot, never the stream.          *)
(***************************************************************************)
ExecAp(n, path, r) ==
  LET node == Script[n]
      k    == Key(n, path)
      a    == Eval(node.arg, r)
  IN IF a.tag = "undefined" THEN Wait(r, k)
     ELSE IF a.tag = "error" THEN Raise(r, a.code)
     ELSE IF node.out.kind = "scalar" THEN [r EXCEPT !.env = Put(@, node.out.name, a.val)]
     ELSE AddToStream(StreamId(node.out.name, r), k,
                      [r EXCEPT !.trace = Put(@, k, Get(@, k, ApState(a.val)))])

ExecCanon(n, path, r) ==
  LET node == Script[n]
      k    == Key(n, path)
      st   == Get(r.trace, k, NotMet)
      peer == Eval(node.peer, r)
  IN IF st.st = "canon" THEN [r EXCEPT !.env = Put(@, node.canon, ValueOf(st))]
     ELSE IF peer.tag = "undefined" THEN Wait(r, k)
     ELSE IF peer.tag = "error" THEN Raise(r, peer.code)
     ELSE IF Kind(peer.val) # "string" THEN Raise(r, NonStringInTriplet)
     ELSE IF IsMe(peer.val, r)
            THEN LET vs == StreamValues(StreamId(node.stream, r), r)
                 IN [r EXCEPT !.trace = Put(@, k, CanonExecuted(vs)),
                              !.env   = Put(@, node.canon, vs)]
     ELSE IF st.st = "not_met"
            THEN [r EXCEPT !.trace    = Put(@, k, CanonSent(r.me)),
                           !.next     = @ \cup {peer.val},
                           !.complete = FALSE]
     ELSE Incomplete(r)

(***************************************************************************)
(* fail (section 5.5).  (fail :error:) and (fail %last_error%) re-throw    *)
(* the saved error object with its own code.                               *)
(***************************************************************************)
Rethrow(r, obj) ==
  IF obj.error_code = NoError THEN Raise(r, InvalidErrorObject)
  ELSE RaiseObject(r, obj.error_code, obj)

ExecFail(n, r) ==
  LET node == Script[n] IN
  CASE node.form = "literal"    -> RaiseObject(r, UserError, ErrorObject(node.code))
    [] node.form = "error"      -> Rethrow(r, r.errObj)
    [] node.form = "last_error" -> Rethrow(r, r.lastErr)

(***************************************************************************)
(* The instructions with sub-instructions call Exec recursively.           *)
(***************************************************************************)
RECURSIVE Exec(_, _, _)

\* (seq A B): B only runs if A completed without an error.  Like xor, seq
\* resets the completeness flag on entry (AquaVM seq.rs), so a subgraph left
\* incomplete earlier does not stop it.
ExecSeq(n, path, r) ==
  LET r1 == Exec(Script[n].left, path, [r EXCEPT !.complete = TRUE])
  IN IF r1.err # NoError \/ ~r1.complete THEN r1 ELSE Exec(Script[n].right, path, r1)

\* (par A B): both run; complete if one completed; an error only if both
\* failed (the right one's).  A branch that is itself a (next i) starts
\* incomplete (AquaVM par.rs, determine_subgraph_complete).
ExecPar(n, path, r) ==
  LET node == Script[n]
      rl   == Exec(node.left, path,
                   [r EXCEPT !.complete = Script[node.left].kind # "next"])
      rr   == Exec(node.right, path,
                   [rl EXCEPT !.complete = Script[node.right].kind # "next",
                              !.err      = NoError])
  IN [rr EXCEPT !.complete = rl.complete \/ rr.complete,
                !.err      = IF rl.err # NoError /\ rr.err # NoError
                               THEN rr.err ELSE NoError]

\* (xor A B): B runs only if A raised a catchable error; :error: is visible
\* in B and cleared after it unless B fails.  A merely incomplete A is no
\* failure.
ExecXor(n, path, r) ==
  LET node == Script[n]
      rl   == Exec(node.left, path, [r EXCEPT !.complete = TRUE])
      rr   == Exec(node.right, path, [rl EXCEPT !.complete = TRUE, !.err = NoError])
  IN IF rl.err = NoError THEN rl
     ELSE IF rr.err = NoError THEN [rr EXCEPT !.errObj = NoErrorObject]
     ELSE rr

\* (match a b I) and (mismatch a b I); a missing operand is a join.
ExecMatch(n, path, r, equal) ==
  LET node == Script[n]
      a    == Eval(node.lhs, r)
      b    == Eval(node.rhs, r)
  IN IF a.tag = "error" THEN Raise(r, a.code)
     ELSE IF b.tag = "error" THEN Raise(r, b.code)
     ELSE IF a.tag = "undefined" \/ b.tag = "undefined" THEN Wait(r, Key(n, path))
     ELSE IF JsonEq(a.val, b.val) = equal THEN Exec(node.body, path, r)
     ELSE Raise(r, IF equal THEN MatchValuesNotEqual ELSE MismatchValuesEqual)

\* (new $s I) binds a fresh stream per execution of the new; (new x I) hides
\* x (and #c) inside I and restores the outer binding afterwards.
ExecNew(n, path, r) ==
  LET node == Script[n]
      x    == node.name
  IN IF IsStreamName(x)
       THEN LET r1 == Exec(node.body, path,
                           [r EXCEPT !.streams = Put(@, x, <<x, Key(n, path)>>)])
            IN [r1 EXCEPT !.streams = r.streams]
       ELSE LET r1 == Exec(node.body, path, [r EXCEPT !.env = Drop(@, x)])
            IN [r1 EXCEPT !.env = IF x \in DOMAIN r.env THEN Put(Drop(@, x), x, r.env[x])
                                                       ELSE Drop(@, x)]

(***************************************************************************)
(* fold (sections 5.8, 5.9).  Iterate runs the body for the first element; *)
(* (next i) runs it for the following element, recursively (a right fold),*)
(* each iteration with the scalars of the fold's start plus the iterator;  *)
(* scalars set inside the fold vanish when it ends.  When the elements are *)
(* exhausted, next runs the last instruction (completeness reset first);   *)
(* without one, a stream fold's pass becomes incomplete (implicit never,   *)
(* issue #333) and a scalar fold's does not change.                        *)
(***************************************************************************)
Iterate(n, path, elems, overStream, r) ==
  LET node == Script[n]
      fs   == [fold |-> n, path |-> path, elems |-> elems, pos |-> 1,
               stream |-> overStream, env |-> r.env]
      r1   == [r EXCEPT !.iters = Put(@, node.iter, fs),
                        !.env   = Put(@, node.iter, elems[1].val)]
      r2   == Exec(node.body, Append(path, <<n, elems[1].id>>), r1)
  IN [r2 EXCEPT !.iters = r.iters, !.env = r.env]

ExecNext(n, r) ==
  LET i    == Script[n].iter
      fs   == r.iters[i]
      fnode == Script[fs.fold]
  IN IF fs.pos < Len(fs.elems)
       THEN LET e  == fs.elems[fs.pos + 1]
                r1 == [r EXCEPT !.iters = Put(@, i, [fs EXCEPT !.pos = fs.pos + 1]),
                                !.env   = Put(fs.env, i, e.val)]
                r2 == Exec(fnode.body, Append(fs.path, <<fs.fold, e.id>>), r1)
            IN [r2 EXCEPT !.iters = r.iters, !.env = r.env]
     ELSE IF fnode.last # NoLast
       THEN Exec(fnode.last, Append(fs.path, <<fs.fold, "last:" \o fs.elems[1].id>>),
                 [r EXCEPT !.complete = TRUE])
     ELSE IF fs.stream THEN Incomplete(r)
     ELSE r

\* Fold over a scalar array or a canon stream; no state is written.
ExecFold(n, path, r) ==
  LET node == Script[n]
      it   == Eval(node.iterable, r)
  IN IF it.tag = "undefined" THEN Wait(r, Key(n, path))
     ELSE IF it.tag = "error" THEN Raise(r, it.code)
     ELSE IF Kind(it.val) # "array" THEN Raise(r, FoldIteratesOverNonArray)
     ELSE IF Len(it.val) = 0 THEN r
     ELSE Iterate(n, path,
                  [j \in 1..Len(it.val) |-> [id |-> ToString(j), val |-> it.val[j]]],
                  FALSE, r)

\* Fold over a stream: one pass per generation, in stream order, including
\* generations that appear while the fold runs; catchable errors of a pass
\* are swallowed (PR #351); complete iff some pass completed.
RECURSIVE Passes(_, _, _, _, _, _)
Passes(n, path, sid, cursor, seen, r) ==
  LET gens  == Get(r.gens, sid, <<>>)
      ready == {j \in (cursor + 1)..Len(gens) : MetPart(gens[j], r) # <<>>}
  IN IF ready = {} THEN [r EXCEPT !.complete = seen]
     ELSE LET j     == Min(ready)
              part  == MetPart(gens[j], r)
              elems == [e \in 1..Len(part) |->
                          [id |-> ToString(part[e]), val |-> ValueOf(r.trace[part[e]])]]
              r1    == Iterate(n, path, elems, TRUE, r)
          IN Passes(n, path, sid, j, seen \/ r1.complete,
                    [r1 EXCEPT !.err = NoError, !.open = @ \ {sid}])

\* A stream that does not exist yet (never written in this run, not bound by
\* new) makes the fold wait.
ExecFoldStream(n, path, r) ==
  LET node == Script[n]
      sid  == StreamId(node.stream, r)
  IN IF node.stream \notin DOMAIN r.streams /\ Visible(sid, r) = <<>>
       THEN Wait(r, Key(n, path))
       ELSE Passes(n, path, sid, 0, FALSE, [r EXCEPT !.open = @ \ {sid}])

Exec(n, path, r) ==
  LET kind == Script[n].kind IN
  CASE kind = "call"        -> ExecCall(n, path, r)
    [] kind = "seq"         -> ExecSeq(n, path, r)
    [] kind = "par"         -> ExecPar(n, path, r)
    [] kind = "xor"         -> ExecXor(n, path, r)
    [] kind = "match"       -> ExecMatch(n, path, r, TRUE)
    [] kind = "mismatch"    -> ExecMatch(n, path, r, FALSE)
    [] kind = "fail"        -> ExecFail(n, r)
    [] kind = "null"        -> r
    [] kind = "never"       -> Incomplete(r)
    [] kind = "new"         -> ExecNew(n, path, r)
    [] kind = "ap"          -> ExecAp(n, path, r)
    [] kind = "canon"       -> ExecCanon(n, path, r)
    [] kind = "fold"        -> ExecFold(n, path, r)
    [] kind = "fold_stream" -> ExecFoldStream(n, path, r)
    [] kind = "next"        -> ExecNext(n, r)

(***************************************************************************)
(* A whole run of peer p: merge, re-execute from the root, report.  Two    *)
(* traces that cannot be merged abort the run (uncatchable TraceError):    *)
(* the stored data stays, nothing is sent or requested.  A catchable error *)
(* that reaches the root still returns the new data and its next peers.    *)
(***************************************************************************)
InitialContext(p, data, results) ==
  [me |-> p, trace |-> data.trace, gens |-> data.gens, met |-> {}, open |-> {},
   env |-> EmptyFcn, streams |-> EmptyFcn, iters |-> EmptyFcn,
   next |-> {}, reqs |-> {}, results |-> results, blocked |-> {},
   lastErr |-> NoErrorObject, errObj |-> NoErrorObject,
   complete |-> TRUE, err |-> NoError]

\* What a peer remembers of its last run (not part of AquaVM's data).
RunStatus(complete, err, blocked) ==
  [ran |-> TRUE, complete |-> complete, err |-> err, blocked |-> blocked]
NeverRan == [ran |-> FALSE, complete |-> FALSE, err |-> NoError, blocked |-> {}]

Run(p, prev, cur, results) ==
  LET m == Merge(prev, cur)
      r == Exec(1, <<>>, InitialContext(p, m.data, results))
  IN IF ~m.ok
       THEN [data |-> prev, next |-> {}, reqs |-> {},
             status |-> RunStatus(FALSE, TraceError, {})]
       ELSE [data   |-> [trace |-> r.trace, gens |-> r.gens],
             next   |-> r.next,
             reqs   |-> r.reqs,
             status |-> RunStatus(r.complete, r.err, r.blocked)]
=============================================================================
