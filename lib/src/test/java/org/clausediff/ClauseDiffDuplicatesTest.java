package org.clausediff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class ClauseDiffDuplicatesTest {

  /** The duplicated passages of the garbled seed and its cleaned text. */
  @Test
  void theGarbledSeedsDuplicationIsFoundAndCleaned() throws IOException {
    List<String> lines = new ArrayList<>();
    Path path = TestData.path(TestData.YUNNAN_2017);

    SourceText text = ClauseDiff.create().read(path);
    DuplicateReport report =
        ClauseDiff.create().duplicates(text, DuplicateOptions.defaults().withMinLength(30));
    for (DuplicatePassage passage : report.passages()) {
      if (passage.isDuplication()) {
        lines.add(passage.occurrences() + " " + text.substring(passage.first()));
      }
    }
    String cleaned = report.cleanedText();

    assertThat(lines)
        .isNotEmpty()
        .first()
        .asString()
        .startsWith("[[0,164), [164,328)] 云南省人民政府办公厅关于印发")
        .endsWith("请认真贯彻执行。");
    assertThat(cleaned.codePointCount(0, cleaned.length()))
        .isEqualTo(text.length() - report.duplicatedLength());
  }
}
