package org.clausediff.testing;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausediff.compare.Link;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;

/**
 * Hand-made gold links between the numbered parts (sections, items, sub-items, chapters, articles)
 * of two documents, read from a file a person can review: one pair a line, {@code <left
 * heading>TAB<right heading>}, {@code #} comments. A heading is the start of its text as written
 * (label and title, e.g. {@code （四）着力提高行政审批服务效能}); it stands for every occurrence of that text in
 * its document (the copies of a heading in a garbled document are one heading), unless it ends in
 * {@code #n}, which picks the n-th occurrence (a chapter title after a table of contents).
 *
 * <p>A comparison's structural links are scored with {@link LinkScore}: each unit stands for the
 * gold heading whose occurrence starts where its label starts, or for itself when it is in no gold
 * line (so that every link to a unit the gold leaves unlinked counts as false).
 */
public final class StructureGold {
  private final String name;
  private final SourceText left;
  private final SourceText right;
  private final List<String> leftHeadings;
  private final List<String> rightHeadings;

  /** Offset of each occurrence → index of its gold heading, per side. */
  private final Map<Integer, Integer> leftIds;

  private final Map<Integer, Integer> rightIds;
  private final Set<Long> goldPairs;

  private StructureGold(
      String name,
      SourceText left,
      SourceText right,
      List<String> leftHeadings,
      List<String> rightHeadings,
      Map<Integer, Integer> leftIds,
      Map<Integer, Integer> rightIds,
      Set<Long> goldPairs) {
    this.name = name;
    this.left = left;
    this.right = right;
    this.leftHeadings = leftHeadings;
    this.rightHeadings = rightHeadings;
    this.leftIds = leftIds;
    this.rightIds = rightIds;
    this.goldPairs = goldPairs;
  }

  /**
   * Reads {@code testdata/<dir>/gold.txt} for the documents named in {@code testdata/<dir>/
   * inputs.txt}.
   *
   * @throws IllegalArgumentException if a heading does not occur in its document, or has fewer
   *     occurrences than its {@code #n}
   */
  public static StructureGold read(String dir) {
    try {
      List<String> inputs = Files.readAllLines(TestData.path(dir + "/inputs.txt"));
      SourceText left = TestData.text(inputs.get(0).trim());
      SourceText right = TestData.text(inputs.get(1).trim());
      Path gold = TestData.path(dir + "/gold.txt");
      List<String> leftHeadings = new ArrayList<>();
      List<String> rightHeadings = new ArrayList<>();
      Map<Integer, Integer> leftIds = new LinkedHashMap<>();
      Map<Integer, Integer> rightIds = new LinkedHashMap<>();
      Set<Long> pairs = new LinkedHashSet<>();
      for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        checkArgument(fields.length == 2, "%s: not two fields: %s", gold, line);
        int l = id(fields[0], left, leftHeadings, leftIds);
        int r = id(fields[1], right, rightHeadings, rightIds);
        pairs.add(LinkScore.pair(l, r));
      }
      return new StructureGold(
          dir, left, right, leftHeadings, rightHeadings, leftIds, rightIds, pairs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int id(
      String heading, SourceText text, List<String> headings, Map<Integer, Integer> ids) {
    int known = headings.indexOf(heading);
    if (known >= 0) {
      return known;
    }
    String written = heading;
    int nth = 0;
    int hash = heading.lastIndexOf('#');
    if (hash > 0) {
      written = heading.substring(0, hash);
      nth = Integer.parseInt(heading.substring(hash + 1));
    }
    int id = headings.size();
    headings.add(heading);
    int count = 0;
    String all = text.text();
    for (int at = all.indexOf(written); at >= 0; at = all.indexOf(written, at + 1)) {
      count++;
      if (nth == 0 || count == nth) {
        ids.put(all.codePointCount(0, at), id);
      }
    }
    checkArgument(
        count > 0 && count >= nth,
        "%s: heading %s occurs %s times in %s",
        heading,
        written,
        count,
        text.name());
    return id;
  }

  /** The case's name (its directory). */
  public String name() {
    return name;
  }

  /** The left document. */
  public SourceText left() {
    return left;
  }

  /** The right document. */
  public SourceText right() {
    return right;
  }

  /** Scores the structural links of a comparison of {@link #left()} and {@link #right()}. */
  public LinkScore score(List<Link> structuralLinks) {
    Map<Integer, String> unknown = new LinkedHashMap<>();
    Set<Long> found = new LinkedHashSet<>();
    for (Link link : structuralLinks) {
      for (Unit l : link.leftUnits()) {
        for (Unit r : link.rightUnits()) {
          found.add(
              LinkScore.pair(
                  id(l, leftIds, leftHeadings, unknown), id(r, rightIds, rightHeadings, unknown)));
        }
      }
    }
    return LinkScore.of(
        name,
        goldPairs,
        found,
        (isLeft, index) -> {
          List<String> headings = isLeft ? leftHeadings : rightHeadings;
          return index < headings.size()
              ? headings.get(index)
              : unknown.getOrDefault(index, "?") + " (not in the gold)";
        });
  }

  private static int id(
      Unit unit, Map<Integer, Integer> ids, List<String> headings, Map<Integer, String> unknown) {
    int start = unit.heading().orElseThrow().labelSpan().start();
    Integer id = ids.get(start);
    if (id != null) {
      return id;
    }
    int own = 1_000_000 + start;
    unknown.put(own, unit.label() + unit.title());
    return own;
  }
}
