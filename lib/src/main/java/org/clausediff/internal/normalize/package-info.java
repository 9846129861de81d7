/**
 * Engine, stage 2 — normalization: {@link org.clausediff.text.SourceText} in, {@link
 * org.clausediff.internal.normalize.NormalizedText} (the comparison text) with an {@link
 * org.clausediff.internal.normalize.OffsetMap} back to the source out.
 *
 * <p>{@link org.clausediff.internal.normalize.TextNormalizer} applies the {@link
 * org.clausediff.text.normalize.NormalizationRule}s chosen in {@link
 * org.clausediff.text.normalize.NormalizationOptions}: white space and invisible characters, width
 * folding, NFKC, punctuation variants, and optionally Traditional→Simplified and OCR confusables.
 * Each rule is one package-private class. Normalized offsets are used for matching only; everything
 * that leaves a stage is mapped back to source spans. Not exported.
 */
package org.clausediff.internal.normalize;
