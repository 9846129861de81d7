package org.clausediff.collate;

/**
 * Hears how far a long collation has got: one call after each pairwise alignment. Called on the
 * collating thread; implementations must be quick.
 */
@FunctionalInterface
public interface Progress {

  /**
   * One step is done.
   *
   * @param done the steps done so far, from 1
   * @param total the number of steps in all
   * @param what the step just done, e.g. {@code a.txt ↔ b.txt}
   */
  void step(int done, int total, String what);

  /** A listener that ignores everything. */
  static Progress none() {
    return (done, total, what) -> {};
  }
}
