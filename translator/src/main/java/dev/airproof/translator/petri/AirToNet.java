package dev.airproof.translator.petri;

import dev.airproof.interpreter.ast.Instruction;
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
    PetriNet net = a.build("air_net", name);
    return new TranslationResult.Translated(new Translation(net, a.elements(), start, done,
        List.copyOf(c.elsewhere.values()), uncaught, cut, options));
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
