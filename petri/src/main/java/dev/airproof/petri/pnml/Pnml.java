package dev.airproof.petri.pnml;

import java.util.regex.Pattern;

/** Stateless; PNML constants shared by the reader and the writer. */
public final class Pnml {
  /** The PNML 2009 namespace. */
  public static final String NAMESPACE = "http://www.pnml.org/version-2009/grammar/pnml";

  /** The P/T net type URI. */
  public static final String PTNET_TYPE = "http://www.pnml.org/version-2009/grammar/ptnet";

  /** The {@code tool} attribute of airproof's {@code <toolspecific>} elements. */
  public static final String TOOL = "airproof";

  /** The {@code version} attribute of airproof's {@code <toolspecific>} elements. */
  public static final String TOOL_VERSION = "0.1";

  /**
   * XML NCName, restricted to ASCII letters for the start character plus common Unicode letters.
   */
  private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-\\u00B7]*");

  private Pnml() {}

  /** True iff {@code id} is usable as a PNML id (an XML NCName). */
  public static boolean isValidId(String id) {
    return NCNAME.matcher(id).matches();
  }
}
