package dev.airproof.interpreter.data.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerdeJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String serde(String json) throws Exception {
    return SerdeJson.compact(JSON.readTree(json));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "1.0|1.0", "0.1|0.1", "1e21|1e21", "1.5e-7|1.5e-7", "1e-7|1e-7", "0.000001|1e-6",
      "0.00001|0.00001", "5e-324|5e-324", "1.7976931348623157e308|1.7976931348623157e308",
      "-2.5|-2.5", "100.0|100.0", "1e16|1e16", "1e15|1000000000000000.0", "0.3|0.3",
      "0.6666666666666666|0.6666666666666666", "123.456|123.456", "1.2345e-5|0.000012345",
      "123456789012345680000.0|1.2345678901234568e20", "0.0|0.0", "-0.0|-0.0", "15.0|15.0"})
  void floatsAsRyu(String in, String out) throws Exception {
    assertEquals(out, serde(in));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "42|42", "-7|-7", "9223372036854775807|9223372036854775807",
      "18446744073709551615|18446744073709551615", "-9223372036854775808|-9223372036854775808",
      "18446744073709551616|1.8446744073709552e19", "-9223372036854775809|-9.223372036854776e18"})
  void integersAsI64OrU64ElseF64(String in, String out) throws Exception {
    assertEquals(out, serde(in));
  }

  @Test
  void objectsSortedByCodePointAndCompact() throws Exception {
    assertEquals("{\"A\":[1,{\"x\":null}],\"a\":true,\"b\":\"c\"}",
        serde("{ \"b\": \"c\", \"a\": true, \"A\": [1, {\"x\": null}] }"));
    // U+FF21 sorts before U+1F600 by code point, after it by UTF-16 unit.
    var node = JsonNodeFactory.instance.objectNode();
    node.put("\uD83D\uDE00", 1);
    node.put("\uFF21", 2);
    assertEquals("{\"\uFF21\":2,\"\uD83D\uDE00\":1}", SerdeJson.compact(node));
  }

  @Test
  void stringEscapesLikeSerde() {
    var s = JsonNodeFactory.instance.textNode("q\"b\\n\nt\tr\rb\bf\fz\u0000u\u001fd\u007fé😀/");
    assertEquals("\"q\\\"b\\\\n\\nt\\tr\\rb\\bf\\fz\\u0000u\\u001fd\u007fé😀/\"", SerdeJson.compact(s));
  }
}
