package org.clausediff.corpus.testing;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Generates a corpus of Chinese policy documents from the seed texts, in families with known
 * membership: the ground truth for measuring {@code corpus similar} (recall at top-K = family size)
 * and the documents for the scale benchmark.
 *
 * <p>Each family has an original — sections (一、) of items (（一）) whose paragraphs are sentences
 * drawn from the seeds, written in the family's own "dialect": a fixed substitution of about a
 * third of the ideographs, so that families built from the same seed sentences are as different as
 * unrelated documents on one topic — and versions made from it by the edits provinces make: items
 * dropped, sentences reworded (a few characters changed), items reordered within a section, local
 * items added (sentences in a dialect of the version's own), and the province's name in the title.
 * Every document carries boilerplate shared by the whole corpus (the addressee line, a
 * responsibility note, the closing formula), and about one version in ten takes over an item of
 * another family's original verbatim (cross-family reuse).
 *
 * <p>The same seed, seed texts and sizes always give the same files, byte for byte; families are
 * generated independently of each other, one at a time, so 10,000 documents / 100 MB stream to
 * disk.
 */
public final class CorpusGenerator {
  private static final Pattern LABEL = Pattern.compile("^[（(]?[一二三四五六七八九十百〇零0-9０-９]+[）)、.．]");

  /** Boilerplate shared by every document of the corpus. */
  static final String ADDRESSEE = "各市、自治州人民政府，省政府各委、办、厅、局：";

  static final String CLOSING = "本意见自印发之日起施行，有效期至二〇二五年十二月三十一日。";

  static final String NOTE = "（省发展改革委、省财政厅、省人力资源社会保障厅按照职责分工负责）";

  private static final String[] PROVINCES = {
    "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
    "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆",
    "北京", "天津", "上海", "重庆"
  };

  private final long seed;
  private final List<String> sentences;
  private final int[] ideographs;

  private CorpusGenerator(long seed, List<String> sentences, int[] ideographs) {
    this.seed = seed;
    this.sentences = sentences;
    this.ideographs = ideographs;
  }

  /**
   * A generator drawing sentences from {@code seedTexts}.
   *
   * @param seed the seed of every random choice
   */
  public static CorpusGenerator of(long seed, List<String> seedTexts) {
    List<String> sentences = new ArrayList<>();
    StringBuilder alphabet = new StringBuilder();
    for (String text : seedTexts) {
      for (String line : text.split("\\R", -1)) {
        String body = LABEL.matcher(line.strip().replace("\u3000", "")).replaceFirst("");
        for (String sentence : body.split("(?<=[。；！？])", -1)) {
          String s = sentence.strip();
          if (s.codePointCount(0, s.length()) >= 15 && (s.endsWith("。") || s.endsWith("；"))) {
            sentences.add(s.substring(0, s.length() - 1) + "。");
          }
        }
      }
      text.codePoints().filter(CorpusGenerator::isIdeograph).forEach(alphabet::appendCodePoint);
    }
    checkArgument(sentences.size() >= 50, "too few sentences in the seeds: %s", sentences.size());
    int[] ideographs = alphabet.codePoints().distinct().sorted().toArray();
    return new CorpusGenerator(seed, List.copyOf(sentences), ideographs);
  }

  /**
   * A family: its original and the versions made from it.
   *
   * @param number the family's number, from 0
   * @param original the original's path
   * @param versions the versions' paths
   */
  public record Family(int number, Path original, List<Path> versions) {
    /** Copies the list. */
    public Family {
      versions = List.copyOf(versions);
    }

    /** The original and the versions. */
    public List<Path> members() {
      List<Path> all = new ArrayList<>();
      all.add(original);
      all.addAll(versions);
      return all;
    }
  }

  /**
   * The documents written.
   *
   * @param families every family, in order
   * @param documents the number of files
   * @param bytes their total size
   */
  public record Generated(List<Family> families, int documents, long bytes) {
    /** Copies the list. */
    public Generated {
      families = List.copyOf(families);
    }
  }

  /**
   * Writes families into {@code directory} (one subdirectory each) until there are at least {@code
   * documents} files, families having between {@code minFamily} and {@code maxFamily} members.
   * Documents average about 10 KB of UTF-8 (3,400 characters).
   */
  public Generated write(Path directory, int documents, int minFamily, int maxFamily)
      throws IOException {
    checkArgument(
        2 <= minFamily && minFamily <= maxFamily && maxFamily <= PROVINCES.length + 1,
        "family sizes must satisfy 2 <= min <= max <= %s",
        PROVINCES.length + 1);
    Files.createDirectories(directory);
    Random sizes = new Random(seed);
    List<Family> families = new ArrayList<>();
    int written = 0;
    long bytes = 0;
    for (int f = 0; written < documents; f++) {
      int size = minFamily + sizes.nextInt(maxFamily - minFamily + 1);
      size = Math.min(size, Math.max(minFamily, documents - written));
      Path dir = directory.resolve(String.format(Locale.ROOT, "family-%05d", f));
      Files.createDirectories(dir);
      List<String> texts = family(f, size);
      List<Path> paths = new ArrayList<>();
      for (int m = 0; m < texts.size(); m++) {
        String name = m == 0 ? "original.txt" : String.format(Locale.ROOT, "version-%02d.txt", m);
        Path file = dir.resolve(name);
        byte[] content = texts.get(m).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        bytes += content.length;
        paths.add(file);
      }
      families.add(new Family(f, paths.get(0), paths.subList(1, paths.size())));
      written += texts.size();
    }
    return new Generated(families, written, bytes);
  }

  /** The texts of family {@code f}: its original, then {@code size - 1} versions. */
  public List<String> family(int f, int size) {
    Random random = new Random(seed * 1_000_003L + f);
    Map<Integer, Integer> dialect = dialect(random);
    Original original = original(f, random, dialect);
    List<String> texts = new ArrayList<>();
    texts.add(render(original.title("国务院办公厅"), original.sections, original.intro));
    List<String> provinces = new ArrayList<>(List.of(PROVINCES));
    Collections.shuffle(provinces, random);
    for (int v = 1; v < size; v++) {
      texts.add(version(f, original, provinces.get(v - 1), random));
    }
    return texts;
  }

  /** A substitution of about a third of the seeds' ideographs by others. */
  private Map<Integer, Integer> dialect(Random random) {
    Map<Integer, Integer> map = new HashMap<>();
    for (int cp : ideographs) {
      if (random.nextInt(3) == 0) {
        map.put(cp, ideographs[random.nextInt(ideographs.length)]);
      }
    }
    return map;
  }

  private static String translate(String text, Map<Integer, Integer> dialect) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(dialect.getOrDefault(cp, cp)));
    return out.toString();
  }

  private static final class Item {
    final String title;
    final List<String> sentences;

    Item(String title, List<String> sentences) {
      this.title = title;
      this.sentences = List.copyOf(sentences);
    }
  }

  private static final class Section {
    final String title;
    final List<Item> items;

    Section(String title, List<Item> items) {
      this.title = title;
      this.items = new ArrayList<>(items);
    }
  }

  private static final class Original {
    final String topic;
    final String intro;
    final List<Section> sections;

    Original(String topic, String intro, List<Section> sections) {
      this.topic = topic;
      this.intro = intro;
      this.sections = sections;
    }

    String title(String issuer) {
      return issuer + "关于" + topic + "的实施意见";
    }
  }

  private Original original(int f, Random random, Map<Integer, Integer> dialect) {
    String topic = translate(phrase(random, 8), dialect);
    String intro = translate(sentence(random), dialect) + translate(sentence(random), dialect);
    List<Section> sections = new ArrayList<>();
    int sectionCount = 3 + random.nextInt(3);
    for (int s = 0; s < sectionCount; s++) {
      List<Item> items = new ArrayList<>();
      int itemCount = 2 + random.nextInt(4);
      for (int i = 0; i < itemCount; i++) {
        items.add(item(random, dialect, 3 + random.nextInt(4)));
      }
      sections.add(new Section(translate(phrase(random, 6), dialect), items));
    }
    return new Original(topic, intro, sections);
  }

  private Item item(Random random, Map<Integer, Integer> dialect, int count) {
    List<String> body = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      body.add(translate(sentence(random), dialect));
    }
    if (random.nextInt(4) == 0) {
      body.add(NOTE);
    }
    return new Item(translate(phrase(random, 7), dialect), body);
  }

  private String sentence(Random random) {
    return sentences.get(random.nextInt(sentences.size()));
  }

  /** The first {@code length} ideographs of a random sentence: a title. */
  private String phrase(Random random, int length) {
    StringBuilder out = new StringBuilder();
    sentence(random)
        .codePoints()
        .filter(CorpusGenerator::isIdeograph)
        .limit(length)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private String version(int f, Original original, String province, Random random) {
    Map<Integer, Integer> local = dialect(random);
    List<Section> sections = new ArrayList<>();
    for (Section section : original.sections) {
      List<Item> items = new ArrayList<>();
      for (Item item : section.items) {
        if (random.nextInt(100) < 15) {
          continue; // dropped
        }
        List<String> body = new ArrayList<>();
        for (String sentence : item.sentences) {
          body.add(random.nextInt(100) < 20 ? reword(sentence, random) : sentence);
        }
        items.add(new Item(item.title, body));
      }
      if (items.size() >= 2 && random.nextInt(100) < 30) {
        Collections.swap(items, 0, 1 + random.nextInt(items.size() - 1));
      }
      if (random.nextInt(100) < 40) {
        items.add(item(random, local, 1 + random.nextInt(3))); // a local item
      }
      if (!items.isEmpty()) {
        sections.add(new Section(section.title, items));
      }
    }
    if (f > 0 && random.nextInt(10) == 0 && !sections.isEmpty()) {
      // An item taken over verbatim from another family's original.
      int other = random.nextInt(f);
      Random theirs = new Random(seed * 1_000_003L + other);
      Map<Integer, Integer> dialect = dialect(theirs);
      Original borrowed = original(other, theirs, dialect);
      Section from = borrowed.sections.get(0);
      sections.get(sections.size() - 1).items.add(from.items.get(0));
    }
    return render(province + "省人民政府关于" + original.topic + "的实施意见", sections, original.intro);
  }

  /** {@code sentence} with one to three characters replaced. */
  private String reword(String sentence, Random random) {
    int[] cps = sentence.codePoints().toArray();
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes && cps.length > 4; c++) {
      int at = random.nextInt(cps.length - 1);
      if (isIdeograph(cps[at])) {
        cps[at] = ideographs[random.nextInt(ideographs.length)];
      }
    }
    return new String(cps, 0, cps.length);
  }

  private static String render(String title, List<Section> sections, String intro) {
    StringBuilder out = new StringBuilder();
    out.append(title).append("\n\n").append(ADDRESSEE).append("\n\n");
    if (!intro.isEmpty()) {
      out.append("　　").append(intro).append("\n\n");
    }
    int item = 0;
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      out.append("　　").append(numeral(s + 1)).append("、").append(section.title).append("\n\n");
      for (Item i : section.items) {
        item++;
        out.append("　　（").append(numeral(item)).append("）").append(i.title).append("。");
        for (String sentence : i.sentences) {
          out.append(sentence);
        }
        out.append("\n\n");
      }
    }
    out.append("　　").append(CLOSING).append("\n");
    return out.toString();
  }

  /** Whether {@code cp} is a Han ideograph. */
  static boolean isIdeograph(int cp) {
    return Character.isIdeographic(cp);
  }

  /** {@code n} (1–99) in Chinese numerals. */
  static String numeral(int n) {
    String digits = "〇一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(digits.charAt(tens)))
        + "十"
        + (ones == 0 ? "" : String.valueOf(digits.charAt(ones)));
  }
}
