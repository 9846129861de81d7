package org.clausediff.internal.dups;

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
}
