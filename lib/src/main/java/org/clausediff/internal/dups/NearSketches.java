package org.clausediff.internal.dups;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * What {@link NearRepeatFinder#sketch} makes of the sentences that may take part in near-repeat
 * search: their numbers ({@code units}, ascending; only the first {@code count} entries of each
 * array count), their shingle sets and their signatures ({@value NearRepeatFinder#HASHES} values
 * each); never changed once made.
 */
final class NearSketches {
  final int shingleSize;
  final int minLength;
  final int[] units;
  final long[][] shingles;
  final long[] signatures;
  final int count;

  NearSketches(
      int shingleSize,
      int minLength,
      int[] units,
      long[][] shingles,
      long[] signatures,
      int count) {
    this.shingleSize = shingleSize;
    this.minLength = minLength;
    this.units = units;
    this.shingles = shingles;
    this.signatures = signatures;
    this.count = count;
  }

  /** The sketches of consecutive ranges of sentences, {@code parts}, as one, in order. */
  static NearSketches join(List<NearSketches> parts) {
    checkArgument(!parts.isEmpty(), "no sketches to join");
    if (parts.size() == 1) {
      return parts.get(0);
    }
    NearSketches first = parts.get(0);
    int total = 0;
    for (NearSketches part : parts) {
      checkArgument(
          part.shingleSize == first.shingleSize && part.minLength == first.minLength,
          "sketches made with other options");
      total += part.count;
    }
    int[] units = new int[total];
    long[][] shingles = new long[total][];
    long[] signatures = new long[total * NearRepeatFinder.HASHES];
    int at = 0;
    for (NearSketches part : parts) {
      checkArgument(
          at == 0 || part.count == 0 || part.units[0] > units[at - 1],
          "sketches must be of consecutive ranges, in order");
      System.arraycopy(part.units, 0, units, at, part.count);
      System.arraycopy(part.shingles, 0, shingles, at, part.count);
      System.arraycopy(
          part.signatures,
          0,
          signatures,
          at * NearRepeatFinder.HASHES,
          part.count * NearRepeatFinder.HASHES);
      at += part.count;
    }
    return new NearSketches(first.shingleSize, first.minLength, units, shingles, signatures, total);
  }
}
