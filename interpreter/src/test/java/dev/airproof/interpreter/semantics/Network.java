package dev.airproof.interpreter.semantics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded random delivery of one particle among peers a, b, c with the host loop on every peer;
 * collects every data document produced (per peer), for property tests.
 */
final class Network {
  record Doc(String peer, byte[] data) {}

  final List<Doc> docs = new ArrayList<>();

  Network(String air, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Map<String, byte[]> store = new HashMap<>();
    List<Doc> queue = new ArrayList<>();
    queue.add(new Doc("a", new byte[0]));
    int steps = 0;
    while (!queue.isEmpty() && steps++ < 40) {
      Doc msg = queue.remove(rnd.nextInt(queue.size()));
      Vm vm = vm(msg.peer());
      Vm.Result r = vm.call(air, store.getOrDefault(msg.peer(), new byte[0]), msg.data());
      if (r.retCode() >= 20000 && r.retCode() < 30000 || r.retCode() >= 1 && r.retCode() <= 10) {
        continue;
      }
      store.put(msg.peer(), r.outcome().data());
      docs.add(new Doc(msg.peer(), r.outcome().data()));
      for (String p : r.nextPeers()) {
        queue.add(new Doc(p, r.outcome().data()));
      }
    }
  }

  static Vm vm(String peer) {
    Vm vm = new Vm(peer, ScriptGen.service());
    vm.initPeerId = "a";
    vm.particleId = "prop";
    return vm;
  }
}
