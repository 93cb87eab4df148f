package dev.airproof.interpreter.data.jvalue;

import java.math.BigDecimal;

/**
 * Float formatting of Rust: {@link #format} is serde_json's (the {@code ryu} crate: shortest
 * round-trip digits, {@code 1.0}, {@code 1e20}, {@code 1.5e-7}), {@link #display} is Rust's
 * {@code Display} for f64 ({@code 1}, {@code 100000000000000000000}, {@code 0.00000015}).
 */
public final class RustFloat {
  private RustFloat() {}

  /** serde_json / ryu text of a finite double. */
  public static String format(double d) {
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal bd = JValues.exact(d).stripTrailingZeros();
    String digits = bd.unscaledValue().abs().toString();
    int length = digits.length();
    // value = digits * 10^(-scale); kk = position of the decimal point relative to digits start
    int k = -bd.scale();
    int kk = length + k;
    StringBuilder out = new StringBuilder();
    if (d < 0) {
      out.append('-');
    }
    if (0 <= k && kk <= 16) {
      out.append(digits).append("0".repeat(k)).append(".0");
    } else if (0 < kk && kk <= 16) {
      out.append(digits, 0, kk).append('.').append(digits.substring(kk));
    } else if (-5 < kk && kk <= 0) {
      out.append("0.").append("0".repeat(-kk)).append(digits);
    } else if (length == 1) {
      out.append(digits).append('e').append(kk - 1);
    } else {
      out.append(digits.charAt(0)).append('.').append(digits.substring(1)).append('e').append(kk - 1);
    }
    return out.toString();
  }

  /** Rust {@code Display} of a finite f64: plain decimal notation, no trailing {@code .0}. */
  public static String display(double d) {
    if (d == 0) {
      return (1 / d < 0) ? "-0" : "0";
    }
    return JValues.exact(d).stripTrailingZeros().toPlainString();
  }
}
