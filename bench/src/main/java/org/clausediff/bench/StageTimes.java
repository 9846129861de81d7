package org.clausediff.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.clausediff.ClauseDiff;
import org.clausediff.ClauseDiffException;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.report.ReportFormat;
import org.clausediff.report.ReportType;
import org.clausediff.testing.StageByStage;
import org.clausediff.text.SourceText;

/**
 * Times the stages of one cold run, in one thread and with the default options of the command line,
 * the way a whole process meets them (no warm-up: class loading and JIT compilation included). A
 * complement to the JMH benchmarks, which measure warm code. Prints one line per stage:
 * milliseconds of wall time and of this thread's CPU time. With a count after the command, the run
 * is repeated that many times in the same JVM (the later runs show warm code).
 *
 * <p>The stages are the engine's own, run one after the other by {@link StageByStage}; reading, the
 * reports and the SHA-256 of the texts (which only the JSON report prints) go through the public
 * API. The command line runs some of the stages side by side on two threads; here they run in turn.
 *
 * <p>Usage (the launcher's flags): {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
 * -XX:MaxTenuringThreshold=0 -Xms768m -cp bench/target/benchmarks.jar
 * org.clausediff.bench.StageTimes compare[:N] OLD NEW} or {@code ... StageTimes dups[:N] FILE}.
 */
public final class StageTimes {
  private static final String USAGE = "usage: StageTimes compare[:RUNS] OLD NEW | dups[:RUNS] FILE";

  private StageTimes() {}

  /** Runs the stages named by {@code args}; see the class comment. */
  public static void main(String[] args) {
    List<String> command = args.length == 0 ? List.of() : List.of(args[0].split(":", -1));
    boolean compare = !command.isEmpty() && command.get(0).equals("compare");
    boolean dups = !command.isEmpty() && command.get(0).equals("dups");
    if (!(compare && args.length == 3 || dups && args.length == 2)
        || command.size() > 2
        || command.size() == 2 && !command.get(1).matches("[1-9][0-9]{0,3}")) {
      System.err.println(USAGE);
      System.exit(2);
    }
    int runs = command.size() == 2 ? Integer.parseInt(command.get(1)) : 1;
    try {
      for (int run = 1; run <= runs; run++) {
        if (runs > 1) {
          System.out.println("-- run " + run);
        }
        if (compare) {
          compare(Path.of(args[1]), Path.of(args[2]));
        } else {
          duplicates(Path.of(args[1]));
        }
      }
    } catch (IOException | ClauseDiffException e) {
      System.err.println("StageTimes: cannot read the input: " + e);
      System.exit(2);
    }
  }

  private static void compare(Path oldPath, Path newPath) throws IOException {
    Laps laps = new Laps();
    SourceText left = ClauseDiff.create().read(oldPath);
    SourceText right = ClauseDiff.create().read(newPath);
    laps.lap("read + decode (both)");
    Comparison comparison = StageByStage.compare(left, right, CompareOptions.defaults(), laps::lap);
    ReportType.COMPARISON.writer(ReportFormat.TEXT).write(comparison, Writer.nullWriter());
    laps.lap("text report");
    left.sha256();
    right.sha256();
    laps.lap("sha256 (both)");
    ReportType.COMPARISON.writer(ReportFormat.JSON).write(comparison, Writer.nullWriter());
    laps.lap("json report");
  }

  private static void duplicates(Path path) throws IOException {
    Laps laps = new Laps();
    SourceText text = ClauseDiff.create().read(path);
    laps.lap("read + decode");
    DuplicateReport report = StageByStage.duplicates(text, DuplicateOptions.defaults(), laps::lap);
    ReportType.DUPLICATES.writer(ReportFormat.TEXT).write(report, Writer.nullWriter());
    laps.lap("text report");
    text.sha256();
    laps.lap("sha256");
    ReportType.DUPLICATES.writer(ReportFormat.JSON).write(report, Writer.nullWriter());
    laps.lap("json report");
  }
}
