package org.clausediff.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clausediff.HeapEstimate;
import org.clausediff.HeapEstimate.TextSize;
import org.clausediff.LimitExceededException;
import org.clausediff.text.SourceText;

/**
 * Refuses, before the heavy work starts, inputs that the library's {@link HeapEstimate} says would
 * not fit this JVM's heap: the command line owns its JVM, so it checks; the library never does.
 * Immutable.
 */
final class HeapCheck {
  /** The name of the limit in {@link LimitExceededException#limitName()}. */
  static final String LIMIT_NAME = "heap";

  private final long maxHeap;

  private HeapCheck(long maxHeap) {
    this.maxHeap = maxHeap;
  }

  /** The check against this JVM's {@link Runtime#maxMemory()}. */
  static HeapCheck ofThisJvm() {
    return new HeapCheck(Runtime.getRuntime().maxMemory());
  }

  /** The check against a heap of {@code maxHeap} bytes. */
  static HeapCheck of(long maxHeap) {
    return new HeapCheck(maxHeap);
  }

  /**
   * Checks that comparing two texts of the sizes {@code left} and {@code right} fits.
   *
   * @throws LimitExceededException naming both documents and the heap if it would not
   */
  void compare(TextSize left, TextSize right) {
    check(List.of(left, right), HeapEstimate.compareNeeds(left, right));
  }

  /**
   * Checks that finding the duplicates of {@code text} fits.
   *
   * @throws LimitExceededException naming the document and the heap if it would not
   */
  void duplicates(SourceText text) {
    check(List.of(named(text)), HeapEstimate.duplicatesNeeds(text));
  }

  /**
   * Checks that collating {@code versions} against {@code original} (or among themselves) fits.
   *
   * @throws LimitExceededException naming the documents and the heap if it would not
   */
  void collate(Optional<SourceText> original, List<SourceText> versions) {
    List<TextSize> texts =
        java.util.stream.Stream.concat(original.stream(), versions.stream())
            .map(HeapCheck::named)
            .toList();
    check(texts, HeapEstimate.collateNeeds(original, versions));
  }

  private static TextSize named(SourceText text) {
    return new TextSize(text.name(), text.length(), 0, 0);
  }

  private void check(List<TextSize> texts, long needed) {
    if (needed <= maxHeap) {
      return;
    }
    long length = texts.stream().mapToLong(TextSize::codePoints).sum();
    throw new LimitExceededException(
        texts.stream().map(TextSize::name).collect(Collectors.joining(", ")),
        LIMIT_NAME,
        maxHeap,
        needed,
        String.format(
            Locale.ROOT,
            "needs about %s of heap for %s; the heap is %s",
            size(needed),
            texts.size() == 1
                ? characters(length)
                : texts.size() + " texts of " + characters(length) + " in all",
            size(maxHeap)));
  }

  /** {@code bytes} in MB or GB with one decimal, e.g. {@code 2.4 GB}. */
  static String size(long bytes) {
    double mb = bytes / (double) (1 << 20);
    return mb < 1024
        ? String.format(Locale.ROOT, "%.0f MB", mb)
        : String.format(Locale.ROOT, "%.1f GB", mb / 1024);
  }

  private static String characters(long length) {
    return length >= 1_000_000
        ? String.format(Locale.ROOT, "%.1f million characters", length / 1e6)
        : length + " characters";
  }
}
