package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import dev.airproof.translator.graph.Variables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mutable; translates one script instruction by instruction into a {@link NetAssembly}. Every
 * {@code compile} call gets the entry place of the instruction and the places its success and its
 * catchable error lead to, and returns the peer the particle is on when it succeeds. Folds are
 * handled by {@link FoldCompiler}.
 */
final class NetCompiler {
  static final String INIT = "%init_peer_id%";

  final NetAssembly a = new NetAssembly();
  final NetOptions options;
  final Map<String, String> globals = new LinkedHashMap<>();
  final Map<String, List<String>> streamWriters = new LinkedHashMap<>();
  final Map<String, List<String>> streamReaders = new LinkedHashMap<>();
  final List<Map.Entry<Span, String>> streamFolds = new ArrayList<>();
  final List<Span> cutFolds = new ArrayList<>();
  private final FoldCompiler folds = new FoldCompiler(this);
  private int streamInstances;
  Optional<TranslationResult.Unsupported> refused = Optional.empty();
  /** The end-of-script place and the done place, once the top instruction is being compiled. */
  Optional<String> end = Optional.empty();
  Optional<String> done = Optional.empty();
  final Map<String, String> elsewhere = new LinkedHashMap<>();
  /** Peer texts that name variables: the same text may be another peer in another iteration. */
  final Set<String> variablePeers = new java.util.HashSet<>();
  boolean ambiguousEnd;
  /** The peer a hop leaves from, by hop transition id ({@link NetAssembly#ANY_PEER} if unknown). */
  final Map<String, String> hopSources = new LinkedHashMap<>();
  /** The pars whose branches may complete on different peers, for {@link DataLocality}. */
  final List<DataLocality.SplitPar> splitPars = new ArrayList<>();

  NetCompiler(NetOptions options) {
    this.options = options;
  }

  String compile(Instruction i, Scope s, String in, String ok, String err, String peer) {
    if (refused.isPresent()) {
      return peer;
    }
    if (a.size() > options.maxNodes()) {
      refuse("net size", i.span(), "the net exceeds " + options.maxNodes()
          + " places and transitions (lower the fold bound)");
      return peer;
    }
    a.entry(in, peer, i.span(), Variables.header(i), Set.of());
    return switch (i) {
      case Seq q -> {
        String mid = entryPlace();
        yield compile(q.right(), s, mid, ok, err, compile(q.left(), s, in, mid, err, peer));
      }
      case Par p when InstantBranch.is(p.left(), peer) && InstantBranch.is(p.right(), peer) ->
          // both branches complete in the invocation that starts the par: one after the other
          compile(new Seq(p.left(), p.right(), p.span()), s, in, ok, err, peer);
      case Par p -> par(p, s, in, ok, err, peer);
      case Xor x -> xor(x, s, in, ok, err, peer);
      case Match m -> guard(i, m.left(), m.right(), true, m.body(), s, in, ok, err, peer);
      case Mismatch m -> guard(i, m.left(), m.right(), false, m.body(), s, in, ok, err, peer);
      case Fail f -> {
        a.transition(Role.FAIL, peer, i.span(), Variables.header(i), false, List.of(in),
            List.of(err), Set.of());
        a.errorOn(err, peer);
        yield NetAssembly.UNREACHED;
      }
      case Never n -> {
        a.role(in, Role.NEVER);
        yield NetAssembly.UNREACHED;
      }
      case Null n -> {
        a.transition(Role.NULL, peer, i.span(), "null", false, List.of(in), List.of(sink(ok, peer)),
            Set.of());
        yield peer;
      }
      case New n -> compile(n.body(), declare(n, s), in, ok, err, peer);
      case Call c -> call(c, s, in, ok, err, peer);
      case Canon c -> canon(i, c.peer(), s, in, ok, peer);
      case CanonMap c -> canon(i, c.peer(), s, in, ok, peer);
      case CanonMapScalar c -> canon(i, c.peer(), s, in, ok, peer);
      case Ap x -> ap(i, s, in, ok, peer);
      case ApMap x -> ap(i, s, in, ok, peer);
      case FoldScalar f -> folds.scalar(f, s, in, ok, err, peer);
      case FoldStream f -> folds.stream(f, "$" + f.iterable().name(), f.iterator().name(), f.body(),
          f.last(), s, in, ok, peer);
      case FoldStreamMap f -> folds.stream(f, "%" + f.iterable().name(), f.iterator().name(),
          f.body(), f.last(), s, in, ok, peer);
      case Next n -> folds.next(n, s, in, ok, err, peer, false);
    };
  }

  /**
   * The place a success on {@code peer} goes to: {@code ok} itself, except for the end of the
   * script, where it is the done place (init peer), a done-elsewhere place of that peer, or the
   * end place when the peer is unknown (then the completion transitions choose).
   */
  String sink(String ok, String peer) {
    if (end.isEmpty() || !ok.equals(end.get())) {
      return ok;
    }
    if (peer.equals(INIT)) {
      return done.orElseThrow();
    }
    if (peer.equals(NetAssembly.ANY_PEER) || peer.equals(NetAssembly.UNREACHED)) {
      ambiguousEnd = true;
      return ok;
    }
    return elsewhere.computeIfAbsent(peer,
        q -> a.place(Role.DONE_ELSEWHERE, q, Span.NONE, "complete on " + q + " only"));
  }

  void refuse(String construct, Span span, String reason) {
    if (refused.isEmpty()) {
      refused = Optional.of(new TranslationResult.Unsupported(construct, span, reason));
    }
  }

  String entryPlace() {
    return a.place(Role.ENTRY, "", Span.NONE, "");
  }

  /** The peers of two ways of reaching one place ({@link NetAssembly#UNREACHED} is neutral). */
  static String join(String p, String q) {
    if (p.equals(NetAssembly.UNREACHED)) {
      return q;
    }
    if (q.equals(NetAssembly.UNREACHED)) {
      return p;
    }
    return p.equals(q) ? p : NetAssembly.ANY_PEER;
  }

  private String par(Par p, Scope s, String in, String ok, String err, String peer) {
    String la = entryPlace();
    String lb = entryPlace();
    String open = a.place(Role.PAR_STATE, "", p.span(), "par: no branch finished yet");
    int instant = InstantBranch.first(p, peer);
    List<String> started = instant == 0 ? List.of(la, open) : instant == 1 ? List.of(lb, open)
        : List.of(la, lb, open);
    a.transition(Role.PAR_FORK, peer, p.span(), "par", false, List.of(in), started, Set.of());
    String[] ok2 = {parPlace(p, "left branch completed"), parPlace(p, "right branch completed")};
    String[] err2 = {parPlace(p, "left branch failed"), parPlace(p, "right branch failed")};
    int[] from = new int[3];
    from[0] = a.transitionCount();
    String pa = branch(p.left(), s, la, ok2[0], err2[0], peer);
    from[1] = a.transitionCount();
    String pb = branch(p.right(), s, lb, ok2[1], err2[1], peer);
    from[2] = a.transitionCount();
    String[] exit = {pa, pb};
    if (instant >= 0) {
      return instantPar(p, instant, new String[] {la, lb}, open, ok2, err2, exit, ok, from);
    }
    boolean[] canFail = {a.hasErrors(err2[0]), a.hasErrors(err2[1])};
    List<DataLocality.Completion> first = new ArrayList<>();
    List<DataLocality.Completion> late = new ArrayList<>();
    for (int side = 0; side < 2; side++) {
      int other = 1 - side;
      String ignore = parPlace(p, (other == 0 ? "left" : "right") + " result ignored");
      first.add(completion(join(p, exit[side], List.of(ok2[side], open),
          List.of(sink(ok, exit[side]), ignore)), exit[side]));
      late.add(completion(join(p, exit[other], List.of(ok2[other], ignore), List.of()),
          exit[other]));
      if (canFail[other]) {
        join(p, exit[other], List.of(err2[other], ignore), List.of());
      }
      if (canFail[side]) {
        String afterErr = parPlace(p, (side == 0 ? "left" : "right") + " failed, waiting for the other");
        join(p, exit[side], List.of(err2[side], open), List.of(afterErr));
        first.add(completion(join(p, exit[other], List.of(ok2[other], afterErr),
            List.of(sink(ok, exit[other]))), exit[other]));
        if (canFail[other]) {
          bothFail(p, err2[side], err2[other], afterErr, err, exit[other]);
        }
      }
    }
    String exitPeer = join(pa, pb);
    if (exitPeer.equals(NetAssembly.ANY_PEER)) {
      splitPars.add(new DataLocality.SplitPar(ok, first, late));
    }
    return exitPeer;
  }

  /**
   * A par with an instant branch ({@link InstantBranch}): AquaVM runs it to completion in the
   * invocation that starts the par, so it completes the par first, on the par's peer, and the
   * continuation starts there; the other branch starts after it (its result is always absorbed).
   * Every peer the other branch reaches re-runs the instant branch too, so the par is complete in
   * its view when the particle arrives: unless it already knows the continuation was met, it sends
   * what it knows to the continuation's first peers ({@link DataLocality}).
   */
  private String instantPar(Par p, int b, String[] entry, String open, String[] ok2, String[] err2,
      String[] exit, String ok, int[] from) {
    int o = 1 - b;
    String ignore = parPlace(p, (o == 0 ? "left" : "right") + " result ignored");
    String first = join(p, exit[b], List.of(ok2[b], open),
        List.of(sink(ok, exit[b]), ignore, entry[o]));
    join(p, exit[o], List.of(ok2[o], ignore), List.of());
    if (a.hasErrors(err2[o])) {
      join(p, exit[o], List.of(err2[o], ignore), List.of());
    }
    List<DataLocality.Completion> arrivals = new ArrayList<>();
    for (var h : hopSources.keySet()) {
      int index = Integer.parseInt(h.substring(1));
      if (index >= from[o] && index < from[o + 1]) {
        arrivals.add(completion(h, a.transitionPeer(h)));
      }
    }
    splitPars.add(new DataLocality.SplitPar(ok, List.of(completion(first, exit[b])), arrivals));
    return exit[b];
  }

  private static DataLocality.Completion completion(String transition, String peer) {
    return new DataLocality.Completion(transition, NetAssembly.shown(peer));
  }

  /**
   * Both branches failed, {@code first} before {@code second}. The par fails only where both
   * failures are known: on the peer of the second failure, which knows the first only if the first
   * was raised on the same peer or its data reached that peer before (AquaVM merges data only when
   * a particle arrives; a failure forwards nothing). On one statically known peer they always meet;
   * otherwise whether they meet is a timing choice: they meet (the par fails) or the par waits for
   * ever ("failed apart").
   */
  private void bothFail(Par p, String first, String second, String afterErr, String err,
      String peer) {
    String where = a.errorPeer(second);
    boolean onePeer = where.equals(a.errorPeer(first)) && !where.equals(NetAssembly.ANY_PEER);
    a.transition(Role.PAR_JOIN, peer, p.span(), "par", !onePeer, List.of(second, afterErr),
        List.of(err), Set.of());
    a.errorOn(err, where);
    if (!onePeer) {
      a.transition(Role.PAR_JOIN, peer, p.span(), "par", true, List.of(second, afterErr),
          List.of(parPlace(p, "both branches failed apart: the failures never meet")), Set.of());
    }
  }

  private String parPlace(Par p, String what) {
    return a.place(Role.PAR_STATE, "", p.span(), "par: " + what);
  }

  private String join(Par p, String peer, List<String> in, List<String> out) {
    return a.transition(Role.PAR_JOIN, peer, p.span(), "par", false, in, out, Set.of());
  }

  private String branch(Instruction b, Scope s, String in, String ok, String err, String peer) {
    if (b instanceof Next n && refused.isEmpty()) {
      a.entry(in, peer, n.span(), Variables.header(n), Set.of());
      return folds.next(n, s, in, ok, err, peer, true);
    }
    return compile(b, s, in, ok, err, peer);
  }

  private String xor(Xor x, Scope s, String in, String ok, String err, String peer) {
    String caught = a.place(Role.CAUGHT_ERROR, "", x.span(), "xor: error of the left branch");
    String pa = compile(x.left(), s, in, ok, caught, peer);
    String errPeer = a.errorPeer(caught);
    String bin = entryPlace();
    a.transition(Role.CATCH, errPeer, x.span(), "xor", false, List.of(caught), List.of(bin),
        Set.of());
    String pb = compile(x.right(), s, bin, ok, err, errPeer);
    return a.hasErrors(caught) ? join(pa, pb) : pa;
  }

  private String guard(Instruction i, Value left, Value right, boolean equal, Instruction body,
      Scope s, String in, String ok, String err, String peer) {
    Map<String, String> reads = joins(Variables.uses(i), s);
    a.entry(in, peer, i.span(), Variables.header(i), reads.keySet());
    Optional<Boolean> same = Literals.equal(left, right);
    String bin = entryPlace();
    boolean choice = same.isEmpty();
    if (same.isEmpty() || same.get() == equal) {
      a.transition(Role.MATCH_PASS, peer, i.span(), Variables.header(i), choice, List.of(in),
          List.of(bin), new LinkedHashSet<>(reads.values()));
    }
    if (same.isEmpty() || same.get() != equal) {
      a.transition(Role.MATCH_FAIL, peer, i.span(), Variables.header(i), choice, List.of(in),
          List.of(err), new LinkedHashSet<>(reads.values()));
      a.errorOn(err, peer);
    }
    String exit = compile(body, s, bin, ok, err, peer);
    return same.isEmpty() || same.get() == equal ? exit : NetAssembly.UNREACHED;
  }

  private String call(Call c, Scope s, String in, String ok, String err, String peer) {
    Set<String> tripletKeys = new LinkedHashSet<>(Variables.reads(c.peer()));
    tripletKeys.addAll(Variables.reads(c.service()));
    tripletKeys.addAll(Variables.reads(c.function()));
    Map<String, String> triplet = joins(tripletKeys, s);
    Map<String, String> all = joins(Variables.uses(c), s);
    String target = Variables.text(c.peer());
    String at = hop(c, target, triplet, s, in, peer);
    a.entry(at, target, c.span(), Variables.header(c), all.keySet());
    List<String> outs = new ArrayList<>(List.of(sink(ok, target)));
    Optional<String> stream = define(c, s, outs);
    String t = a.transition(Role.CALL_OK, target, c.span(), Variables.header(c), false, List.of(at),
        outs, new LinkedHashSet<>(all.values()));
    stream.ifPresent(inst -> streamWriters.computeIfAbsent(inst, k -> new ArrayList<>()).add(t));
    if (options.callsMayFail()) {
      a.transition(Role.CALL_FAIL, target, c.span(), Variables.header(c), false, List.of(at),
          List.of(err), new LinkedHashSet<>(all.values()));
      a.errorOn(err, target);
    }
    return target;
  }

  /** Moves the particle to {@code target} if it is not there; returns the place it arrives at. */
  private String hop(Instruction i, String target, Map<String, String> triplet, Scope s, String in,
      String peer) {
    if (target.equals(peer)) {
      return in;
    }
    a.entry(in, peer, i.span(), "(to " + target + ") " + Variables.header(i), triplet.keySet());
    String arrived = entryPlace();
    String t = a.transition(Role.HOP, target, i.span(), Variables.header(i), false, List.of(in),
        List.of(arrived), new LinkedHashSet<>(triplet.values()));
    hopSources.put(t, NetAssembly.shown(peer));
    if (peer.equals(NetAssembly.ANY_PEER) && !variablePeers.contains(target)) {
      a.redirectOutputs(in, arrived, target);
    }
    return arrived;
  }

  private String canon(Instruction i, Value peerValue, Scope s, String in, String ok,
      String peer) {
    Map<String, String> reads = joins(Variables.reads(peerValue), s);
    String target = Variables.text(peerValue);
    String at = hop(i, target, reads, s, in, peer);
    a.entry(at, target, i.span(), Variables.header(i), reads.keySet());
    List<String> outs = new ArrayList<>(List.of(sink(ok, target)));
    define(i, s, outs);
    a.transition(Role.CANON, target, i.span(), Variables.header(i), false, List.of(at), outs,
        new LinkedHashSet<>(reads.values()));
    return target;
  }

  private String ap(Instruction i, Scope s, String in, String ok, String peer) {
    Map<String, String> reads = joins(Variables.uses(i), s);
    a.entry(in, peer, i.span(), Variables.header(i), reads.keySet());
    List<String> outs = new ArrayList<>(List.of(sink(ok, peer)));
    Optional<String> stream = define(i, s, outs);
    String t = a.transition(Role.AP, peer, i.span(), Variables.header(i), false, List.of(in), outs,
        new LinkedHashSet<>(reads.values()));
    stream.ifPresent(inst -> streamWriters.computeIfAbsent(inst, k -> new ArrayList<>()).add(t));
    return peer;
  }

  /**
   * Adds the data places {@code i} defines to {@code outs}; returns the stream instance it writes
   * to, if it writes to a stream or stream map.
   */
  private Optional<String> define(Instruction i, Scope s, List<String> outs) {
    Optional<String> stream = Optional.empty();
    for (String key : Variables.defs(i)) {
      if (isStream(key)) {
        stream = Optional.of(streamInstance(key, s));
      } else if (!s.folds().containsKey(key)) {
        outs.add(dataPlace(key, s));
      }
    }
    return stream;
  }

  /** The data places {@code keys} join on, by key (streams and iterators never block). */
  Map<String, String> joins(Set<String> keys, Scope s) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : keys) {
      if (!isStream(k) && !s.folds().containsKey(k)) {
        out.put(k, dataPlace(k, s));
      }
    }
    return out;
  }

  static boolean isStream(String key) {
    return key.startsWith("$") || key.startsWith("%");
  }

  String dataPlace(String key, Scope s) {
    String local = s.vars().get(key);
    return local != null ? local
        : globals.computeIfAbsent(key, k -> a.place(Role.DATA, "", Span.NONE, "defined " + k));
  }

  String streamInstance(String key, Scope s) {
    return s.streams().getOrDefault(key, key);
  }

  /** The scope inside {@code new}: a fresh variable instance or stream instance. */
  private Scope declare(New n, Scope s) {
    String key = Literals.key(n.name());
    if (isStream(key)) {
      return s.withStream(key, key + "#" + (++streamInstances));
    }
    return s.withVar(key, a.place(Role.DATA, "", n.span(), "defined " + key + " (new)"));
  }
}
