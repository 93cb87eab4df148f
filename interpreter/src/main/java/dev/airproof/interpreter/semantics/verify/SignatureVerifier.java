package dev.airproof.interpreter.semantics.verify;

import dev.airproof.interpreter.data.CallResult;
import dev.airproof.interpreter.data.CanonResult;
import dev.airproof.interpreter.data.CanonResultAggregate;
import dev.airproof.interpreter.data.CidInfo;
import dev.airproof.interpreter.data.ExecutedState;
import dev.airproof.interpreter.data.InterpreterData;
import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.ServiceResultAggregate;
import dev.airproof.interpreter.data.ValueRef;
import dev.airproof.interpreter.data.keys.Base58;
import dev.airproof.interpreter.data.keys.PeerIds;
import dev.airproof.interpreter.data.keys.PeerSignature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Peer-signature verification of data ({@code interpreter_data/verification.rs}): the CIDs of
 * executed/failed calls and executed canons are grouped by the peer of their tetraplet, each group
 * must verify against that peer's signature, and the prev and current stores merge monotonically.
 */
public final class SignatureVerifier {
  private SignatureVerifier() {}

  /** Mutable; one peer's key, signature and CIDs seen in the trace. */
  private static final class PeerInfo {
    final String storeKey;
    final byte[] publicKey;
    final String signature;
    final List<String> cids = new ArrayList<>();

    PeerInfo(String storeKey, byte[] publicKey, String signature) {
      this.storeKey = storeKey;
      this.publicKey = publicKey;
      this.signature = signature;
    }
  }

  /** Immutable; the merged signature store, or the error message (code 9). */
  public sealed interface Result permits Result.Ok, Result.Err {
    record Ok(TreeMap<String, String> store) implements Result {}

    record Err(String message) implements Result {}
  }

  /** Verifies the current data and merges the stores as AquaVM does. */
  public static Result verify(InterpreterData prev, InterpreterData current, String salt) {
    Map<String, PeerInfo> p = new LinkedHashMap<>();
    Optional<String> e = group(prev, p);
    if (e.isPresent()) {
      return new Result.Err(e.get());
    }
    // The same (immutable) data twice, as a memoised read of equal bytes gives: group it once.
    Map<String, PeerInfo> c = p;
    if (current != prev) {
      c = new LinkedHashMap<>();
      e = group(current, c);
      if (e.isPresent()) {
        return new Result.Err(e.get());
      }
    }
    for (Map.Entry<String, PeerInfo> x : c.entrySet()) {
      PeerInfo info = x.getValue();
      if (!PeerSignature.verify(info.publicKey, info.cids, salt, info.signature)) {
        return new Result.Err("signature mismatch for \"" + x.getKey() + "\": Verification(Ed25519("
            + "signature::Error { source: Some(Verification equation was not satisfied) }, \""
            + PeerSignature.decodeSignature(info.signature).map(Base58::encode).orElse(info.signature)
            + "\", \"" + Base58.encode(info.publicKey) + "\")), values: CIDS: " + debug(info.cids));
      }
    }
    for (Map.Entry<String, PeerInfo> x : c.entrySet()) {
      PeerInfo ours = p.get(x.getKey());
      if (ours == x.getValue()) {
        continue;
      }
      if (ours == null) {
        p.put(x.getKey(), x.getValue());
        continue;
      }
      PeerInfo larger = ours.cids.size() < x.getValue().cids.size() ? x.getValue() : ours;
      PeerInfo smaller = larger == ours ? x.getValue() : ours;
      if (!subMultiset(smaller.cids, larger.cids)) {
        return new Result.Err("inconsistent CID multisets on merge for peer \"" + x.getKey()
            + "\", prev: " + debug(larger.cids) + ", current: " + debug(smaller.cids));
      }
      p.put(x.getKey(), larger);
    }
    TreeMap<String, String> store = new TreeMap<>();
    p.values().forEach(i -> store.put(i.storeKey, i.signature));
    return new Result.Ok(store);
  }

  private static Optional<String> group(InterpreterData d, Map<String, PeerInfo> out) {
    for (Map.Entry<String, String> s : d.signatures().entrySet()) {
      Optional<byte[]> pk = PeerIds.publicKeyOfStoreKey(s.getKey());
      if (pk.isEmpty()) {
        return Optional.of("malformed key " + s.getKey());
      }
      out.put(PeerIds.of(pk.get()), new PeerInfo(s.getKey(), pk.get(), s.getValue()));
    }
    CidInfo info = d.cidInfo();
    for (ExecutedState st : d.trace()) {
      String cid = null;
      String tetrapletCid = null;
      if (st instanceof CallResult call) {
        cid = callCid(call);
        ServiceResultAggregate r = cid == null ? null : info.serviceResultStore().get(cid);
        tetrapletCid = r == null ? null : r.tetrapletCid();
      } else if (st instanceof CanonResult.Executed ex) {
        cid = ex.cid();
        CanonResultAggregate r = info.canonResultStore().get(cid);
        tetrapletCid = r == null ? null : r.tetrapletCid();
      }
      SecurityTetraplet t = tetrapletCid == null ? null : info.tetrapletStore().get(tetrapletCid);
      String peer = t == null ? null : t.peerPk();
      if (cid != null && peer != null) {
        PeerInfo known = out.get(peer);
        if (known == null) {
          return Optional.of("peer_id doens't match any available public key: \"" + peer + "\"");
        }
        known.cids.add(cid);
      }
    }
    out.values().forEach(i -> i.cids.sort(null));
    return Optional.empty();
  }

  /** The CID a call state asks its peer to have signed; null for none. */
  private static String callCid(CallResult call) {
    return switch (call) {
      case CallResult.RequestSentBy r -> null;
      case CallResult.Failed f -> f.cid();
      case CallResult.Executed e -> switch (e.value()) {
        case ValueRef.Scalar s -> s.cid();
        case ValueRef.Stream s -> s.cid();
        case ValueRef.Unused u -> null;
      };
    };
  }

  /** Rust {@code Debug} of a list of CIDs. */
  private static String debug(List<String> cids) {
    return cids.stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(", ",
        "[", "]"));
  }

  private static boolean subMultiset(List<String> small, List<String> large) {
    Map<String, Integer> counts = new HashMap<>();
    large.forEach(x -> counts.merge(x, 1, Integer::sum));
    for (String x : small) {
      Integer n = counts.get(x);
      if (n == null || n == 0) {
        return false;
      }
      counts.put(x, n - 1);
    }
    return true;
  }
}
