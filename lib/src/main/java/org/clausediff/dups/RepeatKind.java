package org.clausediff.dups;

/** How the occurrences of a {@link DuplicatePassage} resemble each other. */
public enum RepeatKind {
  /** The occurrences are equal after normalization (similarity 1). */
  EXACT,
  /** The occurrences are sentences whose shingle similarity reaches the near threshold. */
  NEAR;

  /** The name used in reports: {@code EXACT} or {@code NEAR}. */
  public String id() {
    return name();
  }
}
