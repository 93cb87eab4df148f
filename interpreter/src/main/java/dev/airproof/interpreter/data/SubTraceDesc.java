package dev.airproof.interpreter.data;

/**
 * Immutable; {@code {"pos": p, "len": n}}: a window of a trace.
 *
 * <p>Invariant: both fields are u32 values.
 */
public record SubTraceDesc(long beginPos, long subtraceLen) {
  public SubTraceDesc {
    U32.require(beginPos, "beginPos");
    U32.require(subtraceLen, "subtraceLen");
  }
}
