package dev.airproof.properties.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generator of small AIR texts built for interleavings: calls on three literal peers and the
 * init peer, nested in {@code par}, {@code seq} and {@code xor}, whose arguments join on variables
 * bound elsewhere (also in parallel branches, which may never deliver), plus streams written from
 * parallel branches and canonicalised on some peer. {@code AirGen} aims at syntax coverage and
 * rarely produces several peers racing; these scripts do nothing else.
 */
final class JoinScripts {
  private static final String[] PEERS = {"\"peer_a\"", "\"peer_b\"", "\"peer_c\"", "%init_peer_id%"};
  private final SplittableRandom rnd;
  private final List<String> scalars = new ArrayList<>();
  private int counter;
  private boolean stream;

  private JoinScripts(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  /** One script of at most {@code calls} calls. */
  static String script(SplittableRandom rnd, int calls) {
    return new JoinScripts(rnd).block(calls);
  }

  private String block(int calls) {
    if (calls <= 1) {
      return leaf();
    }
    int left = 1 + rnd.nextInt(calls - 1);
    int pick = rnd.nextInt(10);
    String op = pick < 5 ? "par" : pick < 9 ? "seq" : "xor";
    return "(" + op + " " + block(left) + " " + block(calls - left) + ")";
  }

  private String leaf() {
    String peer = PEERS[rnd.nextInt(PEERS.length)];
    if (stream && rnd.nextInt(4) == 0) {
      String c = "#c" + (counter++);
      return "(seq (canon " + peer + " $s " + c + ") (call " + PEERS[rnd.nextInt(PEERS.length)]
          + " (\"svc\" \"use\") [" + c + "] u" + (counter++) + "))";
    }
    StringBuilder args = new StringBuilder();
    for (String v : scalars) {
      if (rnd.nextInt(3) == 0) {
        args.append(args.length() == 0 ? "" : " ").append(v);
      }
    }
    String call = "(call " + peer + " (\"svc\" \"f" + (counter++) + "\") [" + args + "] ";
    if (rnd.nextInt(3) == 0) {
      stream = true;
      return call + "$s)";
    }
    String v = "v" + (counter++);
    scalars.add(v);
    return call + v + ")";
  }
}
