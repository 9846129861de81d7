package org.clausediff.formats;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.clausediff.text.SourceLocation;

/**
 * PDF through Apache PDFBox: the text layer of every page, line by line, in the order the page
 * draws it; lines are joined into paragraphs (a line that stops short of the right margin, a next
 * line that is indented or set further down than the line pitch, end a paragraph), without a space
 * between CJK characters and with one between Latin words. Running headers, footers and page
 * numbers — a line at the top or bottom of the page that repeats, digits aside, at the same height
 * on at least half of the pages — are left out and listed in the notes. The source location is the
 * page and the line on it (counting every line of the page's text layer, running lines included,
 * from 1).
 */
final class PdfReader implements FormatReader {
  /** Page numbers and running lines: compared with digits as '#' and white space removed. */
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^[-—–－_·•\\s]*(?:第)?#(?:页)?(?:[/／]#|共#页)?[-—–－_·•\\s]*$");

  /** Ends of a sentence or clause, at the end of a line. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：.!?;:）)]\\s*$");

  /** Chinese heading labels at the start of a line: 第一章, 一、, （一）, 1.（not 1.5）, （1）. */
  private static final Pattern LABEL =
      Pattern.compile(
          "\\s*(?:第[一二三四五六七八九十百零〇\\d]+[编章节条款]|[一二三四五六七八九十]+、"
              + "|[（(][一二三四五六七八九十]+[）)]|\\d+[.．、](?!\\d)|[（(]\\d+[）)]|[①-⑳])");

  /** How many lines at each end of a page may be running lines. */
  private static final int EDGE_LINES = 2;

  /** A line of a page's text layer, with its box in points from the page's top left. */
  record Line(int page, int number, String text, float x0, float x1, float top, float bottom) {
    float charWidth() {
      int n = text.strip().codePointCount(0, text.strip().length());
      return n == 0 ? 0 : (x1 - x0) / n;
    }
  }

  @Override
  public Extraction read(Input input, ReadOptions options) throws IOException {
    checkComplete(input);
    PDDocument pdf;
    try {
      pdf =
          input.path().isPresent()
              ? Loader.loadPDF(input.path().get().toFile())
              : Loader.loadPDF(input.bytes());
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException(
          input.name(),
          Reason.ENCRYPTED,
          "is encrypted with a password: save it without the password and read it again");
    } catch (IOException e) {
      throw new UnreadableDocumentException(
          input.name(), Reason.CORRUPT, "is a damaged PDF (" + Damage.oneLine(e) + ")");
    } catch (RuntimeException e) {
      throw Damage.ifFromParser(e, input.name(), "is a damaged PDF");
    }
    try (pdf) {
      List<List<Line>> pages;
      try {
        pages = lines(pdf);
      } catch (IOException e) {
        throw new UnreadableDocumentException(
            input.name(), Reason.CORRUPT, "is a damaged PDF (" + Damage.oneLine(e) + ")");
      } catch (RuntimeException e) {
        throw Damage.ifFromParser(e, input.name(), "is a damaged PDF");
      }
      return assemble(input, options, pages);
    }
  }

  /** The lines of each page of {@code pdf}, in the order the pages draw them. */
  static List<List<Line>> lines(PDDocument pdf) throws IOException {
    Collector collector = new Collector();
    collector.writeText(pdf, Writer.nullWriter());
    return collector.pages;
  }

  /** Refuses a PDF cut short: one whose last KiB holds no {@code %%EOF}. */
  private static void checkComplete(Input input) throws IOException {
    byte[] tail;
    if (input.path().isPresent()) {
      try (RandomAccessFile file = new RandomAccessFile(input.path().get().toFile(), "r")) {
        long length = file.length();
        int n = (int) Math.min(1024, length);
        tail = new byte[n];
        file.seek(length - n);
        file.readFully(tail);
      }
    } else {
      byte[] all = input.bytes();
      tail = Arrays.copyOfRange(all, Math.max(0, all.length - 1024), all.length);
    }
    if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
      throw new UnreadableDocumentException(
          input.name(), Reason.CORRUPT, "is a truncated PDF (it does not end with %%EOF)");
    }
  }

  private static Extraction assemble(Input input, ReadOptions options, List<List<Line>> pages) {
    List<String> notes = new ArrayList<>();
    List<Integer> empty = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).stream().allMatch(l -> l.text().isBlank())) {
        empty.add(p + 1);
      }
    }
    if (empty.size() == pages.size()) {
      throw new UnreadableDocumentException(
          input.name(),
          Reason.NO_TEXT_LAYER,
          pages.size() == 1
              ? "no text layer on its only page: run OCR first"
              : String.format(
                  Locale.ROOT,
                  "no text layer on any of its %d pages: run OCR first",
                  pages.size()));
    }
    if (!empty.isEmpty()) {
      notes.add("no text layer on " + pageList(empty) + " (scanned?): their text is missing");
    }
    Set<Line> running = runningLines(pages, notes);
    List<Line> body = new ArrayList<>();
    Map<Integer, float[]> margins = new HashMap<>();
    Map<Integer, Float> pitch = new HashMap<>();
    for (List<Line> page : pages) {
      List<Line> kept = new ArrayList<>();
      for (Line line : page) {
        if (!running.contains(line) && !line.text().isBlank()) {
          kept.add(line);
        }
      }
      if (kept.isEmpty()) {
        continue;
      }
      float left = Float.MAX_VALUE;
      float[] gaps = new float[Math.max(0, kept.size() - 1)];
      Map<Integer, Integer> rightEdges = new HashMap<>();
      for (int i = 0; i < kept.size(); i++) {
        left = Math.min(left, kept.get(i).x0());
        rightEdges.merge(Math.round(kept.get(i).x1()), 1, Integer::sum);
        if (i > 0) {
          gaps[i - 1] = kept.get(i).top() - kept.get(i - 1).top();
        }
      }
      // The right margin: where most lines end (justified text), not the longest line.
      int right = 0;
      int most = 0;
      for (Map.Entry<Integer, Integer> edge : new java.util.TreeMap<>(rightEdges).entrySet()) {
        if (edge.getValue() >= most) { // on a tie, the farther edge
          most = edge.getValue();
          right = edge.getKey();
        }
      }
      margins.put(kept.get(0).page(), new float[] {left, right});
      pitch.put(kept.get(0).page(), median(gaps));
      body.addAll(kept);
    }
    TextBuilder out = new TextBuilder(input.name(), options.maxInputBytes());
    Line previous = null;
    for (Line line : body) {
      SourceLocation location = new SourceLocation.Page(line.page(), line.number());
      String text = line.text().stripTrailing();
      if (previous != null) {
        SourceLocation before = new SourceLocation.Page(previous.page(), previous.number());
        if (endsParagraph(previous, line, margins, pitch)) {
          out.startParagraph(before);
        } else {
          String prev = previous.text().stripTrailing();
          text = text.stripLeading();
          if (needsSpace(prev, text)) {
            out.append(" ", before);
          }
        }
      }
      out.append(text, location);
      previous = line;
    }
    if (previous != null) {
      out.finish(new SourceLocation.Page(previous.page(), previous.number()));
    }
    return new Extraction(out.build(InputFormat.PDF.sourceFormat()), InputFormat.PDF, notes);
  }

  /** Lines at the top or bottom of pages that repeat, digits aside, at the same height. */
  private static Set<Line> runningLines(List<List<Line>> pages, List<String> notes) {
    int withText = 0;
    Map<String, List<Line>> byKey = new LinkedHashMap<>();
    for (List<Line> page : pages) {
      List<Line> lines = new ArrayList<>();
      for (Line l : page) {
        if (!l.text().isBlank()) {
          lines.add(l);
        }
      }
      if (lines.isEmpty()) {
        continue;
      }
      withText++;
      List<Line> byHeight = new ArrayList<>(lines);
      byHeight.sort((a, b) -> Float.compare(a.top(), b.top()));
      Set<Line> edge = new HashSet<>();
      for (int i = 0; i < Math.min(EDGE_LINES, byHeight.size()); i++) {
        edge.add(byHeight.get(i));
        edge.add(byHeight.get(byHeight.size() - 1 - i));
      }
      for (Line l : edge) {
        String key = Math.round(l.top() / 4) + "|" + shape(l.text());
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
      }
    }
    Set<Line> running = new HashSet<>();
    if (withText < 2) {
      // Nothing can repeat; only a lone page number at the edge is known for what it is.
      for (List<Line> group : byKey.values()) {
        Line line = group.get(0);
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
    for (List<Line> group : byKey.values()) {
      Set<Integer> onPages = new TreeSet<>();
      for (Line l : group) {
        onPages.add(l.page());
      }
      if (onPages.size() >= needed) {
        running.addAll(group);
        Line first = group.get(0);
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

  private static boolean endsParagraph(
      Line a, Line b, Map<Integer, float[]> margins, Map<Integer, Float> pitch) {
    float[] ma = margins.get(a.page());
    float[] mb = margins.get(b.page());
    float wb = b.charWidth();
    if (ma[1] - a.x1() > roomNeeded(a, b)) {
      return true; // the line stops short: what starts the next line would have fitted
    }
    if (SENTENCE_END.matcher(a.text()).find() && LABEL.matcher(b.text()).lookingAt()) {
      return true; // a numbered heading or item after the end of a sentence
    }
    if (b.text().startsWith(" ") || b.text().startsWith("\u3000") || b.text().startsWith("\t")) {
      return true; // indented by white space
    }
    if (b.x0() > mb[0] + 1.2f * Math.max(wb, 1)) {
      return true; // indented
    }
    if (a.page() == b.page()) {
      float p = pitch.get(a.page());
      return p > 0 && b.top() - a.top() > 1.3f * p;
    }
    return false;
  }

  /**
   * How much room at the end of line {@code a} the start of line {@code b} needs: two characters
   * when {@code b} starts with an ideograph (a line may not end with an opening bracket nor start
   * with a closing one), or the run of digits, letters and punctuation before its first space or
   * ideograph, with a space. When line {@code a} leaves more room than that, it ended a paragraph.
   */
  private static float roomNeeded(Line a, Line b) {
    String text = b.text().strip();
    float em = Math.max(Math.max(a.charWidth(), b.charWidth()), 1);
    if (text.isEmpty()) {
      return 2 * em;
    }
    int first = text.codePointAt(0);
    if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN) {
      return 2 * em;
    }
    float bEm = Math.max(b.charWidth(), 1);
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isWhitespace(cp)
          || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        break;
      }
      width += isCjk(cp) ? em : bEm;
      i += Character.charCount(cp);
    }
    return width + bEm;
  }

  /** Whether joining two lines needs a space: not next to CJK, not after a hyphenated word. */
  private static boolean needsSpace(String before, String after) {
    if (before.isEmpty() || after.isEmpty()) {
      return false;
    }
    int last = before.codePointBefore(before.length());
    int first = after.codePointAt(0);
    if (isCjk(last) || isCjk(first)) {
      return false;
    }
    return !(last == '-'
        && before.length() > 1
        && Character.isLetter(before.charAt(before.length() - 2)));
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFFEF)
        || (cp >= 0x2000 && cp <= 0x206F && cp != 0x2010 && cp != 0x2011 && cp > 0x200F)
        || (cp >= 0xFE30 && cp <= 0xFE4F);
  }

  private static float median(float[] values) {
    if (values.length == 0) {
      return 0;
    }
    float[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String pageList(List<Integer> pages) {
    if (pages.size() == 1) {
      return "page " + pages.get(0);
    }
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < pages.size() && i < 10; i++) {
      shown.add(Integer.toString(pages.get(i)));
    }
    return "pages "
        + String.join(", ", shown)
        + (pages.size() > 10 ? " and " + (pages.size() - 10) + " more" : "");
  }

  /** Collects each page's lines with their boxes, instead of writing text. */
  private static final class Collector extends PDFTextStripper {
    final List<List<Line>> pages = new ArrayList<>();
    private List<Line> page;
    private int pageNumber;
    private float pageHeight;
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;
    private float x0;
    private float x1;
    private float top;
    private float bottom;

    Collector() {
      setSortByPosition(false);
      setShouldSeparateByBeads(true);
    }

    @Override
    protected void startPage(PDPage p) {
      page = new ArrayList<>();
      pageNumber++;
      PDRectangle box = p.getCropBox();
      pageHeight = box == null ? 0 : box.getHeight();
      reset();
    }

    @Override
    protected void endPage(PDPage p) {
      finishLine();
      pages.add(page);
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
      if (pendingSpace && text.length() > 0 && !string.isEmpty()) {
        int last = text.codePointBefore(text.length());
        // A gap next to CJK is layout (justification, a change of font), not a space.
        if (!isCjk(last) && !isCjk(string.codePointAt(0))) {
          text.append(' ');
        }
      }
      pendingSpace = false;
      text.append(string);
      for (TextPosition t : positions) {
        float left = t.getXDirAdj();
        float right = left + t.getWidthDirAdj();
        float baseline = t.getYDirAdj();
        float height = t.getHeightDir();
        x0 = Math.min(x0, left);
        x1 = Math.max(x1, right);
        top = Math.min(top, baseline - height);
        bottom = Math.max(bottom, baseline);
      }
    }

    @Override
    protected void writeWordSeparator() {
      pendingSpace = true;
    }

    @Override
    protected void writeLineSeparator() {
      finishLine();
    }

    @Override
    protected void writeParagraphStart() {
      finishLine();
    }

    @Override
    protected void writeParagraphEnd() {
      finishLine();
    }

    @Override
    protected void writePageStart() {}

    @Override
    protected void writePageEnd() {}

    private void finishLine() {
      if (text.length() > 0) {
        float y = top == Float.MAX_VALUE ? pageHeight : top;
        page.add(new Line(pageNumber, page.size() + 1, text.toString(), x0, x1, y, bottom));
      }
      reset();
    }

    private void reset() {
      text.setLength(0);
      pendingSpace = false;
      x0 = Float.MAX_VALUE;
      x1 = 0;
      top = Float.MAX_VALUE;
      bottom = 0;
    }
  }
}
