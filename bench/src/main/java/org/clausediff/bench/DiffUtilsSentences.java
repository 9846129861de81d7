package org.clausediff.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline "diff of sentence lists": each file cut into sentences after {@code 。！？；} and at
 * line breaks, then java-diff-utils' Myers diff over the two lists, as a user of the library would
 * write it. Prints one line per delta to standard output.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.clausediff.bench.DiffUtilsSentences OLD
 * NEW}.
 */
public final class DiffUtilsSentences {
  private DiffUtilsSentences() {}

  /** Diffs the two files named in {@code args}. */
  public static void main(String[] args) throws IOException {
    List<String> left = sentences(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    List<String> right = sentences(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    Patch<String> patch = DiffUtils.diff(left, right);
    DiffUtilsCharacters.print(patch, System.out);
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n';
      if (lineBreak || c == '。' || c == '！' || c == '？' || c == '；') {
        String sentence = text.substring(start, lineBreak ? i : i + 1).strip();
        if (!sentence.isEmpty()) {
          out.add(sentence);
        }
        start = i + 1;
      }
    }
    String last = text.substring(start).strip();
    if (!last.isEmpty()) {
      out.add(last);
    }
    return out;
  }
}
