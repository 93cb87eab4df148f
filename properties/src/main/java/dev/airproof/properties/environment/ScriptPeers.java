package dev.airproof.properties.environment;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.Walk;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.FoldStreamMap;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Xor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Immutable; the peers a script names: string literals in peer positions of calls and canons (in order
 * of first appearance, also those written into a scalar by {@code ap} and then used as a peer), and the
 * variables in peer positions whose value comes from elsewhere (services, folds).
 *
 * @param literals peer names written as string literals
 * @param variables peer positions that read a variable
 * @param usesInitPeer true iff {@code %init_peer_id%} is used as a peer
 */
public record ScriptPeers(List<String> literals, List<PeerUse> variables, boolean usesInitPeer) {
  public ScriptPeers {
    literals = List.copyOf(literals);
    variables = List.copyOf(variables);
  }

  /** The peers named by {@code script}. */
  public static ScriptPeers of(Instruction script) {
    Collector c = new Collector();
    c.walk(script);
    return new ScriptPeers(new ArrayList<>(c.literals), c.variables, c.init);
  }

  private static final class Collector {
    final Set<String> literals = new LinkedHashSet<>();
    final List<PeerUse> variables = new ArrayList<>();
    final java.util.Map<String, String> apLiterals = new java.util.HashMap<>();
    boolean init;

    void peer(Value v) {
      switch (v) {
        case StringLiteral s -> literals.add(s.value());
        case ScalarRef r when r.lens().isEmpty() && apLiterals.containsKey(r.name()) ->
            literals.add(apLiterals.get(r.name()));
        case ScalarRef r -> variables.add(new PeerUse(r.name(), r.span()));
        case dev.airproof.interpreter.ast.InitPeerId i -> init = true;
        case dev.airproof.interpreter.ast.CanonStreamRef r -> variables.add(new PeerUse("#$" + r.name(), r.span()));
        case dev.airproof.interpreter.ast.CanonStreamMapRef r ->
            variables.add(new PeerUse("#%" + r.name(), r.span()));
        case dev.airproof.interpreter.ast.LastError e -> variables.add(new PeerUse("%last_error%", e.span()));
        case dev.airproof.interpreter.ast.ErrorValue e -> variables.add(new PeerUse(":error:", e.span()));
        case dev.airproof.interpreter.ast.Timestamp t -> variables.add(new PeerUse("%timestamp%", t.span()));
        case dev.airproof.interpreter.ast.Ttl t -> variables.add(new PeerUse("%ttl%", t.span()));
        case dev.airproof.interpreter.ast.IntLiteral n -> variables.add(new PeerUse("" + n.value(), n.span()));
        case dev.airproof.interpreter.ast.FloatLiteral n -> variables.add(new PeerUse("" + n.value(), n.span()));
        case dev.airproof.interpreter.ast.BoolLiteral b -> variables.add(new PeerUse("" + b.value(), b.span()));
        case dev.airproof.interpreter.ast.EmptyArray a -> variables.add(new PeerUse("[]", a.span()));
      }
    }

    void walk(Instruction root) {
      Walk.instructions(root, i -> {
        switch (i) {
          case Call c -> peer(c.peer());
          case Canon c -> peer(c.peer());
          case CanonMap c -> peer(c.peer());
          case CanonMapScalar c -> peer(c.peer());
          case Ap a -> {
            if (a.argument() instanceof StringLiteral s) {
              apLiterals.put(a.destination().name(), s.value());
            }
          }
          case ApMap a -> { }
          case Seq s -> { }
          case Par p -> { }
          case Xor x -> { }
          case Match m -> { }
          case Mismatch m -> { }
          case New n -> { }
          case FoldScalar f -> { }
          case FoldStream f -> { }
          case FoldStreamMap f -> { }
          case Fail f -> { }
          case Next n -> { }
          case Never n -> { }
          case Null n -> { }
        }
      });
    }
  }
}
