/**
 * The structure of a document: {@link org.clausediff.segment.Document}, a tree of {@link
 * org.clausediff.segment.Unit}s (section › item › sub-item › paragraph › sentence › clause) with
 * source spans, heading labels and titles ({@link org.clausediff.segment.Heading}).
 *
 * <p>Segmentation knows Chinese official-document numbering (一、 （一） 1. （1） ① 第一章 第一条), Arabic and
 * English numbering, and plain prose, and finds headings in text that lost its line breaks. {@link
 * org.clausediff.segment.SegmentOptions} says how a text is cut; {@link
 * org.clausediff.ClauseDiff#segment} gives a {@link org.clausediff.segment.Segmentation}.
 */
package org.clausediff.segment;
