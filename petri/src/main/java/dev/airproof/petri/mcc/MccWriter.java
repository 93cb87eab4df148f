package dev.airproof.petri.mcc;

import dev.airproof.petri.xml.IndentedXml;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Stateless; writes MCC property files ({@code <property-set xmlns="http://mcc.lip6.fr/">}). */
public final class MccWriter {
  /** The MCC property namespace. */
  public static final String NAMESPACE = "http://mcc.lip6.fr/";

  private MccWriter() {}

  /** The property file of {@code set}. */
  public static String write(PropertySet set) {
    StringWriter out = new StringWriter();
    try {
      write(set, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the property file of {@code set} to {@code out}. */
  public static void write(PropertySet set, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      IndentedXml w = new IndentedXml(x);
      x.writeStartDocument("UTF-8", "1.0");
      w.open("property-set");
      x.writeDefaultNamespace(NAMESPACE);
      for (Property p : set.properties()) {
        w.open("property");
        w.leaf("id", p.id());
        w.leaf("description", p.description());
        w.open("formula");
        query(w, p.query());
        w.close();
        w.close();
      }
      w.close();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write MCC properties: " + e.getMessage(), e);
    }
  }

  private static void query(IndentedXml w, Query q) throws XMLStreamException {
    switch (q) {
      case Query.BooleanQuery b -> formula(w, b.formula());
      case Query.PlaceBound pb -> names(w, "place-bound", "place", pb.places());
    }
  }

  private static void formula(IndentedXml w, Formula f) throws XMLStreamException {
    switch (f) {
      case Formula.BooleanConstant c -> w.empty(c.value() ? "true" : "false");
      case Formula.Deadlock d -> w.empty("deadlock");
      case Formula.Not n -> unary(w, "negation", n.operand());
      case Formula.And a -> nary(w, "conjunction", a.operands());
      case Formula.Or o -> nary(w, "disjunction", o.operands());
      case Formula.IntegerLe le -> {
        w.open("integer-le");
        intExpr(w, le.left());
        intExpr(w, le.right());
        w.close();
      }
      case Formula.IsFireable fire -> names(w, "is-fireable", "transition", fire.transitions());
      case Formula.ExistsPath e -> unary(w, "exists-path", e.operand());
      case Formula.AllPaths a -> unary(w, "all-paths", a.operand());
      case Formula.Finally fin -> unary(w, "finally", fin.operand());
      case Formula.Globally g -> unary(w, "globally", g.operand());
      case Formula.Next n -> unary(w, "next", n.operand());
      case Formula.Until u -> {
        w.open("until");
        unary(w, "before", u.before());
        unary(w, "reach", u.reach());
        w.close();
      }
    }
  }

  private static void unary(IndentedXml w, String element, Formula operand)
      throws XMLStreamException {
    w.open(element);
    formula(w, operand);
    w.close();
  }

  private static void nary(IndentedXml w, String element, java.util.List<Formula> operands)
      throws XMLStreamException {
    w.open(element);
    for (Formula f : operands) {
      formula(w, f);
    }
    w.close();
  }

  private static void intExpr(IndentedXml w, IntExpr e) throws XMLStreamException {
    switch (e) {
      case IntExpr.IntegerConstant c -> w.leaf("integer-constant", Integer.toString(c.value()));
      case IntExpr.TokensCount t -> names(w, "tokens-count", "place", t.places());
    }
  }

  private static void names(IndentedXml w, String element, String item, java.util.List<String> ids)
      throws XMLStreamException {
    w.open(element);
    for (String id : ids) {
      w.leaf(item, id);
    }
    w.close();
  }
}
