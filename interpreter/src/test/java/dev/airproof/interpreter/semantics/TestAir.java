package dev.airproof.interpreter.semantics;

import dev.airproof.interpreter.ast.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small AIR reader for interpreter tests (the real front end lives on the parser branch): builds
 * the AST records with byte-offset spans so that stream scoping by position works. ASCII input only;
 * no validation.
 */
public final class TestAir {
  private final String src;
  private int pos;

  private TestAir(String src) {
    this.src = src;
  }

  /** Parses one instruction. */
  public static Instruction parse(String air) {
    TestAir p = new TestAir(air);
    Instruction i = p.instr();
    p.ws();
    if (p.pos != air.length()) {
      throw new IllegalArgumentException("trailing input at " + p.pos);
    }
    return i;
  }

  private record Tok(String text, int start) {}

  private void ws() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == ';') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private Tok token() {
    ws();
    int start = pos;
    char c = src.charAt(pos);
    if (c == '(' || c == ')' || c == '[' || c == ']') {
      if (c == '[' && pos + 1 < src.length() && src.charAt(pos + 1) == ']') {
        pos += 2;
        return new Tok("[]", start);
      }
      pos++;
      return new Tok(String.valueOf(c), start);
    }
    if (c == '"') {
      int end = src.indexOf('"', pos + 1);
      pos = end + 1;
      return new Tok(src.substring(start, pos), start);
    }
    int depth = 0;
    while (pos < src.length() && !Character.isWhitespace(src.charAt(pos))
        && "()\"".indexOf(src.charAt(pos)) < 0) {
      char ch = src.charAt(pos);
      if (ch == '[') {
        if (!inLens(start)) {
          break;
        }
        depth++;
      } else if (ch == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      pos++;
    }
    return new Tok(src.substring(start, pos), start);
  }

  private boolean inLens(int start) {
    return src.substring(start, pos).contains(".");
  }

  private Tok peek() {
    int save = pos;
    Tok t = token();
    pos = save;
    return t;
  }

  private void expect(String s) {
    Tok t = token();
    if (!t.text().equals(s)) {
      throw new IllegalArgumentException("expected " + s + " at " + t.start() + " got " + t.text());
    }
  }

  private Span span(int start) {
    return new Span(1, start + 1, start, pos - start);
  }

  private Instruction instr() {
    ws();
    int start = pos;
    expect("(");
    String kw = token().text();
    Instruction i = switch (kw) {
      case "seq" -> new Seq(instr(), instr(), Span.NONE);
      case "par" -> new Par(instr(), instr(), Span.NONE);
      case "xor" -> new Xor(instr(), instr(), Span.NONE);
      case "null" -> new Null(Span.NONE);
      case "never" -> new Never(Span.NONE);
      case "call" -> call();
      case "match" -> new Match(value(), value(), instr(), Span.NONE);
      case "mismatch" -> new Mismatch(value(), value(), instr(), Span.NONE);
      case "ap" -> ap();
      case "canon" -> canon();
      case "fail" -> fail();
      case "next" -> new Next((ScalarName) name(), Span.NONE);
      case "new" -> new New(name(), instr(), Span.NONE);
      case "fold" -> fold();
      default -> throw new IllegalArgumentException("unknown instruction " + kw);
    };
    expect(")");
    return withSpan(i, span(start));
  }

  private Instruction call() {
    Value peer = value();
    expect("(");
    Value service = value();
    Value function = value();
    expect(")");
    List<Value> args = new ArrayList<>();
    if (peek().text().equals("[]")) {
      token();
    } else {
      expect("[");
      while (!peek().text().equals("]")) {
        args.add(value());
      }
      expect("]");
    }
    Optional<CallOutput> out = peek().text().equals(")") ? Optional.empty()
        : Optional.of((CallOutput) name());
    return new Call(peer, service, function, args, out, Span.NONE);
  }

  private Instruction ap() {
    if (peek().text().equals("(")) {
      token();
      Value k = value();
      Value v = value();
      expect(")");
      return new ApMap(k, v, (StreamMapName) name(), Span.NONE);
    }
    return new Ap(value(), (ApTarget) name(), Span.NONE);
  }

  private Instruction canon() {
    Value peer = value();
    Name src = name();
    Name dst = name();
    if (src instanceof StreamMapName m) {
      return dst instanceof CanonStreamMapName c ? new CanonMap(peer, m, c, Span.NONE)
          : new CanonMapScalar(peer, m, (ScalarName) dst, Span.NONE);
    }
    return new Canon(peer, (StreamName) src, (CanonStreamName) dst, Span.NONE);
  }

  private Instruction fail() {
    Tok t = peek();
    if (t.text().equals("%last_error%")) {
      token();
      return new Fail(new FailLastError(span(t.start())), Span.NONE);
    }
    if (t.text().equals(":error:")) {
      token();
      return new Fail(new FailError(span(t.start())), Span.NONE);
    }
    if (Character.isDigit(t.text().charAt(0)) || t.text().startsWith("-")) {
      long code = Long.parseLong(token().text());
      String msg = token().text();
      return new Fail(new FailLiteral(code, msg.substring(1, msg.length() - 1), span(t.start())),
          Span.NONE);
    }
    Value v = value();
    return new Fail(new FailValue(v, v.span()), Span.NONE);
  }

  private Instruction fold() {
    Tok it = peek();
    Value iterable = null;
    Name streamIterable = null;
    if (it.text().startsWith("$") || it.text().startsWith("%") && !it.text().startsWith("%init")) {
      streamIterable = name();
    } else {
      iterable = value();
    }
    ScalarName iterator = (ScalarName) name();
    Instruction body = instr();
    Optional<Instruction> last = peek().text().equals(")") ? Optional.empty() : Optional.of(instr());
    if (streamIterable instanceof StreamName s) {
      return new FoldStream(s, iterator, body, last, Span.NONE);
    }
    if (streamIterable instanceof StreamMapName m) {
      return new FoldStreamMap(m, iterator, body, last, Span.NONE);
    }
    return new FoldScalar(iterable, iterator, body, last, Span.NONE);
  }

  private Name name() {
    Tok t = token();
    Span s = new Span(1, t.start() + 1, t.start(), t.text().length());
    String x = t.text();
    if (x.startsWith("$")) {
      return new StreamName(x.substring(1), s);
    }
    if (x.startsWith("#$")) {
      return new CanonStreamName(x.substring(2), false, s);
    }
    if (x.startsWith("#%")) {
      return new CanonStreamMapName(x.substring(2), s);
    }
    if (x.startsWith("#")) {
      return new CanonStreamName(x.substring(1), true, s);
    }
    if (x.startsWith("%")) {
      return new StreamMapName(x.substring(1), s);
    }
    return new ScalarName(x, s);
  }

  private Value value() {
    Tok t = token();
    String x = t.text();
    Span s = new Span(1, t.start() + 1, t.start(), x.length());
    if (x.startsWith("\"")) {
      return new StringLiteral(x.substring(1, x.length() - 1), s);
    }
    if (x.equals("[]")) {
      return new EmptyArray(s);
    }
    if (x.equals("true") || x.equals("false")) {
      return new BoolLiteral(x.equals("true"), s);
    }
    if (x.equals("%init_peer_id%")) {
      return new InitPeerId(s);
    }
    if (x.equals("%timestamp%")) {
      return new Timestamp(s);
    }
    if (x.equals("%ttl%")) {
      return new Ttl(s);
    }
    if (x.matches("[-+]?[0-9]+")) {
      return new IntLiteral(Long.parseLong(x), s);
    }
    if (x.matches("[-+]?[0-9]+\\.[0-9]*")) {
      return new FloatLiteral(Double.parseDouble(x), s);
    }
    if (x.startsWith("%last_error%")) {
      return new LastError(lens(x.substring(12), s), s);
    }
    if (x.startsWith(":error:")) {
      return new ErrorValue(lens(x.substring(7), s), s);
    }
    int dot = x.indexOf('.');
    String head = dot < 0 ? x : x.substring(0, dot);
    Optional<Lens> lens = dot < 0 ? Optional.empty() : lens(x.substring(dot), s);
    if (head.startsWith("#$")) {
      return new CanonStreamRef(head.substring(2), false, lens, s);
    }
    if (head.startsWith("#%")) {
      return new CanonStreamMapRef(head.substring(2), lens, s);
    }
    if (head.startsWith("#")) {
      return new CanonStreamRef(head.substring(1), true, lens, s);
    }
    return new ScalarRef(head, lens, s);
  }

  private static Optional<Lens> lens(String text, Span s) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.equals(".length")) {
      return Optional.of(new LengthFunctor(s));
    }
    boolean flatten = text.endsWith("!");
    String body = flatten ? text.substring(0, text.length() - 1) : text;
    if (!body.startsWith(".$")) {
      throw new IllegalArgumentException("bad lens " + text);
    }
    body = body.substring(2);
    List<Accessor> acc = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      if (body.charAt(i) == '.') {
        i++;
      }
      if (body.charAt(i) == '[') {
        int end = body.indexOf(']', i);
        String inner = body.substring(i + 1, end);
        acc.add(inner.matches("[0-9]+") ? new IndexAccessor(Long.parseLong(inner), s)
            : new ScalarAccessor(inner, s));
        i = end + 1;
      } else {
        int end = i;
        while (end < body.length() && body.charAt(end) != '.' && body.charAt(end) != '[') {
          end++;
        }
        acc.add(new FieldAccessor(body.substring(i, end), s));
        i = end;
      }
    }
    return Optional.of(new ValuePath(acc, flatten, s));
  }

  private static Instruction withSpan(Instruction i, Span s) {
    return switch (i) {
      case Seq x -> new Seq(x.left(), x.right(), s);
      case Par x -> new Par(x.left(), x.right(), s);
      case Xor x -> new Xor(x.left(), x.right(), s);
      case Null x -> new Null(s);
      case Never x -> new Never(s);
      case Call x -> new Call(x.peer(), x.service(), x.function(), x.args(), x.output(), s);
      case Match x -> new Match(x.left(), x.right(), x.body(), s);
      case Mismatch x -> new Mismatch(x.left(), x.right(), x.body(), s);
      case Ap x -> new Ap(x.argument(), x.destination(), s);
      case ApMap x -> new ApMap(x.key(), x.value(), x.map(), s);
      case Canon x -> new Canon(x.peer(), x.stream(), x.canon(), s);
      case CanonMap x -> new CanonMap(x.peer(), x.map(), x.canonMap(), s);
      case CanonMapScalar x -> new CanonMapScalar(x.peer(), x.map(), x.scalar(), s);
      case Fail x -> new Fail(x.argument(), s);
      case Next x -> new Next(x.iterator(), s);
      case New x -> new New(x.name(), x.body(), s);
      case FoldScalar x -> new FoldScalar(x.iterable(), x.iterator(), x.body(), x.last(), s);
      case FoldStream x -> new FoldStream(x.iterable(), x.iterator(), x.body(), x.last(), s);
      case FoldStreamMap x -> new FoldStreamMap(x.iterable(), x.iterator(), x.body(), x.last(), s);
    };
  }
}
