package org.clausediff.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.clausediff.ClauseDiff;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class CompareTextWriterEscapingTest {

  @Test
  void terminalEscapesAndBidiCharactersInInputAreShownNotObeyed() {
    SourceText left = SourceText.of("l", "一、总体\u202E要求\n正文甲乙丙丁。\n");
    SourceText right = SourceText.of("r", "一、总体\u202E要求\n正文甲乙\u001b[2J丙戊。\n");

    String report = CompareTextWriter.plain().render(ClauseDiff.create().compare(left, right));

    assertThat(report).doesNotContain("\u001b").doesNotContain("\u202E").contains("\\u{202E}");
  }
}
