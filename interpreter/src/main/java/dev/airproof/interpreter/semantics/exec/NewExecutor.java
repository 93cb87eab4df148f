package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.Map;
import java.util.Optional;

/** {@code (new name body)} ({@code instructions/new.rs}): scoped streams, scalars and canons. */
final class NewExecutor {
  private NewExecutor() {}

  static Optional<ExecError> execute(New n, ExecutionContext ctx) {
    Name name = n.name();
    switch (name) {
      case StreamName s -> ctx.streams.scopeStart(s.name(), n.span());
      case ScalarName s -> ctx.scalars.newStart(s.name());
      case CanonStreamName s -> ctx.canons.newStart(s.name());
      case StreamMapName s -> ctx.streamMaps.scopeStart(s.name(), n.span());
      case CanonStreamMapName s -> ctx.canonMaps.newStart(s.name());
    }
    Optional<ExecError> body = Executor.execute(n.body(), ctx);
    Optional<ExecError> epilog = switch (name) {
      case StreamName s -> compact(ctx.streams.scopeEnd(s.name()), ctx);
      case ScalarName s -> corrupted(ctx.scalars.newEnd(s.name()), s.name(), ctx);
      case CanonStreamName s -> corrupted(ctx.canons.newEnd(s.name()), s.text(), ctx);
      case StreamMapName s -> compact(ctx.streamMaps.scopeEnd(s.name()), ctx);
      case CanonStreamMapName s -> corrupted(ctx.canonMaps.newEnd(s.name()), s.text(), ctx);
    };
    return body.isPresent() ? body : epilog;
  }

  private static Optional<ExecError> corrupted(boolean ok, String name, ExecutionContext ctx) {
    return ok ? ExecError.OK : ExecError.uncatchable(20008, "new end block tries to pop up a variable '"
        + name + "' that wasn't defined at depth");
  }

  /** Rewrites the generations of a stream's values in the result trace. */
  static Optional<ExecError> compact(Stream s, ExecutionContext ctx) {
    for (Map.Entry<Long, Long> e : s.compactedGenerations().entrySet()) {
      Optional<String> err = ctx.trace.updateGeneration(e.getKey(), e.getValue());
      if (err.isPresent()) {
        return ExecError.uncatchable(20001, err.get());
      }
    }
    return ExecError.OK;
  }
}
