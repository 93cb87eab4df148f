package dev.airproof.cli;

import dev.airproof.properties.explorer.Progress;
import java.io.PrintWriter;

/** Mutable; prints the explorer's progress on one rewritten terminal line. */
final class TerminalProgress implements Progress {
  private final PrintWriter err;
  private boolean printed;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void report(long explored, long distinct, long queued, double perSecond) {
    err.printf("\rexplored %,d states, %,d distinct, queue %,d, %,.0f states/s   ", explored, distinct,
        queued, perSecond);
    err.flush();
    printed = true;
  }

  /** Ends the progress line so that the results start on a fresh line. */
  void finish() {
    if (printed) {
      err.println();
      err.flush();
    }
  }
}
