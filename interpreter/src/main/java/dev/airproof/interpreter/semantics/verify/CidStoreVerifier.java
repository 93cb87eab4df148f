package dev.airproof.interpreter.semantics.verify;

import dev.airproof.interpreter.data.CanonCidAggregate;
import dev.airproof.interpreter.data.CanonResultAggregate;
import dev.airproof.interpreter.data.CidInfo;
import dev.airproof.interpreter.data.Provenance;
import dev.airproof.interpreter.data.ServiceResultAggregate;
import dev.airproof.interpreter.data.cid.Cid;
import dev.airproof.interpreter.data.cid.CidCheck;
import dev.airproof.interpreter.data.cid.Cids;
import dev.airproof.interpreter.data.CidJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks that every CID of every store names its content and that every cross reference resolves,
 * in AquaVM's order (values, tetraplets, canon elements and results, service results).
 */
public final class CidStoreVerifier {
  private CidStoreVerifier() {}

  /** The error message, or empty when the stores are consistent. */
  public static Optional<String> verify(CidInfo info) {
    return store(info.valueStore(), v -> v, "RawValue")
        .or(() -> store(info.tetrapletStore(), CidJson::tetraplet, "SecurityTetraplet"))
        .or(() -> canon(info))
        .or(() -> services(info));
  }

  private static <V> Optional<String> store(Map<String, V> store, Function<V, String> json,
      String type) {
    for (Map.Entry<String, V> e : store.entrySet()) {
      CidCheck c = Cids.verify(new Cid(e.getKey()), json.apply(e.getValue())
          .getBytes(StandardCharsets.UTF_8));
      if (!c.ok()) {
        return Optional.of(switch (c) {
          case CidCheck.Mismatch m -> "Value mismatch in the \"" + type + "\" store for CID \""
              + e.getKey() + "\"";
          case CidCheck.UnsupportedCodec u -> "unsupported CID codec: " + u.codec();
          case CidCheck.UnsupportedHash u -> "unsupported multihash code: " + u.code();
          case CidCheck.Malformed m -> "malformed CID \"" + e.getKey() + "\": " + m.reason();
          case CidCheck.Match m -> "";
        });
      }
    }
    return Optional.empty();
  }

  private static Optional<String> canon(CidInfo info) {
    Optional<String> r = store(info.canonElementStore(), CidJson::canonElement, "CanonCidAggregate")
        .or(() -> store(info.canonResultStore(), CidJson::canonResult, "CanonResultCidAggregate"));
    if (r.isPresent()) {
      return r;
    }
    for (CanonResultAggregate c : info.canonResultStore().values()) {
      for (String v : c.values()) {
        if (!info.canonElementStore().containsKey(v)) {
          return missing(v);
        }
      }
      if (!info.tetrapletStore().containsKey(c.tetrapletCid())) {
        return missing(c.tetrapletCid());
      }
    }
    for (CanonCidAggregate e : info.canonElementStore().values()) {
      if (!info.tetrapletStore().containsKey(e.tetrapletCid())) {
        return missing(e.tetrapletCid());
      }
      if (!info.valueStore().containsKey(e.valueCid())) {
        return missing(e.valueCid());
      }
      Optional<String> p = switch (e.provenance()) {
        case Provenance.Literal l -> Optional.empty();
        case Provenance.ServiceResult s -> info.serviceResultStore().containsKey(s.cid())
            ? Optional.<String>empty() : missing(s.cid());
        case Provenance.Canon c -> info.canonResultStore().containsKey(c.cid())
            ? Optional.<String>empty() : missing(c.cid());
      };
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> services(CidInfo info) {
    Optional<String> r = store(info.serviceResultStore(), CidJson::serviceResult,
        "ServiceResultCidAggregate");
    if (r.isPresent()) {
      return r;
    }
    for (ServiceResultAggregate s : info.serviceResultStore().values()) {
      if (!info.tetrapletStore().containsKey(s.tetrapletCid())) {
        return missing(s.tetrapletCid());
      }
      if (!info.valueStore().containsKey(s.valueCid())) {
        return missing(s.valueCid());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> missing(String cid) {
    return Optional.of("Reference CID \"" + cid + "\" was not found");
  }
}
