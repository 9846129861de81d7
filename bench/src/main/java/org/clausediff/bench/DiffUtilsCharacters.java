package org.clausediff.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The baseline "character diff of the whole texts": java-diff-utils' Myers diff over the code
 * points of two files, as a user of the library would write it. Prints one line per delta (type,
 * positions, sizes) to standard output.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.clausediff.bench.DiffUtilsCharacters
 * OLD NEW}.
 */
public final class DiffUtilsCharacters {
  private DiffUtilsCharacters() {}

  /** Diffs the two files named in {@code args}. */
  public static void main(String[] args) throws IOException {
    List<Integer> left = codePoints(Path.of(args[0]));
    List<Integer> right = codePoints(Path.of(args[1]));
    Patch<Integer> patch = DiffUtils.diff(left, right);
    print(patch, System.out);
  }

  private static List<Integer> codePoints(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8)
        .codePoints()
        .boxed()
        .collect(Collectors.toList());
  }

  static <T> void print(Patch<T> patch, PrintStream out) {
    StringBuilder line = new StringBuilder();
    for (AbstractDelta<T> delta : patch.getDeltas()) {
      line.setLength(0);
      line.append(delta.getType())
          .append(' ')
          .append(delta.getSource().getPosition())
          .append('+')
          .append(delta.getSource().size())
          .append(' ')
          .append(delta.getTarget().getPosition())
          .append('+')
          .append(delta.getTarget().size());
      out.println(line);
    }
  }
}
