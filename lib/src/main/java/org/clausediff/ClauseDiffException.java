package org.clausediff;

/**
 * Base type of every problem with a caller's input that clausediff reports, as opposed to a
 * programming error (which raises {@link NullPointerException}, {@link IllegalArgumentException} or
 * {@link IllegalStateException}).
 *
 * <p>Every instance names the document it concerns, so that a front end can print one plain line
 * such as {@code report.txt: binary file (NUL byte at offset 12), not text}. The message already
 * starts with the document name.
 */
public abstract class ClauseDiffException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String documentName;

  /**
   * Creates an exception about {@code documentName}.
   *
   * @param documentName the name of the offending document, as given by the caller
   * @param problem what is wrong, in one plain sentence without the document name
   */
  protected ClauseDiffException(String documentName, String problem) {
    super(documentName + ": " + problem);
    this.documentName = documentName;
  }

  /** The name of the document the problem concerns. */
  public String documentName() {
    return documentName;
  }
}
