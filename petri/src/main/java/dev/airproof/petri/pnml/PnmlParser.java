package dev.airproof.petri.pnml;

import dev.airproof.petri.model.Position;
import dev.airproof.petri.pnml.PnmlError.Code;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Mutable; a recursive-descent parser over one StAX stream, collecting errors as values. */
final class PnmlParser {
  /** Handles one child element; must consume it up to its end tag. */
  interface Child {
    void at(String name) throws XMLStreamException;
  }

  private final XMLStreamReader x;
  private final List<PnmlError> errors = new ArrayList<>();
  private final Map<String, Loc> ids = new HashMap<>();

  PnmlParser(XMLStreamReader x) {
    this.x = x;
  }

  static PnmlResult malformed(XMLStreamException e) {
    Location l = e.getLocation();
    String msg = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("\\s+", " ");
    int line = l == null ? -1 : l.getLineNumber();
    int col = l == null ? -1 : l.getColumnNumber();
    return new PnmlResult.Failed(List.of(new PnmlError(line, col, Code.MALFORMED_XML, msg)));
  }

  PnmlResult parse() {
    List<dev.airproof.petri.model.PetriNet> nets = new ArrayList<>();
    try {
      x.nextTag();
      if (!x.getLocalName().equals("pnml")) {
        error(here(), Code.NOT_PNML, "the root element is <" + x.getLocalName() + ">, not <pnml>");
        return new PnmlResult.Failed(errors);
      }
      Loc root = here();
      children(
          name -> {
            if (name.equals("net")) {
              new NetParser(this).parse().ifPresent(nets::add);
            } else {
              unexpected("pnml");
            }
          });
      if (nets.isEmpty() && errors.isEmpty()) {
        error(root, Code.NOT_PNML, "the document contains no net");
      }
    } catch (XMLStreamException e) {
      return malformed(e);
    }
    return errors.isEmpty() ? new PnmlResult.Read(nets) : new PnmlResult.Failed(errors);
  }

  // ---- shared helpers used by NetParser ----

  /** A source position. */
  record Loc(int line, int column) {}

  Loc here() {
    Location l = x.getLocation();
    return new Loc(l.getLineNumber(), l.getColumnNumber());
  }

  void error(Loc at, Code code, String message) {
    errors.add(new PnmlError(at.line(), at.column(), code, message));
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Records a document-wide id; reports duplicates. */
  void declare(String id, Loc at) {
    Loc first = ids.putIfAbsent(id, at);
    if (first != null) {
      error(
          at,
          Code.DUPLICATE_ID,
          "id '" + id + "' is already used at " + first.line() + ":" + first.column());
    }
  }

  /** The attribute's value, or an error and empty. */
  Optional<String> required(String attribute) {
    String v = x.getAttributeValue(null, attribute);
    if (v == null) {
      error(
          here(),
          Code.MISSING_ATTRIBUTE,
          "<" + x.getLocalName() + "> needs the attribute '" + attribute + "'");
      return Optional.empty();
    }
    return Optional.of(v);
  }

  Optional<String> attribute(String attribute) {
    return Optional.ofNullable(x.getAttributeValue(null, attribute));
  }

  /** Visits the child elements of the current element, up to its end tag. */
  void children(Child child) throws XMLStreamException {
    while (true) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        child.at(x.getLocalName());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      } else if (event == XMLStreamConstants.CHARACTERS && !x.isWhiteSpace()) {
        error(here(), Code.UNEXPECTED_ELEMENT, "unexpected text '" + x.getText().trim() + "'");
      }
    }
  }

  /** Skips the current element and its content. */
  void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Reports the current element as not allowed inside {@code parent} and skips it. */
  void unexpected(String parent) throws XMLStreamException {
    error(
        here(),
        Code.UNEXPECTED_ELEMENT,
        "<" + x.getLocalName() + "> is not allowed in <" + parent + ">");
    skip();
  }

  /** The {@code <text>} of the current label element (annotation graphics are skipped). */
  Optional<String> labelText() throws XMLStreamException {
    String label = x.getLocalName();
    List<String> text = new ArrayList<>(1);
    children(
        name -> {
          switch (name) {
            case "text" -> text.add(x.getElementText());
            case "graphics", "toolspecific" -> skip();
            default -> unexpected(label);
          }
        });
    return text.stream().findFirst();
  }

  /** The current label as an int {@code >= min}, {@code fallback} if it has no text. */
  OptionalInt number(int min, int fallback) throws XMLStreamException {
    Loc at = here();
    String label = x.getLocalName();
    Optional<String> text = labelText();
    if (text.isEmpty() || text.get().isBlank()) {
      return OptionalInt.of(fallback);
    }
    String t = text.get().trim();
    try {
      BigInteger v = new BigInteger(t);
      if (v.compareTo(BigInteger.valueOf(min)) >= 0
          && v.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
        return OptionalInt.of(v.intValueExact());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    error(
        at,
        Code.INVALID_NUMBER,
        "<" + label + "> must be an integer >= " + min + ", not '" + t + "'");
    return OptionalInt.empty();
  }

  /** The position in the current node {@code <graphics>} element, if any. */
  Optional<Position> nodeGraphics() throws XMLStreamException {
    List<Position> found = new ArrayList<>(1);
    children(
        name -> {
          switch (name) {
            case "position" -> {
              Loc at = here();
              Optional<String> px = required("x");
              Optional<String> py = required("y");
              skip();
              if (px.isPresent() && py.isPresent()) {
                decimals(at, px.get(), py.get()).ifPresent(found::add);
              }
            }
            case "dimension", "fill", "line" -> skip();
            default -> unexpected("graphics");
          }
        });
    return found.stream().findFirst();
  }

  private Optional<Position> decimals(Loc at, String px, String py) {
    try {
      return Optional.of(
          new Position(
              new BigDecimal(px.trim()).doubleValue(), new BigDecimal(py.trim()).doubleValue()));
    } catch (IllegalArgumentException e) {
      error(
          at,
          Code.INVALID_NUMBER,
          "position coordinates must be decimals: '" + px + "', '" + py + "'");
      return Optional.empty();
    }
  }

  XMLStreamReader stream() {
    return x;
  }
}
