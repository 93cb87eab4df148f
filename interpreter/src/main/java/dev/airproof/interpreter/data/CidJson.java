package dev.airproof.interpreter.data;

import dev.airproof.interpreter.data.jvalue.JValues;

/**
 * The serde_json texts AquaVM hashes for store entries: struct fields in declaration order,
 * compact. Also used by {@code DataJson} to write the stores.
 */
public final class CidJson {
  private CidJson() {}

  /** {@code {"peer_pk":..,"service_id":..,"function_name":..,"lens":..}}. */
  public static String tetraplet(SecurityTetraplet t) {
    return "{\"peer_pk\":" + q(t.peerPk()) + ",\"service_id\":" + q(t.serviceId())
        + ",\"function_name\":" + q(t.functionName()) + ",\"lens\":" + q(t.lens()) + "}";
  }

  /** {@code {"value_cid":..,"argument_hash":..,"tetraplet_cid":..}}. */
  public static String serviceResult(ServiceResultAggregate a) {
    return "{\"value_cid\":" + q(a.valueCid()) + ",\"argument_hash\":" + q(a.argumentHash())
        + ",\"tetraplet_cid\":" + q(a.tetrapletCid()) + "}";
  }

  /** {@code {"value":..,"tetraplet":..,"provenance":{..}}}. */
  public static String canonElement(CanonCidAggregate a) {
    return "{\"value\":" + q(a.valueCid()) + ",\"tetraplet\":" + q(a.tetrapletCid())
        + ",\"provenance\":" + provenance(a.provenance()) + "}";
  }

  /** {@code {"tetraplet":..,"values":[..]}}. */
  public static String canonResult(CanonResultAggregate a) {
    StringBuilder sb = new StringBuilder("{\"tetraplet\":").append(q(a.tetrapletCid()))
        .append(",\"values\":[");
    for (int i = 0; i < a.values().size(); i++) {
      sb.append(i > 0 ? "," : "").append(q(a.values().get(i)));
    }
    return sb.append("]}").toString();
  }

  /** {@code {"type":"literal"}} etc. */
  public static String provenance(Provenance p) {
    return switch (p) {
      case Provenance.Literal l -> "{\"type\":\"literal\"}";
      case Provenance.ServiceResult s -> "{\"type\":\"service_result\",\"cid\":" + q(s.cid()) + "}";
      case Provenance.Canon c -> "{\"type\":\"canon\",\"cid\":" + q(c.cid()) + "}";
    };
  }

  private static String q(String s) {
    return JValues.quote(s);
  }
}
