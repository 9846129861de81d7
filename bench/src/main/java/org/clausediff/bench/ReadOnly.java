package org.clausediff.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;

/**
 * The floor of the scale ladder: reads and decodes the files named in the arguments the way
 * clausediff does ({@link TextDecoder#defaults()}), and prints their lengths. Whatever a whole
 * clausediff run costs beyond this is the cost of the comparison itself.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.clausediff.bench.ReadOnly FILE...}.
 */
public final class ReadOnly {
  private ReadOnly() {}

  /** Reads the files. */
  public static void main(String[] args) throws IOException {
    for (String arg : args) {
      SourceText text = TextDecoder.defaults().read(Path.of(arg));
      System.out.println(arg + " " + text.length());
    }
  }
}
