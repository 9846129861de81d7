package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.clausediff.ClauseDiff;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceLocation;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection on the garbled Yunnan copy read from its PDF finds the passages it finds on
 * the text, and never a running header or page number: those repeat on every page but are left out
 * of the extracted text.
 */
class YunnanPdfDuplicatesTest {
  private static final String HEADER = "云南省创新管理优化服务培育壮大经济发展新动能实施方案";

  /** Each DUPLICATION group as the texts of its occurrences, white space removed. */
  private static List<List<String>> duplication(DuplicateReport report) {
    SourceText source = report.source();
    return report.passages().stream()
        .filter(DuplicatePassage::isDuplication)
        .map(
            p ->
                p.occurrences().stream()
                    .map(s -> source.substring(s).replaceAll("[\\s\\u3000]+", ""))
                    .collect(Collectors.toList()))
        .collect(Collectors.toList());
  }

  @Test
  void findsTheSameDuplicatedPassagesAsInTheText() throws IOException {
    DuplicateReport fromText = ClauseDiff.create().duplicates(TestData.text(TestData.YUNNAN_2017));
    DuplicateReport fromPdf =
        ClauseDiff.create()
            .duplicates(
                DocumentReader.defaults()
                    .read(TestData.path("formats/yunnan-2017-new-growth-drivers-garbled.pdf")));
    assertThat(duplication(fromText)).hasSizeGreaterThan(10);
    assertThat(duplication(fromPdf)).containsExactlyElementsOf(duplication(fromText));
    assertThat(fromPdf.duplicatedLength()).isEqualTo(fromText.duplicatedLength());
  }

  @Test
  void reportsNoPageHeaderOrPageNumberAsDuplication() throws IOException {
    Extraction pdf =
        DocumentReader.defaults()
            .extract(TestData.path("formats/yunnan-2017-new-growth-drivers-garbled.pdf"));
    assertThat(pdf.notes())
        .contains(
            "running header or footer left out: \"" + HEADER + "\" on 6 of 6 pages",
            "page number left out: \"— 1 —\" on 6 of 6 pages");
    DuplicateReport report = ClauseDiff.create().duplicates(pdf.text());
    for (DuplicatePassage passage : report.passages()) {
      for (Span occurrence : passage.occurrences()) {
        String text = pdf.text().substring(occurrence);
        assertThat(text).doesNotContain(HEADER).doesNotContain("— 2 —");
      }
    }
    // and no extracted code point comes from a header line: every page's line 1 is its header
    for (var run : pdf.text().sourceMap().runs()) {
      assertThat(((SourceLocation.Page) run.location()).line()).isGreaterThan(1);
    }
  }
}
