package dev.airproof.properties.conformance;

import dev.airproof.interpreter.data.json.JsJson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode parse(String json) throws Exception {
    return mapper.readTree(json);
  }

  @Test
  void numbersAreRenderedLikeJavaScript() {
    assertEquals("15", JsJson.number(15.0));
    assertEquals("3.5", JsJson.number(3.5));
    assertEquals("-0.1", JsJson.number(-0.1));
    assertEquals("0", JsJson.number(-0.0));
    assertEquals("1e+21", JsJson.number(1e21));
    assertEquals("100000000000000000000", JsJson.number(1e20));
    assertEquals("123456789012345680000", JsJson.number(123456789012345678901d));
    assertEquals("0.000001", JsJson.number(1e-6));
    assertEquals("1e-7", JsJson.number(1e-7));
    assertEquals("1.5e-7", JsJson.number(1.5e-7));
    assertEquals("1.7976931348623157e+308", JsJson.number(Double.MAX_VALUE));
    assertEquals("5e-324", JsJson.number(Double.MIN_VALUE));
    assertEquals("0.30000000000000004", JsJson.number(0.1 + 0.2));
    assertEquals("null", JsJson.number(Double.NaN));
  }

  @Test
  void integerNodesBeyondTwoToThe53GoThroughDouble() throws Exception {
    assertEquals("[9007199254740991,9007199254740992,-42,1e+21,15]",
        JsJson.compact(parse("[9007199254740991, 9007199254740993, -42, 1000000000000000000000, 15.0]")));
  }

  @Test
  void stringsEscapeOnlyWhatJsonStringifyEscapes() throws Exception {
    String text = "q\" b\\ \b\f\n\r\t \u0001\u001f / é ✓ \ud83d\ude00 \ud800x";
    assertEquals("\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001\\u001f / é ✓ \ud83d\ude00 \\ud800x\"",
        JsJson.compact(mapper.getNodeFactory().textNode(text)));
  }

  @Test
  void prettyMatchesStringifyWithTwoSpaces() throws Exception {
    JsonNode value = parse("{\"a\":[],\"b\":{},\"c\":[1,{\"d\":null,\"e\":true}],\"f\":\"x\"}");
    String expected = """
        {
          "a": [],
          "b": {},
          "c": [
            1,
            {
              "d": null,
              "e": true
            }
          ],
          "f": "x"
        }""";
    assertEquals(expected, JsJson.pretty(value));
    assertEquals("{\"a\":[],\"b\":{},\"c\":[1,{\"d\":null,\"e\":true}],\"f\":\"x\"}", JsJson.compact(value));
  }
}
