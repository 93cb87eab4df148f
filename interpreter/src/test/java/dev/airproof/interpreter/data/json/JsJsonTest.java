package dev.airproof.interpreter.data.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts were produced with Node 20: {@code node -e 'console.log(JSON.stringify(x))'}. */
class JsJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "1.0|1", "0.1|0.1", "1e21|1e+21", "1.5e-7|1.5e-7", "123456789012345680000|123456789012345680000",
      "1e-7|1e-7", "0.000001|0.000001", "5e-324|5e-324", "1.7976931348623157e308|1.7976931348623157e+308",
      "-2.5|-2.5", "100|100", "1e16|10000000000000000", "1e15|1000000000000000", "0.3|0.3",
      "0.6666666666666666|0.6666666666666666", "123.456|123.456", "-0.0001|-0.0001",
      "9007199254740993|9007199254740992", "1.2345e-5|0.000012345", "15.0|15", "-0.0|0"})
  void numbersAsJavaScript(String in, String out) throws Exception {
    assertEquals(out, JsJson.compact(JSON.readTree(in)));
  }

  @Test
  void javaScriptPropertyOrder() throws Exception {
    assertEquals("{\"2\":4,\"10\":2,\"b\":1,\"a\":3,\"01\":5}",
        JsJson.compact(JSON.readTree("{\"b\":1,\"10\":2,\"a\":3,\"2\":4,\"01\":5}")));
    assertEquals("{\"01\":5,\"10\":2,\"2\":4,\"a\":3,\"b\":1}",
        JsJson.compactSorted(JSON.readTree("{\"b\":1,\"10\":2,\"a\":3,\"2\":4,\"01\":5}")));
    var astral = JSON.createObjectNode();
    astral.put("\uFF21", 1);
    astral.put("\uD83D\uDE00", 2);
    assertEquals("{\"\uD83D\uDE00\":2,\"\uFF21\":1}", JsJson.compactSorted(astral), "UTF-16 order, as JS sort()");
    assertTrue(JsJson.isArrayIndex("4294967294"));
    assertFalse(JsJson.isArrayIndex("4294967295"));
    assertFalse(JsJson.isArrayIndex("-1"));
  }

  @Test
  void prettyLikeStringifyWithIndentTwo() throws Exception {
    String expected = "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": [],\n  \"c\": \"x\\u0001\u007fé\\n\"\n}";
    assertEquals(expected, JsJson.pretty(JSON.readTree("{\"a\":[1,{}],\"b\":[],\"c\":\"x\\u0001\u007fé\\n\"}")));
  }

  @Test
  void loneSurrogatesEscaped() {
    assertEquals("\"a\\ud800b\"", JsonStrings.quote("a\uD800b"));
  }
}
