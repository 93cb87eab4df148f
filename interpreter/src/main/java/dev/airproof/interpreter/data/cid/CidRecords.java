package dev.airproof.interpreter.data.cid;

import dev.airproof.interpreter.data.SecurityTetraplet;
import dev.airproof.interpreter.data.json.JsonStrings;
import java.util.List;

/**
 * Stateless; the compact serde_json text of AquaVM's fixed-order structs, the exact bytes their
 * CIDs are computed from (struct fields are written in declaration order, not sorted).
 */
public final class CidRecords {
  private CidRecords() {}

  /** {@code {"peer_pk":..,"service_id":..,"function_name":..,"lens":..}}. */
  public static String tetraplet(SecurityTetraplet t) {
    StringBuilder out = new StringBuilder("{");
    field(out, "peer_pk", t.peerPk()).append(',');
    field(out, "service_id", t.serviceId()).append(',');
    field(out, "function_name", t.functionName()).append(',');
    field(out, "lens", t.lens());
    return out.append('}').toString();
  }

  /** {@code {"value_cid":..,"argument_hash":..,"tetraplet_cid":..}} (ServiceResultCidAggregate). */
  public static String serviceResult(Cid valueCid, String argumentHash, Cid tetrapletCid) {
    StringBuilder out = new StringBuilder("{");
    field(out, "value_cid", valueCid.text()).append(',');
    field(out, "argument_hash", argumentHash).append(',');
    field(out, "tetraplet_cid", tetrapletCid.text());
    return out.append('}').toString();
  }

  /** {@code {"value":..,"tetraplet":..,"provenance":{"type":..[,"cid":..]}}} (CanonCidAggregate). */
  public static String canonElement(Cid value, Cid tetraplet, Provenance provenance) {
    StringBuilder out = new StringBuilder("{");
    field(out, "value", value.text()).append(',');
    field(out, "tetraplet", tetraplet.text()).append(",\"provenance\":");
    out.append(provenance(provenance));
    return out.append('}').toString();
  }

  /** The provenance object alone. */
  public static String provenance(Provenance provenance) {
    StringBuilder out = new StringBuilder("{");
    switch (provenance) {
      case Provenance.Literal l -> field(out, "type", "literal");
      case Provenance.ServiceResult s -> field(field(out, "type", "service_result").append(','), "cid", s.cid().text());
      case Provenance.Canon c -> field(field(out, "type", "canon").append(','), "cid", c.cid().text());
    }
    return out.append('}').toString();
  }

  /** {@code {"tetraplet":..,"values":[..]}} (CanonResultCidAggregate). */
  public static String canonResult(Cid tetraplet, List<Cid> values) {
    StringBuilder out = new StringBuilder("{");
    field(out, "tetraplet", tetraplet.text()).append(",\"values\":[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      JsonStrings.appendQuoted(out, values.get(i).text());
    }
    return out.append("]}").toString();
  }

  private static StringBuilder field(StringBuilder out, String name, String value) {
    JsonStrings.appendQuoted(out, name);
    out.append(':');
    JsonStrings.appendQuoted(out, value);
    return out;
  }
}
