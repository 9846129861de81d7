package org.clausediff.formats;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
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
 *
 * <p>{@link PdfLineCollector} gathers the lines with their boxes, {@link PdfRunningLines} finds the
 * running ones; this class joins the rest into paragraphs.
 */
final class PdfReader implements FormatReader {
  /** Ends of a sentence or clause, at the end of a line. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：.!?;:）)]\\s*$");

  /** Chinese heading labels at the start of a line: 第一章, 一、, （一）, 1.（not 1.5）, （1）. */
  private static final Pattern LABEL =
      Pattern.compile(
          "\\s*(?:第[一二三四五六七八九十百零〇\\d]+[编章节条款]|[一二三四五六七八九十]+、"
              + "|[（(][一二三四五六七八九十]+[）)]|\\d+[.．、](?!\\d)|[（(]\\d+[）)]|[①-⑳])");

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
    PdfLineCollector collector = new PdfLineCollector();
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
    Set<Line> running = PdfRunningLines.find(pages, notes);
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
}
