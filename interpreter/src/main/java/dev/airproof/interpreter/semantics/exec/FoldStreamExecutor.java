package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Optional;

/**
 * {@code (fold $stream i body [last])}: over a stream, generation by generation, including the
 * values that arrive while it runs ({@code fold_stream.rs}, {@code recursive_stream.rs}).
 */
final class FoldStreamExecutor {
  private FoldStreamExecutor() {}

  static Optional<ExecError> execute(FoldStream f, ExecutionContext ctx) {
    StreamName name = f.iterable();
    return FoldIterations.overStream(f, ctx.streams.get(name.name(), name.span().offset()), f.iterator(),
        f.body(), f.last(), ctx);
  }
}
