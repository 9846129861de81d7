package org.clausediff.align;

import org.clausediff.ClauseDiff;
import org.clausediff.bench.Laps;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Link;
import org.clausediff.dups.DupsStageTimes;
import org.clausediff.internal.align.AlignOptions;
import org.clausediff.internal.align.Alignment;
import org.clausediff.internal.align.ClauseAligner;
import org.clausediff.internal.align.ExactMatcher;
import org.clausediff.internal.align.FuzzyMatcher;
import org.clausediff.internal.align.Proposal;
import org.clausediff.internal.align.StructureAligner;
import org.clausediff.internal.diff.InlineDiffer;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.report.CompareJsonWriter;
import org.clausediff.report.CompareTextWriter;
import org.clausediff.segment.Segmentation;
import org.clausediff.text.SourceText;
import com.google.common.io.CharStreams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the stages of one cold run, in one thread and with the options the command line uses, the
 * way a whole process meets them (no warm-up: class loading and JIT compilation included). A
 * complement to the JMH benchmarks, which measure warm code. Prints one line per stage:
 * milliseconds of wall time and of this thread's CPU time. With a count after the command, the run
 * is repeated that many times in the same JVM (the later runs show warm code).
 *
 * <p>Usage (the launcher's flags): {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
 * -XX:MaxTenuringThreshold=0 -Xms768m -cp bench/target/benchmarks.jar
 * org.clausediff.align.StageTimes compare[:N] OLD NEW} or {@code ... StageTimes dups[:N] FILE}.
 */
public final class StageTimes {
  private StageTimes() {}

  /** Runs the stages named by {@code args}; see the class comment. */
  public static void main(String[] args) throws IOException {
    String[] command = args[0].split(":", -1);
    int runs = command.length > 1 ? Integer.parseInt(command[1]) : 1;
    for (int run = 1; run <= runs; run++) {
      if (runs > 1) {
        System.out.println("-- run " + run);
      }
      if (command[0].equals("compare")) {
        compare(Path.of(args[1]), Path.of(args[2]));
      } else {
        DupsStageTimes.run(Path.of(args[1]));
      }
    }
  }

  private static void compare(Path oldPath, Path newPath) throws IOException {
    Laps t = new Laps();
    CompareOptions options = CompareOptions.defaults();
    SourceText left = ClauseDiff.create().read(oldPath);
    SourceText right = ClauseDiff.create().read(newPath);
    t.lap("read+decode (both)");
    Segmenter segmenter = Segmenter.of(options.segmentation());
    TextNormalizer normalizer = TextNormalizer.of(options.normalization());
    Segmentation l = new Segmentation(segmenter.segment(left), normalizer.normalize(left));
    t.lap("segment+normalize left");
    Segmentation r = new Segmentation(segmenter.segment(right), normalizer.normalize(right));
    t.lap("segment+normalize right");
    AlignOptions align = options.alignOptions();
    UnitKeys.Pair keys =
        UnitKeys.forPair(
            l.document(),
            l.normalized(),
            r.document(),
            r.normalized(),
            align.level(),
            align.ignoreLabels());
    t.lap("keys");
    KeyScorer scorer = KeyScorer.of(keys);
    boolean[] leftLinked = new boolean[keys.left().size()];
    boolean[] rightLinked = new boolean[keys.right().size()];
    ExactMatcher exact = new ExactMatcher(keys.left(), keys.right());
    List<Proposal> accepted = new ArrayList<>();
    for (int[] pair : exact.match()) {
      accepted.add(
          new Proposal(
              pair[0], pair[0] + 1, pair[1], pair[1] + 1, KeyScorer.identicalScore(), true));
      leftLinked[pair[0]] = true;
      rightLinked[pair[1]] = true;
    }
    t.lap("exact links");
    for (Proposal p :
        new FuzzyMatcher(keys.left(), keys.right(), scorer, align.minSimilarity(), exact.anchors())
            .match(leftLinked, rightLinked)) {
      accepted.add(p);
      Arrays.fill(leftLinked, p.lFrom(), p.lTo(), true);
      Arrays.fill(rightLinked, p.rFrom(), p.rTo(), true);
    }
    t.lap("fuzzy links");
    StructureAligner structure = new StructureAligner(keys.left(), keys.right(), scorer);
    t.lap("structure: vectors");
    structure.align(accepted);
    t.lap("structure: links");
    Alignment alignment = ClauseAligner.of(align).align(keys);
    t.lap("align again from keys (all of the above, warmer)");
    InlineDiffer differ = InlineDiffer.of(options.maxInlineDiffTokens());
    for (Link link : alignment.links()) {
      if (!link.identical()) {
        int lFrom = keys.left().positionOf(link.leftUnits().get(0));
        int rFrom = keys.right().positionOf(link.rightUnits().get(0));
        differ.diff(
            keys.left(),
            lFrom,
            lFrom + link.leftUnits().size(),
            keys.right(),
            rFrom,
            rFrom + link.rightUnits().size());
      }
    }
    t.lap("inline diffs");
    Comparison c = ClauseDiff.create().compare(l, r, options);
    t.lap("compare again (keys to diffs, warmer)");
    CompareTextWriter.plain().write(c, CharStreams.nullWriter());
    t.lap("text report");
    left.sha256();
    right.sha256();
    t.lap("sha256 (both)");
    new CompareJsonWriter().write(c, CharStreams.nullWriter());
    t.lap("json report");
  }
}
