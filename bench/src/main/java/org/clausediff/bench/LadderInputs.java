package org.clausediff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.clausediff.testing.GarbledDocuments;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.TestData;

/**
 * Writes the inputs of the scale ladder ({@code bench/ladder.sh}): for each size in bytes of UTF-8,
 * a pair of versions {@code compare-SIZE-old.txt} / {@code compare-SIZE-new.txt} and a garbled
 * document {@code dups-SIZE.txt}.
 *
 * <p>The old version is the five seeds grown to the size ({@link PlantedEdits#grow}, every copy
 * varied); the new one has about 10% of its sentences edited by {@link PlantedEdits} — deletions,
 * insertions, moves and character edits (line breaks are kept, so line-based tools are not
 * handicapped). The garbled document comes from {@link GarbledDocuments} with its defaults: 30% of
 * the sentences are copies of earlier passages. Everything is deterministic: the same sizes give
 * the same files.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.clausediff.bench.LadderInputs OUTDIR
 * SIZE...}, sizes like {@code 10k 100k 1m 10m} (decimal: 1m is 1 000 000 bytes).
 */
public final class LadderInputs {
  private static final long SEED = 7;

  private LadderInputs() {}

  /** Writes the inputs; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LadderInputs OUTDIR SIZE...  (sizes like 10k 100k 1m 10m)");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (int i = 1; i < args.length; i++) {
      String label = args[i].toLowerCase(Locale.ROOT);
      long bytes = parseSize(label);
      PlantedEdits.Pair pair = pair(bytes);
      Files.writeString(dir.resolve("compare-" + label + "-old.txt"), pair.left());
      Files.writeString(dir.resolve("compare-" + label + "-new.txt"), pair.right());
      Files.write(dir.resolve("dups-" + label + ".txt"), garbled(bytes).utf8());
    }
  }

  /** Parses a size like {@code 10k} or {@code 1m} (decimal) into bytes. */
  public static long parseSize(String label) {
    long factor = 1;
    String digits = label;
    if (label.endsWith("k")) {
      factor = 1_000;
      digits = label.substring(0, label.length() - 1);
    } else if (label.endsWith("m")) {
      factor = 1_000_000;
      digits = label.substring(0, label.length() - 1);
    }
    return Long.parseLong(digits) * factor;
  }

  /** The version pair of about {@code bytes} bytes of UTF-8 each; see the class comment. */
  public static PlantedEdits.Pair pair(long bytes) {
    List<String> seeds = new ArrayList<>();
    for (String seed : TestData.SEEDS) {
      seeds.add(TestData.text(seed).text());
    }
    // The seeds average just under three UTF-8 bytes per code point; grow a little short of the
    // size, then correct once by the measured ratio.
    int target = (int) (bytes / 3);
    String base = PlantedEdits.grow(seeds, target, SEED);
    double perCodePoint = (double) base.getBytes(StandardCharsets.UTF_8).length / count(base);
    target = (int) (bytes / perCodePoint);
    base = PlantedEdits.grow(seeds, target, SEED);
    // grow() writes whole seeds, the first alone longer than 10 KB: cut at the last line break
    // before the target.
    int cut = base.lastIndexOf('\n', base.offsetByCodePoints(0, Math.min(target, count(base))));
    if (cut > 0) {
      base = base.substring(0, cut + 1);
    }
    return PlantedEdits.seeded(SEED)
        .withRate(0.1)
        .withKinds(
            EnumSet.of(
                PlantedEdits.Kind.DELETE,
                PlantedEdits.Kind.INSERT,
                PlantedEdits.Kind.MOVE,
                PlantedEdits.Kind.CHARACTER_EDIT))
        .apply("ladder-" + bytes, base);
  }

  private static int count(String text) {
    return text.codePointCount(0, text.length());
  }

  /** The garbled document of about {@code bytes} bytes of UTF-8; see the class comment. */
  public static GarbledDocuments.GarbledDocument garbled(long bytes) {
    return GarbledDocuments.seeded(SEED).ofUtf8Size(bytes);
  }
}
