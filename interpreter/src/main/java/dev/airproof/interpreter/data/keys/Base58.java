package dev.airproof.interpreter.data.keys;

import java.math.BigInteger;
import dev.airproof.interpreter.data.memo.ContentMemo;
import java.util.Optional;

/** Stateless; base58 with the Bitcoin alphabet (base58btc), leading zero bytes as '1'. */
public final class Base58 {
  private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);

  private Base58() {}

  /** Bounded memos: keys, peer ids and signatures are converted again on every invocation. */
  private static final ContentMemo<Optional<byte[]>> DECODED = new ContentMemo<>(8192, 1L << 20);
  private static final ContentMemo<String> ENCODED = new ContentMemo<>(8192, 1L << 20);

  /** The base58btc text of {@code data} (leading zero bytes become leading '1's). */
  public static String encode(byte[] data) {
    return data.length > 128 ? encodeNow(data) : ENCODED.apply(data, Base58::encodeNow);
  }

  /** Encodes bytes (the usual byte-wise base conversion; no big-integer arithmetic). */
  private static String encodeNow(byte[] data) {
    int zeros = 0;
    while (zeros < data.length && data[zeros] == 0) {
      zeros++;
    }
    byte[] digits = new byte[data.length * 138 / 100 + 1];
    int length = 0;
    for (int i = zeros; i < data.length; i++) {
      int carry = data[i] & 0xFF;
      int j = 0;
      for (int k = digits.length - 1; (carry != 0 || j < length) && k >= 0; k--, j++) {
        carry += 256 * (digits[k] & 0xFF);
        digits[k] = (byte) (carry % 58);
        carry /= 58;
      }
      length = j;
    }
    StringBuilder out = new StringBuilder(zeros + length);
    for (int i = 0; i < zeros; i++) {
      out.append('1');
    }
    for (int k = digits.length - length; k < digits.length; k++) {
      out.append(ALPHABET.charAt(digits[k]));
    }
    return out.toString();
  }

  /** Decodes text; empty when a character is outside the alphabet. */
  public static Optional<byte[]> decode(String text) {
    if (text.length() > 200 || !text.chars().allMatch(c -> c < 0x80)) {
      return decodeNow(text);
    }
    return DECODED.apply(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        ascii -> decodeNow(text)).map(byte[]::clone);
  }

  private static Optional<byte[]> decodeNow(String text) {
    BigInteger n = BigInteger.ZERO;
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') {
      zeros++;
    }
    for (int i = 0; i < text.length(); i++) {
      int digit = ALPHABET.indexOf(text.charAt(i));
      if (digit < 0) {
        return Optional.empty();
      }
      n = n.multiply(FIFTY_EIGHT).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
    int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
    byte[] out = new byte[zeros + magnitude.length - skip];
    System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
    return Optional.of(out);
  }
}
