package dev.airproof.interpreter.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airproof.interpreter.ast.Ap;
import dev.airproof.interpreter.ast.ApMap;
import dev.airproof.interpreter.ast.BoolLiteral;
import dev.airproof.interpreter.ast.Call;
import dev.airproof.interpreter.ast.Canon;
import dev.airproof.interpreter.ast.CanonMap;
import dev.airproof.interpreter.ast.CanonMapScalar;
import dev.airproof.interpreter.ast.CanonStreamMapName;
import dev.airproof.interpreter.ast.CanonStreamMapRef;
import dev.airproof.interpreter.ast.CanonStreamName;
import dev.airproof.interpreter.ast.CanonStreamRef;
import dev.airproof.interpreter.ast.EmptyArray;
import dev.airproof.interpreter.ast.ErrorValue;
import dev.airproof.interpreter.ast.Fail;
import dev.airproof.interpreter.ast.FailError;
import dev.airproof.interpreter.ast.FailLastError;
import dev.airproof.interpreter.ast.FailLiteral;
import dev.airproof.interpreter.ast.FailValue;
import dev.airproof.interpreter.ast.FieldAccessor;
import dev.airproof.interpreter.ast.FloatLiteral;
import dev.airproof.interpreter.ast.FoldScalar;
import dev.airproof.interpreter.ast.FoldStream;
import dev.airproof.interpreter.ast.IndexAccessor;
import dev.airproof.interpreter.ast.InitPeerId;
import dev.airproof.interpreter.ast.Instruction;
import dev.airproof.interpreter.ast.IntLiteral;
import dev.airproof.interpreter.ast.LastError;
import dev.airproof.interpreter.ast.LengthFunctor;
import dev.airproof.interpreter.ast.Lens;
import dev.airproof.interpreter.ast.Match;
import dev.airproof.interpreter.ast.Mismatch;
import dev.airproof.interpreter.ast.Never;
import dev.airproof.interpreter.ast.New;
import dev.airproof.interpreter.ast.Next;
import dev.airproof.interpreter.ast.Null;
import dev.airproof.interpreter.ast.Par;
import dev.airproof.interpreter.ast.ScalarAccessor;
import dev.airproof.interpreter.ast.ScalarName;
import dev.airproof.interpreter.ast.ScalarRef;
import dev.airproof.interpreter.ast.Seq;
import dev.airproof.interpreter.ast.Span;
import dev.airproof.interpreter.ast.StreamMapName;
import dev.airproof.interpreter.ast.StreamName;
import dev.airproof.interpreter.ast.StringLiteral;
import dev.airproof.interpreter.ast.Timestamp;
import dev.airproof.interpreter.ast.Ttl;
import dev.airproof.interpreter.ast.Value;
import dev.airproof.interpreter.ast.ValuePath;
import dev.airproof.interpreter.ast.Xor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Layout and value text of {@link AirPrinter} on hand-built trees (no parser involved). */
class AirPrinterTest {
  private static final Span S = Span.NONE;

  private static StringLiteral str(String s) {
    return new StringLiteral(s, S);
  }

  private static ScalarRef var(String name) {
    return new ScalarRef(name, Optional.empty(), S);
  }

  private static Call call(Value peer, String service, String function, List<Value> args,
      Optional<ScalarName> out) {
    return new Call(peer, str(service), str(function), args, out.map(o -> o), S);
  }

  @Test
  void forkJoinHasTheAquaCompilerLayout() {
    Instruction forkJoin = new Seq(
        new Seq(
            new Par(
                call(str("provider_1"), "price", "get", List.of(str("BTC")),
                    Optional.of(new ScalarName("p1", S))),
                call(str("provider_2"), "price", "get", List.of(str("BTC")),
                    Optional.of(new ScalarName("p2", S))), S),
            call(str("averager"), "math", "avg", List.of(var("p1"), var("p2")),
                Optional.of(new ScalarName("avg", S))), S),
        call(new InitPeerId(S), "callback", "result", List.of(var("avg")), Optional.empty()), S);
    assertEquals("""
        (seq
         (seq
          (par
           (call "provider_1" ("price" "get") ["BTC"] p1)
           (call "provider_2" ("price" "get") ["BTC"] p2)
          )
          (call "averager" ("math" "avg") [p1 p2] avg)
         )
         (call %init_peer_id% ("callback" "result") [avg])
        )
        """, AirPrinter.print(forkJoin));
    assertEquals("(seq (seq (par (call \"provider_1\" (\"price\" \"get\") [\"BTC\"] p1) "
        + "(call \"provider_2\" (\"price\" \"get\") [\"BTC\"] p2)) "
        + "(call \"averager\" (\"math\" \"avg\") [p1 p2] avg)) "
        + "(call %init_peer_id% (\"callback\" \"result\") [avg]))", AirPrinter.printCompact(forkJoin));
  }

  @Test
  void compoundHeadersAndFoldLastInstruction() {
    Instruction body = new Xor(
        new Match(new CanonStreamRef("seen", false, Optional.of(new LengthFunctor(S)), S),
            new IntLiteral(2, S), new Null(S), S),
        new Next(new ScalarName("it", S), S), S);
    Instruction fold = new New(new StreamName("seen", S),
        new FoldStream(new StreamName("answers", S), new ScalarName("it", S), body,
            Optional.of(new Never(S)), S), S);
    assertEquals("""
        (new $seen
         (fold $answers it
          (xor
           (match #$seen.length 2
            (null)
           )
           (next it)
          )
          (never)
         )
        )
        """, AirPrinter.print(fold));
  }

  @Test
  void leavesPrintOnOneLineWithEveryForm() {
    List<Instruction> leaves = List.of(
        new Ap(new LastError(Optional.empty(), S), new StreamName("errs", S), S),
        new ApMap(str("k"), new IntLiteral(-7, S), new StreamMapName("mp", S), S),
        new Canon(new InitPeerId(S), new StreamName("st", S), new CanonStreamName("cs", true, S), S),
        new CanonMap(str("p"), new StreamMapName("mp", S), new CanonStreamMapName("cm", S), S),
        new CanonMapScalar(var("peer"), new StreamMapName("mp", S), new ScalarName("obj", S), S),
        new Fail(new FailLiteral(1337, "boom", S), S),
        new Fail(new FailValue(var("err"), S), S),
        new Fail(new FailLastError(S), S),
        new Fail(new FailError(S), S),
        new Mismatch(new BoolLiteral(true, S), new EmptyArray(S), new Null(S), S));
    assertEquals("""
        (ap %last_error% $errs)
        (ap ("k" -7) %mp)
        (canon %init_peer_id% $st #cs)
        (canon "p" %mp #%cm)
        (canon peer %mp obj)
        (fail 1337 "boom")
        (fail err)
        (fail %last_error%)
        (fail :error:)
        """, String.join("", leaves.subList(0, 9).stream().map(AirPrinter::print).toList()));
    assertEquals("(mismatch true [] (null))", AirPrinter.printCompact(leaves.get(9)));
  }

  @Test
  void lensesAndSpecialValues() {
    Lens path = new ValuePath(List.of(new FieldAccessor("a", S), new IndexAccessor(0, S),
        new ScalarAccessor("idx", S)), true, S);
    assertEquals("x.$.a.[0].[idx]!", AirPrinter.value(new ScalarRef("x", Optional.of(path), S)));
    assertEquals("#$c.$.a.[0].[idx]!",
        AirPrinter.value(new CanonStreamRef("c", false, Optional.of(path), S)));
    assertEquals("#c.length",
        AirPrinter.value(new CanonStreamRef("c", true, Optional.of(new LengthFunctor(S)), S)));
    assertEquals("#%m.$.a.[0].[idx]!",
        AirPrinter.value(new CanonStreamMapRef("m", Optional.of(path), S)));
    assertEquals(":error:.$.message", AirPrinter.value(new ErrorValue(Optional.of(
        new ValuePath(List.of(new FieldAccessor("message", S)), false, S)), S)));
    assertEquals("%timestamp%", AirPrinter.value(new Timestamp(S)));
    assertEquals("%ttl%", AirPrinter.value(new Ttl(S)));
    assertEquals("\"\"", AirPrinter.value(str("")));
    assertEquals("-9223372036854775808", AirPrinter.value(new IntLiteral(Long.MIN_VALUE, S)));
    FoldScalar fold = new FoldScalar(new EmptyArray(S), new ScalarName("i", S), new Null(S),
        Optional.empty(), S);
    assertEquals("(fold [] i (null))", AirPrinter.printCompact(fold));
  }

  @Test
  void floatsUseTheShortestPlainFormThatFitsAquaVmsTokenLimit() {
    assertEquals("1.0", floatText(1.0));
    assertEquals("-0.0", floatText(-0.0));
    assertEquals("0.0", floatText(0.0));
    assertEquals("0.1", floatText(0.1));
    assertEquals("-12.5", floatText(-12.5));
    assertEquals("0.000000001", floatText(1e-9));
    assertEquals("123456789.0", floatText(123456789.0));
    assertEquals("1234567890.", floatText(1234567890.0));
    assertEquals("99999999.99", floatText(99999999.99));
    assertTrue(AirPrinter.fitsFloatToken(1234567890.0));
    assertTrue(AirPrinter.fitsFloatToken(0.100000001));
    assertFalse(AirPrinter.fitsFloatToken(1e20));
    assertFalse(AirPrinter.fitsFloatToken(1e-12));
    assertFalse(AirPrinter.fitsFloatToken(Math.PI));
  }

  @Test
  void aquaVmsDeepestScriptsPrintOnA512KiBStack() throws InterruptedException {
    Instruction deep = new Null(S);
    for (int depth = 2; depth <= AirParser.MAX_NESTING; depth++) {
      deep = depth % 2 == 0 ? new Seq(new Null(S), deep, S) : new Xor(deep, new Null(S), S);
    }
    Instruction root = deep;
    String[] texts = new String[2];
    Throwable[] failure = new Throwable[1];
    Thread small = new Thread(null, () -> {
      try {
        texts[0] = AirPrinter.print(root);
        texts[1] = AirPrinter.printCompact(root);
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "small-stack", 512 * 1024);
    small.start();
    small.join();
    assertEquals(null, failure[0], "printing failed on a 512 KiB stack");
    assertTrue(texts[0].endsWith(" )\n)\n") && texts[0].contains("\n" + " ".repeat(999) + "(null)"));
    assertTrue(texts[1].startsWith("(seq (null) (xor (seq (null) (xor"), texts[1].substring(0, 40));
    assertInstanceOf(Parsed.class, AirParser.parse("deep.air", texts[0]));
  }

  @Test
  void everyFloatTokenAquaVmAcceptsPrintsWithinElevenCharsAndReadsBack() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      String token = randomFloatToken(rnd);
      ParseResult parsed = AirParser.parse("f.air", "(ap " + token + " x)");
      Ap ap = (Ap) assertInstanceOf(Parsed.class, parsed, token).root();
      FloatLiteral f = assertInstanceOf(FloatLiteral.class, ap.argument(), token);
      String printed = AirPrinter.value(f);
      assertTrue(printed.length() <= AirPrinter.MAX_FLOAT_TOKEN, token + " printed as " + printed);
      Ap back = (Ap) assertInstanceOf(Parsed.class,
          AirParser.parse("g.air", "(ap " + printed + " x)"), printed).root();
      assertEquals(f.value(), ((FloatLiteral) back.argument()).value(), token + " -> " + printed);
    }
  }

  /** A float token of at most 11 characters: optional sign, digits, one dot, digits. */
  private static String randomFloatToken(java.util.SplittableRandom rnd) {
    StringBuilder b = new StringBuilder();
    int sign = rnd.nextInt(3);
    if (sign > 0) {
      b.append(sign == 1 ? '-' : '+');
    }
    int total = 2 + rnd.nextInt(AirPrinter.MAX_FLOAT_TOKEN - b.length() - 1);
    int before = 1 + rnd.nextInt(total - 1);
    for (int k = 0; k < before; k++) {
      b.append((char) ('0' + rnd.nextInt(10)));
    }
    b.append('.');
    for (int k = before + 1; k < total; k++) {
      b.append((char) ('0' + rnd.nextInt(10)));
    }
    return b.toString();
  }

  private static String floatText(double d) {
    return AirPrinter.value(new FloatLiteral(d, S));
  }
}
