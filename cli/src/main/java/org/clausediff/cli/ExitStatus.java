package org.clausediff.cli;

/** Exit statuses as diff(1) has them, so that scripts can rely on them. */
final class ExitStatus {
  private ExitStatus() {}

  /** No differences (compare), no duplication (dups), or success. */
  static final int SAME = 0;

  /** Differences found (compare), duplication found (dups). */
  static final int DIFFERENT = 1;

  /** Trouble: a usage error, unreadable or undecodable input, an internal error. */
  static final int TROUBLE = 2;
}
