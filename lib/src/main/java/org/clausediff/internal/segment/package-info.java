/**
 * Engine, stage 3 — segmentation: {@link org.clausediff.text.SourceText} in, {@link
 * org.clausediff.segment.Document} out — a tree of {@link org.clausediff.segment.Unit}s (section ›
 * item › sub-item › paragraph › sentence › clause) with source spans, heading labels and titles.
 *
 * <p>{@link org.clausediff.internal.segment.Segmenter} knows Chinese official-document numbering
 * (一、 （一） 1. （1） ① 第一章 第一条), Arabic and English numbering, and plain prose, and finds headings in
 * text that lost its line breaks. The package-private classes are its steps: {@code Paragraphs},
 * {@code LabelMatcher}, {@code HeadingFinder}, {@code Brackets}, {@code SentenceSplitter}, {@code
 * ClauseSplitter}. Not exported.
 */
package org.clausediff.internal.segment;
