package dev.airproof.interpreter.semantics;

/**
 * Whether peer signatures are produced and checked, i.e. which AquaVM build is modelled.
 */
public enum SignatureMode {
  /**
   * The shipped AquaVM 0.62.0 wasm (features {@code gen_signatures, check_signatures}): current data
   * is verified (CID stores: 8, signatures: 9), the prev and current signature stores are merged
   * and the current peer signs the CIDs it produced.
   */
  ENFORCED,
  /**
   * AquaVM's native test build ({@code test_with_native_code}, as in its CI): no verification, no
   * signing, an empty signature store. The upstream test vectors use unsigned data and need this.
   */
  OFF
}
