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
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Xor;
import dev.airproof.translator.graph.Variables;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.petri.model.PetriNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates an AIR script into a place/transition net ({@code docs/petri-semantics.md}). Start
 * reading here.
 *
 * <p>The net has one token on its start place; control places are safe and the net is acyclic, so
 * every run is finite. A script that completes reaches {@link Translation#done()} (on the init peer)
 * or {@link Translation#doneElsewhere()}; an uncaught error reaches {@link Translation#uncaught()};
 * an incomplete run stops in a dead marking whose tokens say what waits. Stateless.
 */
public final class AirToNet {
  private AirToNet() {}

  /** The net of {@code script} under {@code options}, named {@code air}. */
  public static TranslationResult translate(Instruction script, NetOptions options) {
    return translate(script, options, "air");
  }

  /** The net of {@code script} under {@code options}, with the PNML name {@code name}. */
  public static TranslationResult translate(Instruction script, NetOptions options, String name) {
    NetCompiler c = new NetCompiler(options);
    NetAssembly a = c.a;
    String start = a.place(Role.START, NetCompiler.INIT, Span.NONE, "");
    a.tokens(start, 1);
    String end = a.place(Role.ENTRY, NetCompiler.INIT, Span.NONE, "");
    String uncaught = a.place(Role.UNCAUGHT, "", Span.NONE, "an error nothing caught");
    String done = a.place(Role.DONE, NetCompiler.INIT, Span.NONE, "complete on the init peer");
    c.end = Optional.of(end);
    c.done = Optional.of(done);
    collectVariablePeers(script, c.variablePeers);
    String exit = c.compile(script, Scope.empty(), start, end, uncaught, NetCompiler.INIT);
    if (c.refused.isPresent()) {
      return c.refused.get();
    }
    a.entry(end, exit, Span.NONE, "(end of script)", Set.of());
    if (c.ambiguousEnd) {
      a.transition(Role.COMPLETE, NetAssembly.ANY_PEER, Span.NONE, "(script complete)", true,
          List.of(end), List.of(done), Set.of());
      String unknown = c.sink(end, "(unknown peer)");
      a.transition(Role.COMPLETE_ELSEWHERE, NetAssembly.ANY_PEER, Span.NONE, "(script complete)",
          true, List.of(end), List.of(unknown), Set.of());
    }
    List<Span> cut = new ArrayList<>(c.cutFolds);
    feedStreamFolds(c);
    for (Map.Entry<Span, String> f : c.streamFolds) {
      if (c.streamWriters.getOrDefault(f.getValue(), List.of()).size() > options.foldBound()
          && !cut.contains(f.getKey())) {
        cut.add(f.getKey());
      }
    }
    DataLocality.apply(a, c.hopSources, c.splitPars);
    PetriNet net = a.build("air_net", name);
    return new TranslationResult.Translated(new Translation(net, a.elements(), start, done,
        List.copyOf(c.elsewhere.values()), uncaught, cut, options));
  }

  /** The peer texts of calls and canons whose peer is not a literal or the init peer. */
  private static void collectVariablePeers(Instruction i, Set<String> out) {
    Optional<Value> peer = switch (i) {
      case Call c -> Optional.of(c.peer());
      case Canon c -> Optional.of(c.peer());
      case CanonMap c -> Optional.of(c.peer());
      case CanonMapScalar c -> Optional.of(c.peer());
      case Ap a -> Optional.empty();
      case ApMap a -> Optional.empty();
      case Seq q -> Optional.empty();
      case Par q -> Optional.empty();
      case Xor q -> Optional.empty();
      case Match q -> Optional.empty();
      case Mismatch q -> Optional.empty();
      case Fail q -> Optional.empty();
      case FoldScalar q -> Optional.empty();
      case FoldStream q -> Optional.empty();
      case FoldStreamMap q -> Optional.empty();
      case Next q -> Optional.empty();
      case New q -> Optional.empty();
      case Never q -> Optional.empty();
      case Null q -> Optional.empty();
    };
    peer.filter(v -> !(v instanceof StringLiteral) && !(v instanceof InitPeerId))
        .ifPresent(v -> out.add(Variables.text(v)));
    Tree.children(i).forEach(ch -> collectVariablePeers(ch, out));
  }

  /** Every write of a stream instance puts one element token into each fold over it. */
  private static void feedStreamFolds(NetCompiler c) {
    for (Map.Entry<String, List<String>> readers : c.streamReaders.entrySet()) {
      for (String w : c.streamWriters.getOrDefault(readers.getKey(), List.of())) {
        readers.getValue().forEach(r -> c.a.addOutput(w, r));
      }
    }
  }
}
