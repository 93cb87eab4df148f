package dev.airproof.interpreter.data.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Immutable; the shortest decimal {@code 0.digits × 10^exponent} that reads back as a given
 * finite, non-zero double, choosing the one closest to the exact binary value when several of that
 * length exist. This is the digit string both Rust's {@code ryu} (used by {@code serde_json}) and
 * ECMAScript's {@code Number::toString} print.
 *
 * <p>Note: Java's {@code Double.toString} differs (it may keep two digits, e.g. {@code 4.9E-324}
 * for {@code Double.MIN_VALUE}, which both Rust and JavaScript print as {@code 5e-324}).
 *
 * @param digits the significant digits, no leading or trailing zeros (non-empty)
 * @param pointPosition n such that the value is {@code 0.digits × 10^n}; in ECMAScript's terms
 *     {@code n}, in ryu's terms {@code kk}
 * @param negative the sign
 */
public record ShortestDigits(String digits, int pointPosition, boolean negative) {
  /**
   * Computes the shortest digits of {@code value}.
   *
   * @throws IllegalArgumentException for zero, NaN and infinities (callers render those)
   */
  public static ShortestDigits of(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      throw new IllegalArgumentException("no shortest digits for " + value);
    }
    BigDecimal exact = new BigDecimal(Math.abs(value));
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal down = exact.round(new MathContext(precision, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(precision, RoundingMode.UP));
      boolean downOk = down.doubleValue() == Math.abs(value);
      boolean upOk = up.doubleValue() == Math.abs(value);
      if (downOk || upOk) {
        BigDecimal pick = pick(exact, down, downOk, up, upOk);
        return fromBigDecimal(pick, value < 0);
      }
    }
    throw new IllegalStateException("17 digits always round-trip: " + value);
  }

  private static BigDecimal pick(
      BigDecimal exact, BigDecimal down, boolean downOk, BigDecimal up, boolean upOk) {
    if (!upOk) {
      return down;
    }
    if (!downOk) {
      return up;
    }
    int cmp = exact.subtract(down).compareTo(up.subtract(exact));
    if (cmp != 0) {
      return cmp < 0 ? down : up;
    }
    BigDecimal half = exact.round(new MathContext(down.precision(), RoundingMode.HALF_EVEN));
    return half;
  }

  private static ShortestDigits fromBigDecimal(BigDecimal d, boolean negative) {
    BigDecimal stripped = d.stripTrailingZeros();
    String unscaled = stripped.unscaledValue().toString();
    int point = unscaled.length() - stripped.scale();
    return new ShortestDigits(unscaled, point, negative);
  }

  /** The value of the digits as {@code ryu}'s {@code format64} prints it (serde_json floats). */
  public String toRyu() {
    StringBuilder out = new StringBuilder(negative ? "-" : "");
    int length = digits.length();
    int kk = pointPosition;
    int k = kk - length;
    if (k >= 0 && kk <= 16) {
      out.append(digits).append("0".repeat(k)).append(".0");
    } else if (kk > 0 && kk <= 16) {
      out.append(digits, 0, kk).append('.').append(digits, kk, length);
    } else if (kk > -5 && kk <= 0) {
      out.append("0.").append("0".repeat(-kk)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (length > 1) {
        out.append('.').append(digits, 1, length);
      }
      out.append('e').append(kk - 1);
    }
    return out.toString();
  }

  /** The value as ECMAScript's {@code Number::toString} prints it (JSON.stringify numbers). */
  public String toJs() {
    StringBuilder out = new StringBuilder(negative ? "-" : "");
    int k = digits.length();
    int n = pointPosition;
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      int e = n - 1;
      out.append('e').append(e < 0 ? "-" : "+").append(Math.abs(e));
    }
    return out.toString();
  }
}
