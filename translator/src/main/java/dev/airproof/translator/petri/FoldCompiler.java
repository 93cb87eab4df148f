package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.translator.graph.Variables;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mutable (through its compiler); unrolls folds. Iteration {@code i} of a fold is a copy of its body
 * whose {@code next} either enters copy {@code i+1} (while {@code i < foldBound}) or ends the
 * iteration (running the last instruction if any). Scalar folds pick the array length by these
 * choices (data choices); stream folds take one element token per iteration and may end a pass and
 * resume it when a later element arrives ({@code docs/petri-semantics.md} §2.6).
 */
final class FoldCompiler {
  private final NetCompiler c;

  FoldCompiler(NetCompiler c) {
    this.c = c;
  }

  String scalar(FoldScalar f, Scope s, String in, String ok, String err, String peer) {
    NetAssembly a = c.a;
    Map<String, String> reads = c.joins(Variables.uses(f), s);
    a.entry(in, peer, f.span(), Variables.header(f), reads.keySet());
    boolean empty = f.iterable() instanceof EmptyArray;
    a.transition(Role.FOLD_EMPTY, peer, f.span(), Variables.header(f), !empty, List.of(in),
        List.of(c.sink(ok, peer)), new LinkedHashSet<>(reads.values()));
    if (empty) {
      return peer;
    }
    if (!c.cutFolds.contains(f.span())) {
      c.cutFolds.add(f.span());
    }
    String first = c.entryPlace();
    a.transition(Role.FOLD_START, peer, f.span(), Variables.header(f), true, List.of(in),
        List.of(first), new LinkedHashSet<>(reads.values()));
    Scope.Frame frame = new Scope.Frame(f, f.body(), f.last(), false, 1, Optional.empty());
    return NetCompiler.join(peer, iteration(f.iterator().name(), frame, s, first, ok, err, peer));
  }

  String stream(Instruction f, String streamKey, String iterator, Instruction body,
      Optional<Instruction> last, Scope s, String in, String ok, String peer) {
    NetAssembly a = c.a;
    String instance = c.streamInstance(streamKey, s);
    String avail = a.place(Role.FOLD_STATE, "", f.span(), "elements of " + streamKey + " not taken yet");
    c.streamReaders.computeIfAbsent(instance, k -> new ArrayList<>()).add(avail);
    c.streamFolds.add(Map.entry(f.span(), instance));
    String open = a.place(Role.FOLD_STATE, "", f.span(), "fold: no pass completed yet");
    String settled = a.place(Role.FOLD_STATE, "", f.span(), "fold: completed");
    String innerOk = a.place(Role.FOLD_STATE, "", f.span(), "fold: a pass completed");
    String swallowed = a.place(Role.SWALLOWED, "", f.span(), "errors swallowed by the fold");
    String first = c.entryPlace();
    a.transition(Role.FOLD_START, peer, f.span(), Variables.header(f), false, List.of(in, avail),
        List.of(first, open), Set.of());
    Scope.Frame frame = new Scope.Frame(f, body, last, true, 1, Optional.of(avail));
    String exit = iteration(iterator, frame, s, first, innerOk, swallowed, peer);
    a.transition(Role.FOLD_DONE, exit, f.span(), Variables.header(f), false,
        List.of(innerOk, open), List.of(c.sink(ok, exit), settled), Set.of());
    a.transition(Role.FOLD_DONE, exit, f.span(), Variables.header(f), false,
        List.of(innerOk, settled), List.of(settled), Set.of());
    return NetCompiler.join(peer, exit);
  }

  /** Copy {@code frame.index()} of the body, with fresh instances of the variables it defines. */
  private String iteration(String iterator, Scope.Frame frame, Scope s, String in, String ok,
      String err, String peer) {
    Scope inner = s.withFold(iterator, frame);
    for (String key : definedIn(frame.body())) {
      if (!NetCompiler.isStream(key) && !key.equals(iterator)) {
        inner = inner.withVar(key, c.a.place(Role.DATA, "", frame.fold().span(),
            "defined " + key + " (iteration " + frame.index() + ")"));
      }
    }
    String at = c.variablePeers.contains(peer) ? NetAssembly.ANY_PEER : peer;
    return c.compile(frame.body(), inner, in, ok, err, at);
  }

  String next(Next n, Scope s, String in, String ok, String err, String peer, boolean parBranch) {
    Scope.Frame frame = s.folds().get(n.iterator().name());
    if (frame == null) {
      c.refuse("next", n.span(), "next " + n.iterator().name() + " is not inside a fold over it");
      return peer;
    }
    NetAssembly a = c.a;
    String header = Variables.header(n);
    String exit = peer;
    Optional<String> more = Optional.empty();
    if (frame.index() < c.options.foldBound()) {
      String bnext = c.entryPlace();
      more = Optional.of(bnext);
      List<String> take = new ArrayList<>(List.of(in));
      frame.avail().ifPresent(take::add);
      a.transition(Role.NEXT_MORE, peer, n.span(), header, !frame.stream(), take, List.of(bnext),
          Set.of());
      exit = NetCompiler.join(exit,
          iteration(n.iterator().name(), frame.next(), s, bnext, ok, err, peer));
    }
    List<String> endOut = new ArrayList<>();
    if (frame.last().isPresent()) {
      endOut.add(c.entryPlace());
    } else if (!frame.stream() && !parBranch) {
      endOut.add(c.sink(ok, peer));
    } else {
      endOut.add(a.place(Role.EXHAUSTED, "", n.span(), "fold exhausted without a last instruction"));
    }
    if (frame.stream() && more.isPresent()) {
      String pass = a.place(Role.FOLD_STATE, "", n.span(), "pass ended; a later element resumes it");
      endOut.add(pass);
      a.transition(Role.NEXT_RESUME, peer, n.span(), header, false,
          List.of(pass, frame.avail().orElseThrow()), List.of(more.get()), Set.of());
    }
    a.transition(Role.NEXT_END, peer, n.span(), header, true, List.of(in), endOut, Set.of());
    if (frame.last().isPresent()) {
      exit = NetCompiler.join(exit, c.compile(frame.last().get(), s, endOut.get(0), ok, err, peer));
    }
    return exit;
  }

  /** Every variable key some instruction inside {@code i} defines. */
  static List<String> definedIn(Instruction i) {
    List<String> out = new ArrayList<>();
    collect(i, out);
    return out;
  }

  private static void collect(Instruction i, List<String> out) {
    for (String d : Variables.defs(i)) {
      if (!out.contains(d)) {
        out.add(d);
      }
    }
    Tree.children(i).forEach(ch -> collect(ch, out));
  }
}
