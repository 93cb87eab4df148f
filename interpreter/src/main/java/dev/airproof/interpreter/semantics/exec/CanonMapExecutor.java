package dev.airproof.interpreter.semantics.exec;

import dev.airproof.interpreter.ast.*;
import java.util.List;
import java.util.Optional;

/**
 * {@code (canon peer %map #%canon)}: a stream map frozen into a canon map ({@code canon_map.rs}).
 */
final class CanonMapExecutor {
  private CanonMapExecutor() {}

  static Optional<ExecError> execute(dev.airproof.interpreter.ast.CanonMap c, ExecutionContext ctx) {
    StreamMapName m = c.map();
    return CanonExecutor.run(c, c.peer(), () -> ctx.streamMaps.get(m.name(), m.span().offset())
        .map(Stream::values).orElse(List.of()), (canon, cx) -> {
          Optional<CanonMapValue> map = CanonMapValue.of(canon.values(), canon.tetraplet(), canon.cid());
          if (map.isEmpty()) {
            return ExecError.uncatchable(20014, "unsupported kvpair object or map key type");
          }
          if (!cx.canonMaps.set(c.canonMap().name(), map.get())) {
            return CallExecutor.shadowing(c.canonMap().text());
          }
          return ExecError.OK;
        }, ctx);
  }
}
