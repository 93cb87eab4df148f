/**
 * PNML (ISO/IEC 15909-2, 2009 grammar) for P/T nets: a StAX writer and a StAX reader that reports
 * malformed input as {@link dev.airproof.petri.pnml.PnmlError} values with line and column.
 *
 * <p>Invariants: the writer emits one page per net, ids unchanged (they must be XML NCNames), every
 * label wrapped in {@code <text>}, an inscription on every arc, and airproof-specific data
 * (transition labels, the final marking) only inside {@code <toolspecific tool="airproof">}, so its
 * output is valid against the ptnet grammar. The reader accepts several pages (nested or not) and
 * reference nodes, and flattens them. Mirrors no AquaVM file.
 */
package dev.airproof.petri.pnml;
