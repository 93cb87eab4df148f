package dev.airproof.interpreter.data.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.airproof.interpreter.data.DataJson;
import dev.airproof.interpreter.data.DataReadResult;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link ContentMemo} remembers by content, never by identity, and stays within its byte budget. */
class ContentMemoTest {
  private static final byte[] DATA = ("{\"data\":{\"cid_info\":{\"canon_element_store\":{},"
      + "\"canon_result_store\":{},\"service_result_store\":{},\"tetraplet_store\":{},"
      + "\"value_store\":{}},\"lcid\":0,\"signatures\":{},\"trace\":[]},\"versions\":"
      + "{\"interpreter_version\":\"0.62.0\",\"version\":\"0.17.2\"}}").getBytes(StandardCharsets.UTF_8);

  @Test
  void equalContentIsReadOnceAndAMutatedArrayIsReadAgain() {
    ContentMemo<DataReadResult> memo = new ContentMemo<>(100, 1 << 20);
    AtomicInteger reads = new AtomicInteger();
    java.util.function.Function<byte[], DataReadResult> reader = b -> {
      reads.incrementAndGet();
      return DataJson.read(b);
    };
    byte[] bytes = DATA.clone();
    DataReadResult first = memo.apply(bytes, reader);
    assertInstanceOf(DataReadResult.Ok.class, first);
    assertSame(first, memo.apply(DATA.clone(), reader));
    assertEquals(1, reads.get());
    bytes[2] = 'X'; // the caller changes its array: the memo kept its own copy
    DataReadResult changed = memo.apply(bytes, reader);
    assertInstanceOf(DataReadResult.Failed.class, changed);
    assertEquals(2, reads.get());
    assertSame(first, memo.apply(DATA.clone(), reader));
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsBudget() {
    ContentMemo<DataReadResult> memo = new ContentMemo<>(100, DATA.length * 8L);
    AtomicInteger reads = new AtomicInteger();
    java.util.function.Function<byte[], DataReadResult> reader = b -> {
      reads.incrementAndGet();
      return DataJson.read(b);
    };
    for (int i = 0; i < 20; i++) {
      byte[] variant = new String(DATA, StandardCharsets.UTF_8).replace("\"lcid\":0", "\"lcid\":" + i)
          .getBytes(StandardCharsets.UTF_8);
      memo.apply(variant, reader);
    }
    assertEquals(20, reads.get());
    byte[] firstAgain = new String(DATA, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    memo.apply(firstAgain, reader);
    assertEquals(21, reads.get(), "the oldest entry must have been forgotten");
  }

  @Test
  void staysWithinItsEntryBound() {
    ContentMemo<Integer> memo = new ContentMemo<>(3, 1 << 20);
    for (int i = 0; i < 10; i++) {
      memo.apply(new byte[] {(byte) i}, b -> (int) b[0]);
    }
    assertEquals(3, memo.size());
  }

  @Test
  void digestsTellThePartsApart() {
    byte[] ab = ContentMemo.digestOf("ab".getBytes(StandardCharsets.UTF_8), "c".getBytes(StandardCharsets.UTF_8));
    byte[] bc = ContentMemo.digestOf("a".getBytes(StandardCharsets.UTF_8), "bc".getBytes(StandardCharsets.UTF_8));
    assertEquals(32, ab.length);
    org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(ab, bc));
  }
}
