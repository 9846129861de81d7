package org.clausediff.segment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The levels of a {@link Document}, outermost first. Sections, items and sub-items are numbered
 * parts of the document (their kind follows from the numbering styles the document uses: the
 * outermost style present makes sections, the next items, the rest sub-items, which may nest).
 * Paragraphs, sentences and clauses are prose.
 */
public enum UnitKind {
  /** The outermost numbered part, e.g. {@code 一、总体要求} or {@code 第一章}. */
  SECTION,
  /** A numbered part inside a section (条款), e.g. {@code （四）着力提高行政审批服务效能}. */
  ITEM,
  /** A numbered part inside an item, e.g. {@code 1.优化商事制度审批服务} or {@code （1）}. */
  SUBITEM,
  /** A paragraph: a line, or lines joined by soft wraps, cut where a heading starts inside. */
  PARAGRAPH,
  /** A sentence, ended by 。！？； or . ! ? ; or by the end of its paragraph. */
  SENTENCE,
  /** A clause inside a sentence, ended by ，、：； or , : ; — the leaves of the tree. */
  CLAUSE;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The lowercase name used in reports and on the command line, e.g. {@code subitem}. */
  public String id() {
    return id;
  }

  /** Whether units of this kind are numbered parts (section, item, sub-item). */
  public boolean isStructural() {
    return ordinal() < PARAGRAPH.ordinal();
  }

  /**
   * Returns the kind named {@code id} (case-insensitive).
   *
   * @throws IllegalArgumentException if no kind has that name; the message lists the names
   */
  public static UnitKind parse(String id) {
    for (UnitKind kind : values()) {
      if (kind.id().equalsIgnoreCase(id.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown unit kind '"
            + id
            + "'; expected one of "
            + Arrays.stream(values()).map(UnitKind::id).collect(Collectors.joining(", ")));
  }
}
