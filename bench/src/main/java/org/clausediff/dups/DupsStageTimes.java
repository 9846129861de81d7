package org.clausediff.dups;

import org.clausediff.ClauseDiff;
import org.clausediff.bench.Laps;
import org.clausediff.internal.dups.DuplicateDetector;
import org.clausediff.internal.dups.ExactRepeatFinder;
import org.clausediff.internal.dups.NearRepeatFinder;
import org.clausediff.internal.dups.Repeat;
import org.clausediff.internal.dups.RepeatIndex;
import org.clausediff.internal.dups.Sentences;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.TextNormalizer;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.report.DuplicatesJsonWriter;
import org.clausediff.report.DuplicatesTextWriter;
import org.clausediff.segment.Document;
import org.clausediff.segment.SegmentOptions;
import org.clausediff.text.SourceText;
import com.google.common.io.CharStreams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The dups half of {@link org.clausediff.align.StageTimes}. */
public final class DupsStageTimes {
  private DupsStageTimes() {}

  /** Times the stages of {@code clausediff dups FILE}, in one thread. */
  public static void run(Path file) throws IOException {
    Laps t = new Laps();
    DuplicateOptions options = DuplicateOptions.defaults();
    SourceText text = ClauseDiff.create().read(file);
    t.lap("read+decode");
    Document document = Segmenter.of(SegmentOptions.defaults().withClauses(false)).segment(text);
    t.lap("segment");
    NormalizedText normalized = TextNormalizer.defaults().normalize(text);
    t.lap("normalize");
    RepeatIndex index = RepeatIndex.of(normalized);
    t.lap("suffix array + LCP");
    Sentences sentences = Sentences.of(document, normalized, index.text());
    t.lap("sentences");
    List<Repeat> repeats =
        new ArrayList<>(
            new ExactRepeatFinder(options.minLength()).find(sentences, index.suffixArray()));
    t.lap("exact repeats");
    NearRepeatFinder near =
        new NearRepeatFinder(
            options.nearThreshold().getAsDouble(), options.shingleSize(), options.minLength());
    NearRepeatFinder.Sketches sketches = near.sketch(sentences, normalized.codePoints());
    t.lap("near repeats: sketches");
    near.find(sentences, sketches, new boolean[sentences.count()]);
    t.lap("near repeats: search (nothing excluded)");
    DuplicateReport report = DuplicateDetector.of(options).detect(document, index);
    t.lap("detect again from the index (warmer)");
    DuplicatesTextWriter.create().write(report, CharStreams.nullWriter());
    t.lap("text report");
    text.sha256();
    t.lap("sha256");
    DuplicatesJsonWriter.create().write(report, CharStreams.nullWriter());
    t.lap("json report");
  }
}
