package dev.airproof.petri.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Mutable; a thin indenting layer over an {@link XMLStreamWriter} (one element per line). */
public final class IndentedXml {
  private final XMLStreamWriter x;
  private int depth;

  /** Wraps {@code x}, which stays owned by the caller. */
  public IndentedXml(XMLStreamWriter x) {
    this.x = x;
  }

  /** The wrapped writer (for namespaces and the document prolog). */
  public XMLStreamWriter raw() {
    return x;
  }

  /** Opens an element on a new line. */
  public void open(String name) throws XMLStreamException {
    newline();
    x.writeStartElement(name);
    depth++;
  }

  /** Writes an empty element on a new line (attributes may follow). */
  public void empty(String name) throws XMLStreamException {
    newline();
    x.writeEmptyElement(name);
  }

  /** Writes an attribute of the element just opened. */
  public void attribute(String name, String value) throws XMLStreamException {
    x.writeAttribute(name, value);
  }

  /** Writes {@code <name>text</name>} on a new line. */
  public void leaf(String name, String text) throws XMLStreamException {
    newline();
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  /** Closes the innermost open element on a new line. */
  public void close() throws XMLStreamException {
    depth--;
    newline();
    x.writeEndElement();
  }

  private void newline() throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }
}
