package org.clausediff.dups;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;

/**
 * How {@link org.clausediff.ClauseDiff#duplicates} looks for repeats.
 *
 * <p>Defaults: repeats of at least 20 code points of normalized text (characters, so a passage of
 * Chinese counts as many as its characters); near repeats are sentences whose Jaccard similarity of
 * character 3-shingles (word 3-shingles in Latin text) is at least 0.7.
 *
 * @param minLength the shortest repeat reported, in normalized code points, from 4
 * @param nearThreshold the lowest shingle similarity of a near repeat, in {@code (0, 1]}; empty to
 *     look for exact repeats only
 * @param shingleSize the number of tokens per shingle for near repeats, from 1 to 16
 */
public record DuplicateOptions(int minLength, OptionalDouble nearThreshold, int shingleSize) {

  /** The smallest allowed {@link #minLength()}. */
  public static final int MIN_MIN_LENGTH = 4;

  /** Validates the options. */
  public DuplicateOptions {
    checkArgument(
        minLength >= MIN_MIN_LENGTH,
        "minLength must be >= %s but was %s",
        MIN_MIN_LENGTH,
        minLength);
    checkNotNull(nearThreshold, "nearThreshold");
    nearThreshold.ifPresent(
        t -> checkArgument(t > 0 && t <= 1, "nearThreshold must be in (0, 1] but was %s", t));
    checkArgument(
        shingleSize >= 1 && shingleSize <= 16,
        "shingleSize must be in [1, 16] but was %s",
        shingleSize);
  }

  /** Repeats of at least 20 code points; near repeats at similarity 0.7 of 3-shingles. */
  public static DuplicateOptions defaults() {
    return new DuplicateOptions(20, OptionalDouble.of(0.7), 3);
  }

  /** Returns a copy that reports repeats of at least {@code minLength} code points. */
  public DuplicateOptions withMinLength(int minLength) {
    return new DuplicateOptions(minLength, nearThreshold, shingleSize);
  }

  /** Returns a copy that reports near repeats from similarity {@code threshold} on. */
  public DuplicateOptions withNearThreshold(double threshold) {
    return new DuplicateOptions(minLength, OptionalDouble.of(threshold), shingleSize);
  }

  /** Returns a copy that looks for exact repeats only. */
  public DuplicateOptions withoutNear() {
    return new DuplicateOptions(minLength, OptionalDouble.empty(), shingleSize);
  }

  /** Returns a copy that uses shingles of {@code shingleSize} tokens for near repeats. */
  public DuplicateOptions withShingleSize(int shingleSize) {
    return new DuplicateOptions(minLength, nearThreshold, shingleSize);
  }
}
