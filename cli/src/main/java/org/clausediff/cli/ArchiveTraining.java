package org.clausediff.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The training run behind the launcher's class-data-sharing archive, not a command: {@code
 * ./clausediff} runs it once after each build with {@code -XX:ArchiveClassesAtExit}, so that later
 * runs map the classes the commands load from that archive instead of loading and verifying them
 * from the jar (about 0.1 s of each run). It runs every subcommand and report format on two
 * documents and discards the output.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=ARCHIVE -cp clausediff.jar
 * org.clausediff.cli.ArchiveTraining OLD NEW}.
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  /**
   * Runs the commands on {@code args[0]} and {@code args[1]}.
   *
   * @throws IllegalStateException if a command reports trouble (exit status 2)
   */
  public static void main(String[] args) {
    String a = args[0];
    String b = args[1];
    List<List<String>> runs =
        List.of(
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
            List.of("collate", "--format", "csv", a, b));
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
}
