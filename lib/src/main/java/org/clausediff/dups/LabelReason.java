package org.clausediff.dups;

import java.util.Locale;

/**
 * Why a repeated passage got its {@link DuplicateLabel}. The rule:
 *
 * <ol>
 *   <li>A passage made of whole sentences, at least one of which is body text — a sentence with a
 *       terminator (。！？； or . ! ? ;) outside brackets — is {@link #BODY_TEXT}: {@link
 *       DuplicateLabel#DUPLICATION}.
 *   <li>A passage of whole sentences that are all notes — a sentence that is one bracketed aside,
 *       such as the responsibility lines {@code （省发展改革委、……按照职责分工负责）} — is {@link #NOTE}: {@link
 *       DuplicateLabel#BOILERPLATE}.
 *   <li>A passage of whole sentences without body text that are not all notes — titles, headings,
 *       dates, signatures: lines without a sentence terminator — is {@link #HEADING}: {@link
 *       DuplicateLabel#BOILERPLATE}.
 *   <li>A repeat that is not made of whole sentences — a phrase inside sentences, such as a
 *       document title, a quoted document name 《…》 or a list of departments — is {@link #PHRASE},
 *       or {@link #NOTE} when it is a bracketed aside: {@link DuplicateLabel#BOILERPLATE}.
 * </ol>
 *
 * <p>So short formulaic repeats are never DUPLICATION: only whole sentences of body text are.
 */
public enum LabelReason {
  /** Whole sentences with body text among them. */
  BODY_TEXT(DuplicateLabel.DUPLICATION),
  /** Bracketed asides, such as responsibility lines. */
  NOTE(DuplicateLabel.BOILERPLATE),
  /** Whole sentences without a terminator: titles, headings, dates, signatures. */
  HEADING(DuplicateLabel.BOILERPLATE),
  /** Part of a sentence: a title, a name, a formula. */
  PHRASE(DuplicateLabel.BOILERPLATE);

  private final DuplicateLabel label;

  LabelReason(DuplicateLabel label) {
    this.label = label;
  }

  /** The label this reason gives. */
  public DuplicateLabel label() {
    return label;
  }

  /** The name used in reports, e.g. {@code body-text}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
