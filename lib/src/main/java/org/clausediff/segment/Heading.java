package org.clausediff.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.clausediff.text.Span;

/**
 * The heading of a numbered unit: its label (编号) and its title (标题).
 *
 * <p>For {@code （四）着力提高行政审批服务效能。} the label is {@code （四）}, the title {@code 着力提高行政审批服务效能}, the
 * style {@link NumberingStyle#CHINESE_NUMERAL_IN_PARENS} and the number 4. The title is empty (with
 * an empty span right after the label) when none could be told apart from the body. Both spans are
 * in source code points, and the title never starts before the label ends.
 *
 * @param label the label as written in the source, e.g. {@code （四）} or {@code １．}
 * @param labelSpan where the label is
 * @param title the title as written in the source, possibly empty
 * @param titleSpan where the title is
 * @param style the numbering style of the label
 * @param number the number the label stands for, from 0 (e.g. 4 for {@code （四）})
 */
public record Heading(
    String label, Span labelSpan, String title, Span titleSpan, NumberingStyle style, int number) {

  /** Validates the heading. */
  public Heading {
    checkNotNull(label, "label");
    checkNotNull(labelSpan, "labelSpan");
    checkNotNull(title, "title");
    checkNotNull(titleSpan, "titleSpan");
    checkNotNull(style, "style");
    checkArgument(!labelSpan.isEmpty(), "labelSpan must not be empty");
    checkArgument(
        titleSpan.start() >= labelSpan.end(),
        "title %s must not start before the label %s ends",
        titleSpan,
        labelSpan);
    checkArgument(number >= 0, "number must be >= 0 but was %s", number);
  }

  /** The label followed by the title, e.g. {@code （四）着力提高行政审批服务效能}. */
  public String text() {
    return label + title;
  }
}
