package org.clausediff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's class-data-sharing archive, not a command: {@code
 * ./clausediff} runs it once after each build with {@code -XX:DumpLoadedClassList}, and dumps the
 * classes it lists into a static archive ({@code -Xshare:dump}), so that later runs map the classes
 * the commands load from that archive instead of loading and verifying them from the jar. It runs
 * the help, every subcommand and report format on two documents and discards the output; the corpus
 * commands run on an index of the two in a temporary directory, deleted at the end, so that
 * Lucene's classes are in the archive too.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=LIST -cp clausediff.jar
 * org.clausediff.cli.ArchiveTraining OLD NEW}, then {@code java -Xshare:dump
 * -XX:SharedClassListFile=LIST -XX:SharedArchiveFile=ARCHIVE -cp clausediff.jar}.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  /**
   * Runs the commands on {@code args[0]} and {@code args[1]}.
   *
   * @throws IllegalStateException if a command reports trouble (exit status 2)
   */
  public static void main(String[] args) throws IOException {
    String a = args[0];
    String b = args[1];
    Path corpus = Files.createTempDirectory("clausediff-training");
    String index = corpus.resolve("index").toString();
    List<List<String>> runs =
        List.of(
            List.of("--help"),
            List.of("compare", a, b),
            List.of("compare", "--format", "json", a, b),
            List.of("compare", "--format", "md", a, b),
            List.of("compare", "--format", "html", a, b),
            List.of("compare", "--format", "unified", a, b),
            List.of("dups", a),
            List.of("dups", "--format", "json", a),
            List.of("dups", "--format", "html", a),
            List.of("segment", a),
            List.of("segment", "--format", "json", a),
            List.of("segment", "--format", "lines", a),
            List.of("collate", "--original", a, b, a),
            List.of("collate", "--format", "json", a, b),
            List.of("collate", "--format", "md", a, b),
            List.of("collate", "--format", "html", a, b),
            List.of("collate", "--format", "csv", a, b),
            List.of("corpus", "index", index, a, b),
            List.of("corpus", "similar", index, a),
            List.of("corpus", "similar", "--format", "json", index, b),
            List.of("corpus", "reuse", index),
            List.of("corpus", "reuse", "--format", "json", index),
            List.of("corpus", "status", index));
    try {
      run(runs);
    } finally {
      delete(corpus);
    }
  }

  private static void run(List<List<String>> runs) {
    for (List<String> run : runs) {
      StringWriter err = new StringWriter();
      int status =
          ClauseDiffCommand.run(
              Terminal.notInteractive(),
              new PrintWriter(new StringWriter()),
              new PrintWriter(err),
              run.toArray(new String[0]));
      if (status == ExitStatus.TROUBLE) {
        throw new IllegalStateException(String.join(" ", run) + ": " + err);
      }
    }
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
