package org.clausediff.compare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;

/**
 * A similarity score with the measure it was computed by, and the named parts it combines.
 *
 * <p>For a sentence link the measure is {@link Measure#COMBINED} and the parts are {@link
 * Measure#JACCARD}, {@link Measure#CONTAINMENT}, {@link Measure#DICE} and {@link Measure#EDIT}; for
 * a structural link it is {@link Measure#STRUCTURE} with its parts. Parts are kept in the order of
 * {@link Measure}.
 *
 * @param measure what {@code value} measures
 * @param value the score, in {@code [0, 1]}
 * @param parts the scores that {@code value} was combined from, by measure
 */
public record Similarity(Measure measure, double value, Map<Measure, Double> parts) {

  /** Validates the scores and copies the parts into measure order. */
  public Similarity {
    checkNotNull(measure, "measure");
    checkScore(measure, value);
    parts = ImmutableSortedMap.copyOf(parts);
    for (Map.Entry<Measure, Double> part : parts.entrySet()) {
      checkScore(part.getKey(), part.getValue());
    }
  }

  /** The score of identical keys: every part 1. */
  public static Similarity identical(Measure measure, Iterable<Measure> parts) {
    ImmutableSortedMap.Builder<Measure, Double> all = ImmutableSortedMap.naturalOrder();
    for (Measure part : parts) {
      all.put(part, 1.0);
    }
    return new Similarity(measure, 1.0, all.build());
  }

  private static void checkScore(Measure measure, double value) {
    checkArgument(
        value >= 0.0 && value <= 1.0, "%s must be in [0, 1] but was %s", measure.id(), value);
  }
}
