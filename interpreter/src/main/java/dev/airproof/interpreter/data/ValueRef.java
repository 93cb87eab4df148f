package dev.airproof.interpreter.data;

import java.util.Objects;

/** Immutable; where the result of an executed call went, AquaVM's {@code ValueRef}. */
public sealed interface ValueRef permits ValueRef.Scalar, ValueRef.Stream, ValueRef.Unused {

  /** {@code {"scalar": cid}}: CID of a service-result aggregate. */
  record Scalar(String cid) implements ValueRef {
    public Scalar {
      Objects.requireNonNull(cid, "cid");
    }
  }

  /**
   * {@code {"stream": {"cid": cid, "generation": g}}}.
   *
   * <p>Invariant: {@code generation} is a u32.
   */
  record Stream(String cid, long generation) implements ValueRef {
    public Stream {
      Objects.requireNonNull(cid, "cid");
      U32.require(generation, "generation");
    }
  }

  /** {@code {"unused": cid}}: CID of the value itself (nothing is stored). */
  record Unused(String valueCid) implements ValueRef {
    public Unused {
      Objects.requireNonNull(valueCid, "valueCid");
    }
  }
}
