package dev.airproof.properties.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * What the differential compares of error messages: the 30000 message's unprocessed call results
 * as a set (AquaVM lists them in a random hash-map order, different from run to run), everything
 * else exactly.
 */
class ErrorPhrasesTest {
  private static String unprocessed(String entries) {
    return "after finishing execution of supplied AIR, there are some unprocessed call results: `{"
        + entries + "}`, probably a wrong call_id used";
  }

  private static String entry(int id, String result) {
    return "\"" + id + "\": CallServiceResult { ret_code: 0, result: \"" + result + "\" }";
  }

  @Test
  void unprocessedCallResultsCompareAsASet() {
    String java = unprocessed(entry(6, "null") + ", " + entry(11, "a, \\\"12\\\": b") + ", " + entry(12, "null"));
    String aquavm = unprocessed(entry(11, "a, \\\"12\\\": b") + ", " + entry(6, "null") + ", " + entry(12, "null"));
    assertEquals(ErrorPhrases.comparable(java), ErrorPhrases.comparable(aquavm));
    assertEquals(java, ErrorPhrases.comparable(aquavm), "ascending ids, entries untouched");
  }

  @Test
  void differentEntriesStillDiffer() {
    assertNotEquals(ErrorPhrases.comparable(unprocessed(entry(6, "null") + ", " + entry(7, "null"))),
        ErrorPhrases.comparable(unprocessed(entry(6, "null") + ", " + entry(7, "1"))));
  }

  @Test
  void otherMessagesAreComparedWhole() {
    String m = "call argument_hash doesn't match expected parameters: expected b1, got b2";
    assertEquals(m, ErrorPhrases.comparable(m));
  }
}
