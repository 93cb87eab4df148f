package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Optional;

/**
 * {@code (fold %map i body [last])}: over a stream map like over a stream ({@code fold_stream_map.rs}).
 */
final class FoldStreamMapExecutor {
  private FoldStreamMapExecutor() {}

  static Optional<ExecError> execute(FoldStreamMap f, ExecutionContext ctx) {
    StreamMapName name = f.iterable();
    return FoldIterations.overStream(f, ctx.streamMaps.get(name.name(), name.span().offset()), f.iterator(),
        f.body(), f.last(), ctx);
  }
}
