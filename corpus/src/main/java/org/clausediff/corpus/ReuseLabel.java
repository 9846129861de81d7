package org.clausediff.corpus;

/**
 * Whether a passage shared between documents is a formula or a borrowing.
 *
 * <p>Documents are first put into groups of related documents: two documents are related when the
 * passages they share (BOILERPLATE aside) make up at least 30% of the smaller one, and groups are
 * the connected components of that relation (a State Council document and its provincial
 * adaptations, say). A passage is BOILERPLATE when it occurs in at least {@link
 * ReuseOptions#boilerplateGroups()} groups — a formula that unrelated documents share, such as
 * {@code 各市、自治州人民政府，省政府各部门：} — and REUSE otherwise: text taken over from one document into another.
 */
public enum ReuseLabel {
  /** A formula that recurs across unrelated documents. */
  BOILERPLATE,
  /** A passage taken over from another document. */
  REUSE;

  /** The name used in reports: {@code BOILERPLATE} or {@code REUSE}. */
  public String id() {
    return name();
  }
}
