package dev.airproof.interpreter.data;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Immutable; the five CID stores of {@code cid_info}, each a map from CID to content, sorted by CID
 * (serialization order).
 *
 * @param valueStore CID to the compact JSON text of a value
 * @param tetrapletStore CID to tetraplet
 * @param canonElementStore CID to canon element
 * @param canonResultStore CID to canon result
 * @param serviceResultStore CID to service result
 */
public record CidInfo(
    SortedMap<String, String> valueStore,
    SortedMap<String, SecurityTetraplet> tetrapletStore,
    SortedMap<String, CanonCidAggregate> canonElementStore,
    SortedMap<String, CanonResultAggregate> canonResultStore,
    SortedMap<String, ServiceResultAggregate> serviceResultStore) {

  /** Empty stores. */
  public static final CidInfo EMPTY = new CidInfo(
      new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

  public CidInfo {
    valueStore = copy(valueStore);
    tetrapletStore = copy(tetrapletStore);
    canonElementStore = copy(canonElementStore);
    canonResultStore = copy(canonResultStore);
    serviceResultStore = copy(serviceResultStore);
  }

  private static <V> SortedMap<String, V> copy(Map<String, V> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
