package org.clausediff.corpus;

/**
 * Told by {@link Corpus#index} after each file is handled, on the thread that called {@code index};
 * for a progress bar.
 */
@FunctionalInterface
public interface IndexProgress {

  /**
   * One more file is handled.
   *
   * @param done the files handled so far (added, replaced, unchanged or failed)
   * @param total the files found
   * @param file the file just handled
   */
  void update(int done, int total, String file);

  /** Progress that is not shown. */
  static IndexProgress none() {
    return (done, total, file) -> {};
  }
}
