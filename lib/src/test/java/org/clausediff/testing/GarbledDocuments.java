package org.clausediff.testing;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausediff.internal.text.CodePoints;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * Generates garbled documents of any size, like the Yunnan web copy: Chinese policy prose in
 * paragraphs with headings and responsibility notes, in which a chosen share of the sentences are
 * copies of earlier passages. Every copy is recorded, so tests know exactly what a duplicate
 * detector must find; benchmarks use the same documents at scale.
 *
 * <p>Material comes from the seed documents: fresh sentences are seed sentences ({@link
 * ReferenceSentences}) in which about one ideograph in three is replaced by an ideograph drawn from
 * the seeds (so no two fresh sentences share a long run of text, yet the character statistics stay
 * those of real documents); notes are the seeds' responsibility lines, which recur on purpose
 * (boilerplate). A copy repeats one to a few consecutive fresh sentences verbatim, sometimes with a
 * line break inserted or with digits and commas in the other width (both vanish in normalization).
 *
 * <p>Instances are immutable; the same seed and options always give the same document.
 */
public final class GarbledDocuments {
  private final long seed;
  private final double copiedShare;
  private final double lineBreakShare;
  private final double widthShare;
  private final int maxPassageSentences;
  private final double headingShare;
  private final double noteShare;

  private GarbledDocuments(
      long seed,
      double copiedShare,
      double lineBreakShare,
      double widthShare,
      int maxPassageSentences,
      double headingShare,
      double noteShare) {
    checkArgument(copiedShare >= 0 && copiedShare < 1, "copiedShare %s", copiedShare);
    checkArgument(lineBreakShare >= 0 && lineBreakShare <= 1, "lineBreakShare %s", lineBreakShare);
    checkArgument(widthShare >= 0 && widthShare <= 1, "widthShare %s", widthShare);
    checkArgument(maxPassageSentences >= 1, "maxPassageSentences %s", maxPassageSentences);
    this.seed = seed;
    this.copiedShare = copiedShare;
    this.lineBreakShare = lineBreakShare;
    this.widthShare = widthShare;
    this.maxPassageSentences = maxPassageSentences;
    checkArgument(headingShare >= 0 && headingShare <= 1, "headingShare %s", headingShare);
    checkArgument(noteShare >= 0 && noteShare <= 1, "noteShare %s", noteShare);
    this.headingShare = headingShare;
    this.noteShare = noteShare;
  }

  /**
   * A generator with seed {@code seed}: 30% of sentences are copies of passages of up to 3
   * sentences; a fifth of the copies get a line break inserted, a fifth a width change.
   */
  public static GarbledDocuments seeded(long seed) {
    return new GarbledDocuments(seed, 0.3, 0.2, 0.2, 3, 0, 0);
  }

  /** Returns a copy in which {@code share} of the sentences are copies (0 for unique text). */
  public GarbledDocuments withCopiedShare(double share) {
    return new GarbledDocuments(
        seed, share, lineBreakShare, widthShare, maxPassageSentences, headingShare, noteShare);
  }

  /** Returns a copy in which {@code share} of the copies get a line break inside. */
  public GarbledDocuments withLineBreakShare(double share) {
    return new GarbledDocuments(
        seed, copiedShare, share, widthShare, maxPassageSentences, headingShare, noteShare);
  }

  /** Returns a copy in which {@code share} of the copies get digits and commas in other width. */
  public GarbledDocuments withWidthShare(double share) {
    return new GarbledDocuments(
        seed, copiedShare, lineBreakShare, share, maxPassageSentences, headingShare, noteShare);
  }

  /** Returns a copy whose copied passages have up to {@code sentences} sentences. */
  public GarbledDocuments withMaxPassageSentences(int sentences) {
    return new GarbledDocuments(
        seed, copiedShare, lineBreakShare, widthShare, sentences, headingShare, noteShare);
  }

  /**
   * Returns a copy in which {@code share} of the copies repeat a heading ({@code （三）…}, shorter
   * than the detector's minimum length) together with the first sentences under it, as the Yunnan
   * copy does, with the line break after the heading lost.
   */
  public GarbledDocuments withHeadingShare(double share) {
    return new GarbledDocuments(
        seed, copiedShare, lineBreakShare, widthShare, maxPassageSentences, share, noteShare);
  }

  /**
   * Returns a copy in which {@code share} of the fresh sentences are followed by a responsibility
   * note ({@code （省发展改革委负责）}) that belongs to them: a copied passage repeats the notes inside it.
   */
  public GarbledDocuments withNoteShare(double share) {
    return new GarbledDocuments(
        seed, copiedShare, lineBreakShare, widthShare, maxPassageSentences, headingShare, share);
  }

  /** A document of at least {@code codePoints} code points. */
  public GarbledDocument ofLength(int codePoints) {
    return generate(codePoints, Long.MAX_VALUE);
  }

  /** A document of at least {@code bytes} bytes in UTF-8. */
  public GarbledDocument ofUtf8Size(long bytes) {
    return generate(Integer.MAX_VALUE, bytes);
  }

  /**
   * A generated document and the copies planted in it.
   *
   * @param text the document
   * @param copies every planted copy, in document order
   */
  public record GarbledDocument(String text, List<PlantedCopy> copies) {

    /** Copies the list. */
    public GarbledDocument {
      copies = List.copyOf(copies);
    }

    /** The document as a source text named {@code name}. */
    public SourceText source(String name) {
      return SourceText.of(name, text);
    }

    /** The text as UTF-8 bytes. */
    public byte[] utf8() {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * One planted copy: the passage at {@code copy} repeats the one at {@code original}, both in code
   * points of the document; {@code copy} includes any inserted line break.
   *
   * @param original the earlier passage (whole fresh sentences)
   * @param copy the later passage
   * @param lineBreak whether a line break was inserted into the copy
   * @param widthChanged whether digits or commas of the copy are in the other width
   * @param heading whether the passage starts with a heading
   * @param trailingNote the length in code points of a responsibility note that ends the passage
   *     (in both occurrences), or 0: such a note stands at the edge of the run, where it may be
   *     told apart as boilerplate
   */
  public record PlantedCopy(
      Span original,
      Span copy,
      boolean lineBreak,
      boolean widthChanged,
      boolean heading,
      int trailingNote) {}

  private GarbledDocument generate(int minCodePoints, long minBytes) {
    Material material = Material.INSTANCE;
    Random random = new Random(seed);
    Writer out = new Writer();
    List<Span> fresh = new ArrayList<>();
    List<Integer> paragraphOf = new ArrayList<>();
    List<Integer> noteLength = new ArrayList<>();
    List<PlantedCopy> copies = new ArrayList<>();
    List<Span> headings = new ArrayList<>();
    List<Integer> firstFreshUnder = new ArrayList<>();
    int paragraph = 0;
    int section = 1;
    while (out.codePoints < minCodePoints && out.bytes < minBytes) {
      boolean startsSection = paragraph % 12 == 0;
      if (startsSection) {
        int start = out.codePoints;
        out.append("（" + material.numeral(section++ % 99 + 1) + "）" + material.title(random));
        headings.add(Span.of(start, out.codePoints));
        firstFreshUnder.add(fresh.size());
        out.append("\n");
      }
      int sentences = 2 + random.nextInt(6);
      for (int s = 0; s < sentences; s++) {
        boolean copied = !fresh.isEmpty() && random.nextDouble() < copiedShare;
        Optional<PlantedCopy> headed =
            copied && headingShare > 0 && random.nextDouble() < headingShare
                ? copyHeaded(random, out, headings, firstFreshUnder, fresh, paragraphOf, noteLength)
                : Optional.empty();
        if (headed.isPresent()) {
          copies.add(headed.get());
        } else if (copied) {
          copies.add(copy(material, random, out, fresh, paragraphOf, noteLength));
        } else {
          int start = out.codePoints;
          out.append(material.freshSentence(random));
          int note = 0;
          if (noteShare > 0 && random.nextDouble() < noteShare) {
            int before = out.codePoints;
            out.append(material.note(random));
            note = out.codePoints - before;
          }
          fresh.add(Span.of(start, out.codePoints));
          paragraphOf.add(paragraph);
          noteLength.add(note);
        }
      }
      if (random.nextInt(3) == 0) {
        out.append(material.note(random));
      }
      out.append("\n");
      paragraph++;
    }
    return new GarbledDocument(out.text.toString(), copies);
  }

  /**
   * Copies a heading and the first one or two fresh sentences under it (when they follow it
   * directly, in one paragraph), without the line break after the heading; empty when no heading
   * has such sentences yet.
   */
  private Optional<PlantedCopy> copyHeaded(
      Random random,
      Writer out,
      List<Span> headings,
      List<Integer> firstFreshUnder,
      List<Span> fresh,
      List<Integer> paragraphOf,
      List<Integer> noteLength) {
    List<Integer> usable = new ArrayList<>();
    for (int h = 0; h < headings.size(); h++) {
      int first = firstFreshUnder.get(h);
      if (first < fresh.size() && fresh.get(first).start() == headings.get(h).end() + 1) {
        usable.add(h);
      }
    }
    if (usable.isEmpty()) {
      return Optional.empty();
    }
    int h = usable.get(random.nextInt(usable.size()));
    int first = firstFreshUnder.get(h);
    int last = first;
    if (last + 1 < fresh.size()
        && random.nextBoolean()
        && paragraphOf.get(last + 1).equals(paragraphOf.get(first))
        && fresh.get(last + 1).start() == fresh.get(last).end()) {
      last++;
    }
    Span heading = headings.get(h);
    Span original = Span.of(heading.start(), fresh.get(last).end());
    String text =
        out.substring(heading)
            + out.substring(Span.of(fresh.get(first).start(), fresh.get(last).end()));
    int start = out.codePoints;
    out.append(text);
    return Optional.of(
        new PlantedCopy(
            original, Span.of(start, out.codePoints), false, false, true, noteLength.get(last)));
  }

  private PlantedCopy copy(
      Material material,
      Random random,
      Writer out,
      List<Span> fresh,
      List<Integer> paragraphOf,
      List<Integer> noteLength) {
    int first = random.nextInt(fresh.size());
    int last = first;
    int wanted = 1 + random.nextInt(maxPassageSentences);
    while (last + 1 < fresh.size()
        && last - first + 1 < wanted
        && paragraphOf.get(last + 1).equals(paragraphOf.get(first))
        && fresh.get(last + 1).start() == fresh.get(last).end()) {
      last++;
    }
    Span original = Span.of(fresh.get(first).start(), fresh.get(last).end());
    String text = out.substring(original);
    boolean widthChanged = random.nextDouble() < widthShare;
    if (widthChanged) {
      text = toOtherWidth(text);
    }
    boolean lineBreak = random.nextDouble() < lineBreakShare;
    if (lineBreak) {
      // Not inside a note that ends the passage: its length is recorded as in the original.
      int note = noteLength.get(last);
      int body = text.offsetByCodePoints(0, text.codePointCount(0, text.length()) - note);
      text = insertLineBreak(text.substring(0, body), random) + text.substring(body);
    }
    int start = out.codePoints;
    out.append(text);
    return new PlantedCopy(
        original,
        Span.of(start, out.codePoints),
        lineBreak,
        widthChanged,
        false,
        noteLength.get(last));
  }

  private static String toOtherWidth(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (cp >= '0' && cp <= '9') {
                out.appendCodePoint(cp + 0xFEE0);
              } else if (cp == '，') {
                out.append(',');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** Inserts a line break between two ideographs, where normalization removes it. */
  private static String insertLineBreak(String text, Random random) {
    int[] cps = text.codePoints().toArray();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 1; i < cps.length; i++) {
      if (CodePoints.isIdeograph(cps[i - 1]) && CodePoints.isIdeograph(cps[i])) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return text;
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    return new String(cps, 0, at) + "\n" + new String(cps, at, cps.length - at);
  }

  /** Appends text while counting code points and UTF-8 bytes. */
  private static final class Writer {
    final StringBuilder text = new StringBuilder();
    int codePoints;
    long bytes;

    void append(String s) {
      text.append(s);
      s.codePoints()
          .forEach(
              cp -> {
                codePoints++;
                bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
              });
    }

    String substring(Span span) {
      int from = text.offsetByCodePoints(0, span.start());
      int to = text.offsetByCodePoints(from, span.length());
      return text.substring(from, to);
    }
  }

  /** The seeds' sentences, ideographs and notes, read once. */
  private static final class Material {
    static final Material INSTANCE = load();
    private static final String NUMERALS = "一二三四五六七八九十";

    final ImmutableList<String> sentences;
    final int[] ideographs;
    final ImmutableList<String> notes;

    private Material(
        ImmutableList<String> sentences, int[] ideographs, ImmutableList<String> notes) {
      this.sentences = sentences;
      this.ideographs = ideographs;
      this.notes = notes;
    }

    private static Material load() {
      ImmutableList.Builder<String> sentences = ImmutableList.builder();
      ImmutableList.Builder<String> notes = ImmutableList.builder();
      StringBuilder ideographs = new StringBuilder();
      Pattern note = Pattern.compile("（[^（）\\n]{4,90}负责）");
      for (String seed : TestData.SEEDS) {
        SourceText text = TestData.text(seed);
        // Reference sentences, not the segmenter's: the material must not change with it.
        for (Span sentence : ReferenceSentences.of(text.text())) {
          String s = text.substring(sentence).replaceAll("\\s+", "");
          int length = s.codePointCount(0, s.length());
          if (length >= 20
              && length <= 120
              && s.endsWith("。")
              && CodePoints.isIdeograph(s.codePointAt(0))
              && !s.contains("（")
              && NUMERALS.indexOf(s.charAt(0)) < 0) {
            sentences.add(s);
          }
        }
        text.text()
            .codePoints()
            .filter(CodePoints::isIdeograph)
            .forEach(ideographs::appendCodePoint);
        Matcher matcher = note.matcher(text.text());
        while (matcher.find()) {
          notes.add(matcher.group());
        }
      }
      return new Material(
          sentences.build(),
          ideographs.codePoints().toArray(),
          notes.build().stream().distinct().collect(ImmutableList.toImmutableList()));
    }

    /**
     * A seed sentence with about a third of its ideographs replaced, and at least a fifth: two
     * fresh sentences never share a long run of text nor most of their shingles.
     */
    String freshSentence(Random random) {
      int[] cps = sentences.get(random.nextInt(sentences.size())).codePoints().toArray();
      int ideographCount = 0;
      for (int cp : cps) {
        if (CodePoints.isIdeograph(cp)) {
          ideographCount++;
        }
      }
      int replaced = 0;
      boolean[] replace = new boolean[cps.length];
      while (replaced * 5 < ideographCount) {
        replaced = 0;
        for (int i = 0; i < cps.length; i++) {
          replace[i] = CodePoints.isIdeograph(cps[i]) && random.nextInt(3) == 0;
          replaced += replace[i] ? 1 : 0;
        }
      }
      for (int i = 0; i < cps.length; i++) {
        if (replace[i]) {
          cps[i] = ideographs[random.nextInt(ideographs.length)];
        }
      }
      return new String(cps, 0, cps.length);
    }

    String title(Random random) {
      StringBuilder out = new StringBuilder();
      int length = 6 + random.nextInt(10);
      for (int i = 0; i < length; i++) {
        out.appendCodePoint(ideographs[random.nextInt(ideographs.length)]);
      }
      return out.toString();
    }

    String note(Random random) {
      return notes.get(random.nextInt(notes.size()));
    }

    /** The Chinese numeral for {@code n} from 1 to 99. */
    String numeral(int n) {
      StringBuilder out = new StringBuilder();
      if (n >= 20) {
        out.append(NUMERALS.charAt(n / 10 % 10 - 1));
      }
      if (n >= 10) {
        out.append('十');
      }
      if (n % 10 != 0) {
        out.append(NUMERALS.charAt(n % 10 - 1));
      }
      return out.toString();
    }
  }
}
