package dev.airproof.petri.pnml;

import java.io.Reader;
import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Stateless; reads PNML 2009 P/T net documents.
 *
 * <p>Ensures: either every net of the document, or every problem found with its line and column.
 * DTDs and external entities are disabled. Elements are matched by local name, so documents without
 * the PNML namespace (older tools) are accepted too. Pages are flattened, reference nodes resolved;
 * names default to ids, initial markings to 0 and inscriptions to 1. A final marking is taken from
 * airproof's {@code <toolspecific>} or from ProM's {@code <finalmarkings>}.
 */
public final class PnmlReader {
  private PnmlReader() {}

  /** Reads the document in {@code xml}. */
  public static PnmlResult read(String xml) {
    return read(new StringReader(xml));
  }

  /** Reads the document from {@code in} (not closed). */
  public static PnmlResult read(Reader in) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      XMLStreamReader x = f.createXMLStreamReader(in);
      return new PnmlParser(x).parse();
    } catch (XMLStreamException e) {
      return PnmlParser.malformed(e);
    }
  }
}
