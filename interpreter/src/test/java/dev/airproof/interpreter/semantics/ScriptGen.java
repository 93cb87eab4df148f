package dev.airproof.interpreter.semantics;

import java.util.SplittableRandom;

/**
 * Seeded generator of small multi-peer AIR scripts (peers {@code a}, {@code b}, {@code c}) over calls,
 * seq/par/xor, ap into streams, canon, stream folds and new, for property tests.
 */
final class ScriptGen {
  static final String[] PEERS = {"a", "b", "c"};
  private final SplittableRandom rnd;
  private int counter;

  ScriptGen(long seed) {
    this.rnd = new SplittableRandom(seed);
  }

  String script() {
    return "(seq (seq (seq (ap 1 $s0) (ap (\"k0\" 0) %m)) (call " + peer()
        + " (\"ok\" \"init\") [2] $s1)) (" + (rnd.nextInt(3) == 0 ? "seq" : "par") + " " + instr(4)
        + " " + instr(4) + "))";
  }

  private String peer() {
    return "\"" + PEERS[rnd.nextInt(PEERS.length)] + "\"";
  }

  private String instr(int depth) {
    int choice = depth <= 0 ? rnd.nextInt(4) : 4 + rnd.nextInt(6);
    if (depth > 0 && depth < 3 && rnd.nextInt(3) == 0) {
      choice = rnd.nextInt(4);
    }
    return switch (choice) {
      case 0 -> call();
      case 1 -> "(ap " + rnd.nextInt(5) + " $s" + rnd.nextInt(2) + ")";
      case 2 -> switch (rnd.nextInt(5)) {
        case 0 -> "(fail " + (1 + rnd.nextInt(9)) + " \"f\")";
        case 1 -> "(match " + rnd.nextInt(2) + " " + rnd.nextInt(2) + " " + call() + ")";
        case 2 -> "(mismatch " + rnd.nextInt(2) + " " + rnd.nextInt(2) + " (null))";
        default -> "(null)";
      };
      case 3 -> canon();
      case 4, 5 -> "(seq " + instr(depth - 1) + " " + instr(depth - 1) + ")";
      case 6, 7 -> "(par " + instr(depth - 1) + " " + instr(depth - 1) + ")";
      case 8 -> "(xor " + instr(depth - 1) + " " + instr(depth - 1) + ")";
      default -> switch (rnd.nextInt(7)) {
        case 0 -> fold(depth);
        case 1 -> "(xor (call " + peer() + " (\"" + (rnd.nextInt(4) == 0 ? "raw" : "fail") + "\" \"x"
            + counter++ + "\") [1]) " + (rnd.nextInt(3) == 0
                ? (rnd.nextBoolean() ? "(fail :error:)" : "(fail %last_error%)")
                : "(seq (ap :error: $s1) (call " + peer() + " (\"ok\" \"e" + counter++
                    + "\") [%last_error% :error:.$.message]))") + ")";
        case 2 -> scalarFold(depth);
        case 3 -> "(new $s" + rnd.nextInt(2) + " " + instr(depth - 1) + ")";
        case 4 -> map();
        default -> switch (rnd.nextInt(5)) {
          case 0 -> "(fold %m kv" + counter + " (seq (call " + peer() + " (\"ok\" \"mk" + counter
              + "\") [kv" + counter + ".$.value] $t) (next kv" + counter++ + ")))";
          case 1 -> "(seq (canon " + peer() + " %m sc" + counter + ") (call " + peer() + " (\"ok\" \"sc"
              + counter + "\") [sc" + counter++ + "]))";
          case 2 -> "(seq (canon " + peer() + " %m #%q" + counter + ") (ap #%q" + counter
              + ".$.k0 $s1))";
          case 3 -> rnd.nextBoolean() ? "(never)" : "(new x" + counter + " (seq (call " + peer()
              + " (\"ok\" \"n" + counter + "\") [1] x" + counter + ") (call " + peer() + " (\"ok\" \"u"
              + counter + "\") [x" + counter++ + "])))";
          default -> fold(depth);
        };
      };
    };
  }

  private String scalarFold(int depth) {
    int n = counter++;
    String call = "(call " + peer() + " (\"ok\" \"k" + n + "\") [j" + n + " #a" + n + ".length #a" + n
        + ".$.[0]] $t)";
    String next = "(next j" + n + ")";
    return "(seq (seq (canon " + peer() + " $s0 #a" + n + ") (call " + peer() + " (\"ok\" \"arr" + n
        + "\") [#a" + n + "] arr" + n + ")) (fold arr" + n + " j" + n + " "
        + switch (rnd.nextInt(3)) {
          case 0 -> "(seq " + call + " " + next + ")";
          case 1 -> "(seq " + next + " " + call + ")";
          default -> "(par " + call + " " + next + ")";
        } + "))";
  }

  private String map() {
    int n = counter++;
    return "(seq (ap (\"k" + rnd.nextInt(3) + "\" " + rnd.nextInt(9) + ") %m) (seq (canon " + peer()
        + " %m #%m" + n + ") (call " + peer() + " (\"ok\" \"m" + n + "\") [#%m" + n + " #%m" + n
        + ".length])))";
  }

  private String call() {
    int n = counter++;
    String out = switch (rnd.nextInt(3)) {
      case 0 -> " $s" + rnd.nextInt(2);
      case 1 -> " x" + n;
      default -> "";
    };
    String svc = rnd.nextInt(6) == 0 ? "fail" : "ok";
    return "(call " + peer() + " (\"" + svc + "\" \"f" + n + "\") [" + rnd.nextInt(3) + "]" + out + ")";
  }

  private String canon() {
    int n = counter++;
    return "(seq (canon " + peer() + " $s" + rnd.nextInt(2) + " #c" + n + ") (call " + peer()
        + " (\"ok\" \"g" + n + "\") [#c" + n + "]))";
  }

  private String fold(int depth) {
    int n = counter++;
    String body = "(call " + peer() + " (\"ok\" \"h" + n + "\") [i" + n + "] $t)";
    String next = "(next i" + n + ")";
    String combined = rnd.nextBoolean() ? "(seq " + body + " " + next + ")" : "(par " + body + " " + next + ")";
    return "(fold $s" + rnd.nextInt(2) + " i" + n + " " + combined + (rnd.nextBoolean() ? " (null)" : "")
        + ")";
  }

  /** The service of every peer: {@code fail} services fail, others echo their first argument. */
  static Vm.Service service() {
    return r -> r.serviceId().equals("fail") ? new CallServiceResult(1, "\"boom\"")
        : r.arguments().isEmpty() ? Vm.ok(dev.airproof.interpreter.data.jvalue.JValues.integer(0))
        : Vm.ok(r.arguments().get(0));
  }
}
