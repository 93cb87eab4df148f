package dev.airproof.interpreter.data.keys;

import java.math.BigInteger;
import java.util.Optional;

/** Stateless; base58 with the Bitcoin alphabet (base58btc), leading zero bytes as '1'. */
public final class Base58 {
  private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);

  private Base58() {}

  /** Encodes bytes. */
  public static String encode(byte[] data) {
    StringBuilder out = new StringBuilder();
    BigInteger n = new BigInteger(1, data);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(FIFTY_EIGHT);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < data.length && data[i] == 0; i++) {
      out.append('1');
    }
    return out.reverse().toString();
  }

  /** Decodes text; empty when a character is outside the alphabet. */
  public static Optional<byte[]> decode(String text) {
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
