package org.clausediff.spark;

import org.clausediff.ClauseDiffException;

/**
 * A corpus job cannot run on its input: the input path does not exist, a dataset lacks the {@code
 * id} or {@code text} column, or an id occurs twice. Documents that cannot be decoded do not stop a
 * job; they are listed in its {@code failures} output.
 */
public final class CorpusJobException extends ClauseDiffException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param name the input path or document concerned
   * @param problem what is wrong, in one plain sentence without the name
   */
  public CorpusJobException(String name, String problem) {
    super(name, problem);
  }
}
