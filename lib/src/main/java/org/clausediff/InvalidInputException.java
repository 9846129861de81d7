package org.clausediff;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalLong;

/**
 * A document that clausediff cannot read as text: undecodable bytes, a binary file, text in an
 * encoding that cannot be detected safely, or an unpaired surrogate — or whose bytes cannot be cut
 * as asked.
 *
 * <p>Modelled on google-java-format's {@code FormatterDiagnostic}: besides the message it carries
 * the {@link #reason()} and, where known, the byte offset of the first offending byte, so that
 * tools can point at it.
 */
public final class InvalidInputException extends ClauseDiffException {
  private static final long serialVersionUID = 1L;

  /** Why a document was rejected. */
  public enum Reason {
    /** Bytes that are not valid in any supported encoding (or in the one that was forced). */
    UNDECODABLE,
    /** A NUL byte or other sign of a binary file. */
    BINARY,
    /** Text that is probably UTF-16 or UTF-32 but has no byte-order mark to say which. */
    AMBIGUOUS_ENCODING,
    /** A string given through the API that contains an unpaired surrogate. */
    UNPAIRED_SURROGATE,
    /**
     * Bytes from which passages cannot be cut without changing the text around the cuts: an
     * encoding that shifts between character sets, such as ISO-2022-JP.
     */
    NOT_CUTTABLE
  }

  private final Reason reason;
  // OptionalLong is not serializable, as an exception must be: the offset and whether it is known.
  private final boolean offsetKnown;
  private final long offset;

  /**
   * Creates the exception.
   *
   * @param documentName the document's name
   * @param reason the kind of problem
   * @param problem one plain sentence saying what is wrong
   * @param offset the offset of the first offending byte (or code unit, for strings), if known
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public InvalidInputException(
      String documentName, Reason reason, String problem, OptionalLong offset) {
    super(documentName, problem);
    checkArgument(offset.orElse(0) >= 0, "offset must be at least 0 but was %s", offset.orElse(0));
    this.reason = reason;
    this.offsetKnown = offset.isPresent();
    this.offset = offset.orElse(0);
  }

  /** The kind of problem. */
  public Reason reason() {
    return reason;
  }

  /**
   * The offset of the first offending byte in the input (for {@link Reason#UNPAIRED_SURROGATE}, the
   * UTF-16 index in the string), if known.
   */
  public OptionalLong offset() {
    return offsetKnown ? OptionalLong.of(offset) : OptionalLong.empty();
  }
}
