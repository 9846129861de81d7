package org.clausediff.formats;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The list labels of a .doc's paragraphs, rendered from HWPF's list (its number format, label text
 * and start at each level), counting as Word counts: a level restarts when a higher one advances.
 */
final class DocListLabels {
  private DocListLabels() {}

  /** Word 97 number format codes (nfc) by their OOXML names; see [MS-DOC] and ListNumbers. */
  private static final Map<Integer, String> NFC = new HashMap<>();

  static {
    String[] names = {
      "decimal",
      "upperRoman",
      "lowerRoman",
      "upperLetter",
      "lowerLetter",
      "ordinal",
      "cardinalText",
      "ordinalText",
      "hex",
      "chicago",
      "ideographDigital",
      "japaneseCounting",
      "aiueo",
      "iroha",
      "decimalFullWidth",
      "decimalHalfWidth",
      "japaneseLegal",
      "japaneseDigitalTenThousand",
      "decimalEnclosedCircle",
      "decimalFullWidth2",
      "aiueoFullWidth",
      "irohaFullWidth",
      "decimalZero",
      "bullet",
      "ganada",
      "chosung",
      "decimalEnclosedFullstop",
      "decimalEnclosedParen",
      "decimalEnclosedCircleChinese",
      "ideographEnclosedCircle",
      "ideographTraditional",
      "ideographZodiac",
      "ideographZodiacTraditional",
      "taiwaneseCounting",
      "ideographLegalTraditional",
      "taiwaneseCountingThousand",
      "taiwaneseDigital",
      "chineseCounting",
      "chineseLegalSimplified",
      "chineseCountingThousand"
    };
    for (int i = 0; i < names.length; i++) {
      NFC.put(i, names[i]);
    }
    NFC.put(0xFF, "none");
  }

  /** Advances the list counters for {@code p} and returns its label, if it has one. */
  static Optional<String> next(Paragraph p, Map<Integer, int[]> counters) {
    HWPFList list = p.getList();
    int level = p.getIlvl();
    if (list == null || level < 0 || level > 8) {
      return Optional.empty();
    }
    char lvl = (char) level;
    String numFmt = NFC.getOrDefault(list.getNumberFormat(lvl), "decimal");
    if (numFmt.equals("bullet")) {
      return Optional.empty();
    }
    int[] count =
        counters.computeIfAbsent(
            list.getLsid(),
            k -> {
              int[] c = new int[9];
              java.util.Arrays.fill(c, Integer.MIN_VALUE);
              return c;
            });
    count[level] = count[level] == Integer.MIN_VALUE ? list.getStartAt(lvl) : count[level] + 1;
    for (int deeper = level + 1; deeper < 9; deeper++) {
      count[deeper] = Integer.MIN_VALUE;
    }
    String text = list.getNumberText(lvl);
    if (text == null) {
      return Optional.empty();
    }
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 9) {
        int shown = c;
        int value =
            count[shown] == Integer.MIN_VALUE ? list.getStartAt((char) shown) : count[shown];
        String format = NFC.getOrDefault(list.getNumberFormat((char) shown), "decimal");
        label.append(ListNumbers.format(format, value).orElse(Integer.toString(value)));
      } else {
        label.append(c);
      }
    }
    if (label.length() == 0) {
      return Optional.empty();
    }
    byte follow = list.getTypeOfCharFollowingTheNumber(lvl);
    label.append(follow == 0 ? "\t" : follow == 1 ? " " : "");
    return Optional.of(label.toString());
  }
}
