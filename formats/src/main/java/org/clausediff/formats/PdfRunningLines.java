package org.clausediff.formats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds a PDF's running headers, footers and page numbers: a line among the {@value #EDGE_LINES} at
 * the top or bottom of a page that repeats, digits aside, at the same height on at least half of
 * the pages (or a lone page number on a one-page PDF). Each kind found is described in a note.
 */
final class PdfRunningLines {
  private PdfRunningLines() {}

  /** Page numbers and running lines: compared with digits as '#' and white space removed. */
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^[-—–－_·•\\s]*(?:第)?#(?:页)?(?:[/／]#|共#页)?[-—–－_·•\\s]*$");

  /** How many lines at each end of a page may be running lines. */
  static final int EDGE_LINES = 2;

  /**
   * PdfReader.Lines at the top or bottom of pages that repeat, digits aside, at the same height.
   */
  static Set<PdfReader.Line> find(List<List<PdfReader.Line>> pages, List<String> notes) {
    int withText = 0;
    Map<String, List<PdfReader.Line>> byKey = new LinkedHashMap<>();
    for (List<PdfReader.Line> page : pages) {
      List<PdfReader.Line> lines = new ArrayList<>();
      for (PdfReader.Line l : page) {
        if (!l.text().isBlank()) {
          lines.add(l);
        }
      }
      if (lines.isEmpty()) {
        continue;
      }
      withText++;
      List<PdfReader.Line> byHeight = new ArrayList<>(lines);
      byHeight.sort((a, b) -> Float.compare(a.top(), b.top()));
      Set<PdfReader.Line> edge = new HashSet<>();
      for (int i = 0; i < Math.min(EDGE_LINES, byHeight.size()); i++) {
        edge.add(byHeight.get(i));
        edge.add(byHeight.get(byHeight.size() - 1 - i));
      }
      for (PdfReader.Line l : edge) {
        String key = Math.round(l.top() / 4) + "|" + shape(l.text());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
      }
    }
    Set<PdfReader.Line> running = new HashSet<>();
    if (withText < 2) {
      // Nothing can repeat; only a lone page number at the edge is known for what it is.
      for (List<PdfReader.Line> group : byKey.values()) {
        PdfReader.Line line = group.get(0);
        if (PAGE_NUMBER.matcher(shape(line.text())).matches()) {
          running.addAll(group);
          notes.add(
              String.format(
                  Locale.ROOT,
                  "page number left out: \"%s\" on its only page",
                  line.text().strip()));
        }
      }
      return running;
    }
    int needed = Math.max(2, (withText + 1) / 2);
    for (List<PdfReader.Line> group : byKey.values()) {
      Set<Integer> onPages = new TreeSet<>();
      for (PdfReader.Line l : group) {
        onPages.add(l.page());
      }
      if (onPages.size() >= needed) {
        running.addAll(group);
        PdfReader.Line first = group.get(0);
        boolean number = PAGE_NUMBER.matcher(shape(first.text())).matches();
        notes.add(
            String.format(
                Locale.ROOT,
                "%s left out: \"%s\" on %d of %d pages",
                number ? "page number" : "running header or footer",
                first.text().strip(),
                onPages.size(),
                pages.size()));
      }
    }
    return running;
  }

  private static String shape(String text) {
    return SPACE.matcher(DIGITS.matcher(text).replaceAll("#")).replaceAll("");
  }
}
