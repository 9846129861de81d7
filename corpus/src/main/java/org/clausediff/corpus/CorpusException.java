package org.clausediff.corpus;

import org.clausediff.ClauseDiffException;

/**
 * A corpus index that cannot be used as asked: the directory is not a clausediff index, was made by
 * an incompatible version, is being written by another process, or the query document is unusable.
 * The message is one plain sentence that starts with the index directory (or document) name.
 */
public final class CorpusException extends ClauseDiffException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param name the index directory or document concerned
   * @param problem what is wrong, in one plain sentence without the name
   */
  public CorpusException(String name, String problem) {
    super(name, problem);
  }

  /** Creates the exception with its cause. */
  public CorpusException(String name, String problem, Throwable cause) {
    super(name, problem);
    initCause(cause);
  }
}
