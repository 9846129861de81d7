package org.clausediff.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rewordings as provinces make them when they adapt a policy text: verbs and stock phrases replaced
 * by their usual synonyms, clauses reordered or dropped; and responsibility notes whose departments
 * change. Used by {@link PlantedEdits} for {@link PlantedEdits.Kind#REWORD} and {@link
 * PlantedEdits.Kind#NOTE_CHANGE}.
 */
final class Paraphrases {
  private Paraphrases() {}

  /** Pairs of interchangeable phrases of policy prose (each replaced by the other). */
  private static final String[][] SYNONYMS = {
    {"加快", "加速"},
    {"推进", "推动"},
    {"完善", "健全"},
    {"加强", "强化"},
    {"提高", "提升"},
    {"建立", "构建"},
    {"积极", "大力"},
    {"进一步", "持续"},
    {"支持", "扶持"},
    {"鼓励", "引导"},
    {"深化", "深入推进"},
    {"企业", "市场主体"},
    {"实施", "落实"},
    {"有关部门", "相关部门"},
    {"充分发挥", "发挥好"},
    {"探索", "研究"},
    {"机制", "制度"},
    {"新兴", "新型"},
    {"各地", "各地区"},
    {"努力", "着力"},
  };

  private static final String[] DEPARTMENTS = {"省财政厅", "省科技厅", "省商务厅", "省统计局"};

  /**
   * A paraphrase of {@code sentence}: up to four synonyms swapped, then (by chance) two adjacent
   * clauses swapped or one clause of three or more dropped. May return the sentence unchanged when
   * nothing applies.
   */
  static String reword(String sentence, Random random) {
    String text = sentence;
    int swapped = 0;
    int first = random.nextInt(SYNONYMS.length);
    for (int k = 0; k < SYNONYMS.length && swapped < 4; k++) {
      String[] pair = SYNONYMS[(first + k) % SYNONYMS.length];
      int side = text.contains(pair[0]) ? 0 : text.contains(pair[1]) ? 1 : -1;
      if (side >= 0) {
        text = text.replace(pair[side], pair[1 - side]);
        swapped++;
      }
    }
    List<String> clauses = clauses(text);
    if (clauses.size() >= 2) {
      int choice = random.nextInt(3);
      if (choice == 0) {
        int at = random.nextInt(clauses.size() - 1);
        String a = clauses.get(at);
        String b = clauses.get(at + 1);
        // Swap the clauses' words, keeping each position's punctuation.
        clauses.set(at, body(b) + punctuation(a));
        clauses.set(at + 1, body(a) + punctuation(b));
      } else if (choice == 1 && clauses.size() >= 3) {
        int at = random.nextInt(clauses.size() - 1);
        String last = clauses.get(at + 1);
        if (at + 1 == clauses.size() - 1) {
          // Dropping the last clause: the one before it takes its terminator.
          clauses.set(at, body(clauses.get(at)) + punctuation(last));
        }
        clauses.remove(at + 1);
      }
    }
    return String.join("", clauses);
  }

  /**
   * A note with its departments changed: one of several dropped, or one added to a note that names
   * one.
   */
  static String changeDepartments(String note, Random random) {
    int open = 1;
    int close = note.length() - 1;
    String inside = note.substring(open, close);
    String[] parts = inside.split("、", -1);
    if (parts.length >= 3) {
      List<String> kept = new ArrayList<>(List.of(parts));
      kept.remove(random.nextInt(parts.length - 1));
      return note.substring(0, open) + String.join("、", kept) + note.substring(close);
    }
    String added = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
    if (inside.contains(added)) {
      added = "省人力资源社会保障厅";
    }
    return note.substring(0, open) + added + "、" + inside + note.substring(close);
  }

  /** The clauses of a sentence, each with the punctuation that ends it. */
  private static List<String> clauses(String sentence) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if ("（(《“".indexOf(c) >= 0) {
        depth++;
      } else if ("）)》”".indexOf(c) >= 0 && depth > 0) {
        depth--;
      } else if (depth == 0 && c == '，' && i - start >= 4) {
        out.add(sentence.substring(start, i + 1));
        start = i + 1;
      }
    }
    out.add(sentence.substring(start));
    return out;
  }

  private static String body(String clause) {
    int end = clause.length();
    while (end > 0 && "，。；！？".indexOf(clause.charAt(end - 1)) >= 0) {
      end--;
    }
    return clause.substring(0, end);
  }

  private static String punctuation(String clause) {
    return clause.substring(body(clause).length());
  }
}
