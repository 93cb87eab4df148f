package dev.airproof.cli;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Walk;
import dev.airproof.interpreter.semantics.AquaVmInterpreter;
import dev.airproof.interpreter.semantics.CallServiceResult;
import dev.airproof.interpreter.semantics.Interpreter;
import dev.airproof.interpreter.semantics.Outcome;
import dev.airproof.interpreter.semantics.RunParameters;
import java.util.Map;

/**
 * The reference interpreter with two bugs planted on purpose, so that the conformance commands can be
 * tested on disagreements after the real ones are fixed: it crashes on {@code ap} of a whole canon
 * stream (a bug the interpreter once had), and it rewrites the message of triplet-resolution errors
 * (10011).
 */
final class PlantedBugInterpreter implements Interpreter {
  private final Interpreter reference = new AquaVmInterpreter();

  @Override
  public Outcome invoke(Instruction script, String scriptText, byte[] prevData, byte[] currentData,
      RunParameters params, Map<Integer, CallServiceResult> callResults) {
    boolean[] apOfCanon = {false};
    Walk.instructions(script, i -> {
      if (i instanceof Ap ap && ap.argument() instanceof CanonStreamRef c && c.lens().isEmpty()) {
        apOfCanon[0] = true;
      }
    });
    if (apOfCanon[0]) {
      throw new ArrayIndexOutOfBoundsException("planted bug: ap of a whole canon stream");
    }
    Outcome o = reference.invoke(script, scriptText, prevData, currentData, params, callResults);
    if (!o.errorMessage().contains("non-String triplet variable part")) {
      return o;
    }
    return new Outcome(o.retCode(), o.errorMessage().replace("part `", "part (planted) `"), o.data(),
        o.nextPeers(), o.callRequests(), o.airSizeLimitExceeded(), o.particleSizeLimitExceeded(),
        o.callResultSizeLimitExceeded());
  }
}
