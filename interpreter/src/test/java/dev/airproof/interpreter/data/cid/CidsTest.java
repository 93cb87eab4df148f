package dev.airproof.interpreter.data.cid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airproof.interpreter.data.SecurityTetraplet;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vectors from AquaVM 0.62 {@code interpreter-cid/src/lib.rs} and {@code verify.rs} tests. */
class CidsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"test\"|bagaaihrarcyykpv4oj7zwdbepczyfthxya4og7s2rwvrzolm5kg2eu5dz3xa",
      "[1, 2, 3]|bagaaihram6sitn77tquub77n2jzjgttrlwkverv44pv3gns6qghm6hx6d36a",
      "1|bagaaihra2y55tkbgv6i4d7vdoglfuzhbd3ra6e7ennpvfrmzaejwmbntusdq",
      "{\"key\": 42}|bagaaihracpzxhsrpviexa7k6glwdhyh3a4kvy6j7qlcqokzqbs3q424cmxyq"})
  void blake3Vectors(String json, String cid) throws Exception {
    assertEquals(new Cid(cid), Cids.ofValue(JSON.readTree(json)));
    assertInstanceOf(CidCheck.Match.class, Cids.verifyJsonText(new Cid(cid), compact(json)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"test\"|bagaaierajwlhumardpzj6dv2ahcerm3vyfrjwl7nahg7zq5o3eprwv6v3vpa",
      "[1, 2, 3]|bagaaierauyk65lxcdxsrphpaqdpiymcszdnjaejyibv2ohbyyaziix35kt2a",
      "1|bagaaieranodle477gt6odhllqbhp6wr7k5d23jhkuixr2soadzjn3n4hlnfq",
      "{\"key\": 42}|bagaaierad7lci6475zdrps4h6fmcpmqyknz5z6bw6p6tmpjkfyueavqw4kaq",
      "\"test\"|z3v8BBKBcZMDh6ANTaiT7PmfrBWbBmoVQvDxojXt1M4eczFDmhF",
      "[1, 2, 3]|z3v8BBK9PYQwY7AGn9wb79BFTzSQiLALGAEmyqSYbCV2D9y8RLw",
      "1|z3v8BBKGqF5gxukC6oU2EsSnTD7hBRorAabGJ8UDpNKneW7UApe",
      "{\"key\": 42}|z3v8BBK3kqxb39bomB9bJQ22a734aidv5C7QmjdfKiePgVjdQUQ"})
  void verifyAcceptsSha2AndBase58Forms(String json, String cid) throws Exception {
    assertInstanceOf(CidCheck.Match.class, Cids.verifyJsonText(new Cid(cid), compact(json)));
  }

  @Test
  void sha2VectorIsSha256OfTheSixBytes() {
    byte[] digest = Cids.sha256("\"test\"".getBytes(StandardCharsets.UTF_8));
    assertEquals("bagaaierajwlhumardpzj6dv2ahcerm3vyfrjwl7nahg7zq5o3eprwv6v3vpa",
        Cids.fromDigest(Cids.JSON_CODEC, Cids.SHA2_256, digest).text());
  }

  @Test
  void rejectsWrongValueCodecHashTruncationAndGarbage() {
    Cid one = new Cid("bagaaieranodle477gt6odhllqbhp6wr7k5d23jhkuixr2soadzjn3n4hlnfq");
    assertInstanceOf(CidCheck.Mismatch.class, Cids.verifyJsonText(one, "2"));
    byte[] digest = Cids.sha256("1".getBytes(StandardCharsets.UTF_8));
    assertEquals(new CidCheck.UnsupportedCodec(0x78),
        Cids.verifyJsonText(Cids.fromDigest(0x78, Cids.SHA2_256, digest), "1"));
    assertEquals(new CidCheck.UnsupportedHash(0x18),
        Cids.verifyJsonText(Cids.fromDigest(Cids.JSON_CODEC, 0x18, digest), "1"));
    assertEquals(new CidCheck.UnsupportedHash(0x1053),
        Cids.verifyJsonText(Cids.fromDigest(Cids.JSON_CODEC, 0x1053, digest), "1"));
    Cid truncated = Cids.fromDigest(Cids.JSON_CODEC, Cids.SHA2_256, Arrays.copyOf(digest, 16));
    assertInstanceOf(CidCheck.Mismatch.class, Cids.verifyJsonText(truncated, "1"));
    assertInstanceOf(CidCheck.Malformed.class, Cids.verifyJsonText(new Cid("garbage"), "1"));
    assertInstanceOf(CidCheck.Malformed.class, Cids.verifyJsonText(new Cid(""), "1"));
    assertInstanceOf(CidCheck.Malformed.class,
        Cids.verifyJsonText(new Cid(one.text().substring(0, one.text().length() - 3)), "1"));
  }

  @Test
  void recordsInDeclarationOrder() {
    SecurityTetraplet t = new SecurityTetraplet("peer", "svc", "fn", ".$.a");
    assertEquals("{\"peer_pk\":\"peer\",\"service_id\":\"svc\",\"function_name\":\"fn\",\"lens\":\".$.a\"}",
        CidRecords.tetraplet(t));
    Cid v = Cids.ofJsonText("10");
    Cid tc = Cids.ofTetraplet(t);
    assertEquals("{\"value_cid\":\"" + v + "\",\"argument_hash\":\"h\",\"tetraplet_cid\":\"" + tc + "\"}",
        CidRecords.serviceResult(v, "h", tc));
    Cid sr = Cids.ofServiceResult(v, "h", tc);
    assertEquals("{\"value\":\"" + v + "\",\"tetraplet\":\"" + tc + "\",\"provenance\":{\"type\":\"service_result\",\"cid\":\""
        + sr + "\"}}", CidRecords.canonElement(v, tc, new Provenance.ServiceResult(sr)));
    assertEquals("{\"type\":\"literal\"}", CidRecords.provenance(new Provenance.Literal()));
    assertEquals("{\"type\":\"canon\",\"cid\":\"x\"}", CidRecords.provenance(new Provenance.Canon(new Cid("x"))));
    assertEquals("{\"tetraplet\":\"" + tc + "\",\"values\":[\"a\",\"b\"]}",
        CidRecords.canonResult(tc, List.of(new Cid("a"), new Cid("b"))));
    assertTrue(Cids.ofCanonResult(tc, List.of()).text().startsWith("bagaaihra"));
  }

  private static String compact(String json) throws Exception {
    return dev.airproof.interpreter.data.json.SerdeJson.compact(JSON.readTree(json));
  }
}
