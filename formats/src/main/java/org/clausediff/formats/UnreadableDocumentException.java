package org.clausediff.formats;

import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.ClauseDiffException;

/**
 * A file that is not a document {@link DocumentReader} can read: encrypted, without a text layer,
 * corrupt or truncated, or not of the format it was said to be. The message is one plain sentence
 * that starts with the document's name.
 */
public final class UnreadableDocumentException extends ClauseDiffException {
  private static final long serialVersionUID = 1L;

  /** Why a file was refused. */
  public enum Reason {
    /** Encrypted or protected by a password that is needed to open it. */
    ENCRYPTED,
    /** A PDF whose pages have no text layer (scanned images): it needs OCR first. */
    NO_TEXT_LAYER,
    /** Damaged or truncated: the container or the document inside it does not parse. */
    CORRUPT,
    /** Not of the format it was said to be, or of no format that can be read. */
    WRONG_FORMAT,
    /** An HTML page in which the content selector matches nothing. */
    NO_CONTENT
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param documentName the document's name
   * @param reason the kind of problem
   * @param problem one plain sentence saying what is wrong, without the document name
   */
  public UnreadableDocumentException(String documentName, Reason reason, String problem) {
    super(documentName, problem);
    this.reason = checkNotNull(reason, "reason");
  }

  /** The kind of problem. */
  public Reason reason() {
    return reason;
  }
}
