package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.Shapes;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstJsonTest {
  private static Instruction parse(String air) {
    return ((Parsed) AirParser.parse("j.air", air)).root();
  }

  @Test
  void fieldOrderIsKindFieldsSpan() throws Exception {
    JsonNode json = AstJson.toJson(parse("(ap 1 $s)"));
    List<String> names = List.copyOf(iterable(json));
    assertEquals(List.of("kind", "argument", "destination", "span"), names);
    assertEquals("int", json.get("argument").get("kind").asText());
    assertEquals(List.of("line", "column", "offset", "length"),
        List.copyOf(iterable(json.get("span"))));
  }

  private static List<String> iterable(JsonNode node) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void roundTripThroughText() throws Exception {
    Instruction root = parse("(seq (call %init_peer_id% (\"s\" \"f\") [1.5 -2 true [] :error:.$.m]"
        + " r) (fold r.$.[0] i (seq (ap (i.$.k i) %m) (next i)) (null)))");
    JsonNode reread = new ObjectMapper().readTree(AstJson.write(root));
    assertEquals(root, AstJson.read(reread));
    assertEquals(Shapes.of(root), Shapes.of(AstJson.read(reread)));
  }

  @Test
  void malformedJsonIsRejected() throws Exception {
    ObjectMapper m = new ObjectMapper();
    assertThrows(IllegalArgumentException.class, () -> AstJson.read(m.readTree("{}")));
    assertThrows(IllegalArgumentException.class,
        () -> AstJson.read(m.readTree("{\"kind\":\"teleport\",\"span\":{\"line\":1,\"column\":1,"
            + "\"offset\":0,\"length\":0}}")));
  }
}
