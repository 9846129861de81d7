package org.clausediff.dups;

/**
 * Whether a repeated passage is a defect to remove or a formula the document repeats on purpose.
 * See {@link LabelReason} for the rule.
 */
public enum DuplicateLabel {
  /** Body text that occurs more than once; cleaning removes every occurrence after the first. */
  DUPLICATION,
  /** A formula that legitimately recurs (a note, a heading, a phrase); cleaning keeps it. */
  BOILERPLATE;

  /** The name used in reports: {@code DUPLICATION} or {@code BOILERPLATE}. */
  public String id() {
    return name();
  }
}
