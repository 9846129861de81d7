package org.clausediff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clausediff.testing.TextGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded properties of {@link SourceMap}: a plain text's map agrees with its line and column. */
class SourceMapProperties {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void plainMapAgreesWithLineColumnAtEveryOffset(long seed) {
    TextGenerator generator = TextGenerator.seeded(seed);
    SourceText text = SourceText.of("seed " + seed, generator.text(300));
    SourceMap map = text.sourceMap();
    for (int offset = 0; offset <= text.length(); offset++) {
      LineColumn expected = text.lineColumn(offset);
      assertThat(map.location(offset))
          .as("seed %s offset %s", seed, offset)
          .isEqualTo(new SourceLocation.Line(expected.line(), expected.column()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
  void lookupEqualsALinearScanOfTheRuns(long seed) {
    Random random = new Random(seed);
    int length = random.nextInt(200);
    List<SourceMap.Run> runs = new ArrayList<>();
    runs.add(new SourceMap.Run(0, SourceLocation.Paragraph.of(1)));
    for (int start = 1; start <= length; start++) {
      if (random.nextInt(5) == 0) {
        runs.add(new SourceMap.Run(start, new SourceLocation.Page(1 + random.nextInt(3), start)));
      }
    }
    SourceMap map = SourceMap.of(length, runs);
    for (int offset = 0; offset <= length; offset++) {
      SourceLocation expected = runs.get(0).location();
      for (SourceMap.Run run : runs) {
        if (run.start() <= offset) {
          expected = run.location();
        }
      }
      assertThat(map.location(offset)).as("seed %s offset %s", seed, offset).isEqualTo(expected);
    }
  }
}
