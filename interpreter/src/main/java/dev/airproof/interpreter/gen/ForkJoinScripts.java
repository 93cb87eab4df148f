package dev.airproof.interpreter.gen;

/**
 * Stateless; the fork-join family used by the benchmarks ({@code bench --backends}, the net and
 * explorer benchmarks, {@code scripts/forkjoin-air}): {@code n} price calls on {@code provider_1..n}
 * in right-nested {@code par}, an average over all of them on {@code "averager"}, the result to the
 * init peer: the shape of {@code examples/forkjoin.air}.
 */
public final class ForkJoinScripts {
  private ForkJoinScripts() {}

  /** The script with {@code n >= 1} providers, on one line. */
  public static String of(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a fork-join needs at least one provider: " + n);
    }
    String par = "";
    for (int i = n; i >= 1; i--) {
      String call = "(call \"provider_" + i + "\" (\"price\" \"get\") [\"BTC\"] p" + i + ")";
      par = par.isEmpty() ? call : "(par " + call + " " + par + ")";
    }
    StringBuilder args = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      args.append(i > 1 ? " " : "").append('p').append(i);
    }
    return "(seq (seq " + par + " (call \"averager\" (\"math\" \"avg\") [" + args + "] avg))"
        + " (call %init_peer_id% (\"callback\" \"result\") [avg]))\n";
  }
}
