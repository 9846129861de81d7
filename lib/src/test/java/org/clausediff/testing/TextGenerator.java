package org.clausediff.testing;

import java.util.Random;

/**
 * Seeded generators of awkward text for property tests (our own, instead of a property-testing
 * library): CJK ideographs (U+4E00–U+9FFF), supplementary ideographs (𠮷 and U+20000+), full-width
 * forms (U+FF01–U+FF5E), CJK punctuation, combining marks, variation selectors, invisible
 * characters, ideographic and no-break spaces, mixed ASCII, and CR LF line ends. The same seed
 * always gives the same text.
 */
public final class TextGenerator {
  private static final String CJK_PUNCTUATION = "。，、：；！？“”‘’《》（）【】〔〕「」…—·";
  private static final int[] SPACES = {' ', 0x3000, 0xA0, '\t', 0x2007, 0x202F};
  private static final int[] INVISIBLE = {
    0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD, 0x200E, 0x200F
  };
  private static final int[] COMBINING = {0x301, 0x308, 0x323, 0x3099, 0x309A, 0xFE0F, 0xE0100};
  private static final int[] SPECIALS = {
    0x337F, 0x2460, 0x2474, 0x2F00, 0x3280, 0xFF71, 0x2011, 0x22EF, 0x5341
  };

  private final Random random;

  private TextGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A generator with a fixed seed. */
  public static TextGenerator seeded(long seed) {
    return new TextGenerator(seed);
  }

  /** The underlying random source, for decisions beyond text. */
  public Random random() {
    return random;
  }

  /** A string of up to {@code maxCodePoints} code points drawn from every class. */
  public String text(int maxCodePoints) {
    int length = random.nextInt(maxCodePoints + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(codePoint());
    }
    return out.toString();
  }

  /** Mostly Chinese prose: ideographs with punctuation, occasional digits and spaces. */
  public String chineseProse(int maxCodePoints) {
    int length = random.nextInt(maxCodePoints + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int roll = random.nextInt(20);
      if (roll < 15) {
        out.appendCodePoint(0x4E00 + random.nextInt(0x9FFF - 0x4E00 + 1));
      } else if (roll < 18) {
        out.append(CJK_PUNCTUATION.charAt(random.nextInt(CJK_PUNCTUATION.length())));
      } else if (roll < 19) {
        out.append((char) ('0' + random.nextInt(10)));
      } else {
        out.append(random.nextBoolean() ? "\n" : "\u3000");
      }
    }
    return out.toString();
  }

  /** One code point from a randomly chosen class. */
  public int codePoint() {
    switch (random.nextInt(12)) {
      case 0:
      case 1:
      case 2:
        return 0x4E00 + random.nextInt(0x9FFF - 0x4E00 + 1);
      case 3:
        return random.nextBoolean() ? 0x20BB7 : 0x20000 + random.nextInt(0xA6DF);
      case 4:
        return 0xFF01 + random.nextInt(0xFF5E - 0xFF01 + 1);
      case 5:
        return CJK_PUNCTUATION.codePointAt(random.nextInt(CJK_PUNCTUATION.length()));
      case 6:
        return COMBINING[random.nextInt(COMBINING.length)];
      case 7:
        return SPACES[random.nextInt(SPACES.length)];
      case 8:
        return INVISIBLE[random.nextInt(INVISIBLE.length)];
      case 9:
        return random.nextInt(4) == 0
            ? (random.nextBoolean() ? '\n' : '\r')
            : 0x20 + random.nextInt(0x5F);
      case 10:
        return SPECIALS[random.nextInt(SPECIALS.length)];
      default:
        return 'a' + random.nextInt(26);
    }
  }
}
