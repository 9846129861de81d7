package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clausediff.ClauseDiffException;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceMap;
import org.clausediff.text.SourceText;

/**
 * Fuzzes the .docx and .pdf readers: any bytes read as a .docx or a .pdf give a text whose source
 * map covers it with locations of the format's kind, or a {@link ClauseDiffException} (refused:
 * encrypted, corrupt, wrong format, over a limit) whose message is one line naming the input —
 * never another exception. Plain {@code mvn test} replays the stored inputs in {@code
 * DocumentReaderFuzzTestInputs/} (real fixtures and findings); {@code JAZZER_FUZZ=1 mvn -pl formats
 * surefire:test -Dtest=DocumentReaderFuzzTest#readsDocxOrRefuses -Djazzer.max_duration=10m} fuzzes
 * for real.
 */
class DocumentReaderFuzzTest {
  /** Small limits keep each run fast and exercise the limit checks. */
  private static final ReadOptions LIMITED = ReadOptions.defaults().withMaxInputBytes(1 << 20);

  @FuzzTest(maxDuration = "10m")
  void readsDocxOrRefuses(byte[] bytes) {
    check(bytes, InputFormat.DOCX, SourceLocation.Kind.PARAGRAPH);
  }

  @FuzzTest(maxDuration = "10m")
  void readsPdfOrRefuses(byte[] bytes) {
    check(bytes, InputFormat.PDF, SourceLocation.Kind.PAGE);
  }

  private static void check(byte[] bytes, InputFormat format, SourceLocation.Kind kind) {
    Extraction e;
    try {
      e = DocumentReader.of(LIMITED.withFormat(format)).extract("fuzz", bytes);
    } catch (ClauseDiffException refused) {
      assertThat(refused.documentName()).isEqualTo("fuzz");
      assertThat(refused.getMessage()).startsWith("fuzz: ").doesNotContain("\n");
      return;
    }
    SourceText text = e.text();
    assertThat(e.format()).isEqualTo(format);
    SourceMap map = text.sourceMap();
    assertThat(map.length()).isEqualTo(text.length());
    for (SourceMap.Run run : map.runs()) {
      assertThat(run.start()).isBetween(0, text.length());
      SourceLocation.Kind k = run.location().kind();
      assertThat(k == kind || k == SourceLocation.Kind.NOTE).as("%s", run).isTrue();
    }
  }
}
