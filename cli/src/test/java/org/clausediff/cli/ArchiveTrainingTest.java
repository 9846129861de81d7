package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;

class ArchiveTrainingTest {

  @Test
  void runsEveryCommandOnTheSeedsTheLauncherGivesIt() {
    String qinghai = TestData.path(TestData.QINGHAI_2017).toString();
    String henan = TestData.path(TestData.HENAN_2017).toString();

    assertThatCode(() -> ArchiveTraining.main(new String[] {qinghai, henan}))
        .doesNotThrowAnyException();
  }

  @Test
  void failsLoudlyWhenACommandReportsTrouble() {
    assertThatThrownBy(() -> ArchiveTraining.main(new String[] {"missing-a.txt", "missing-b.txt"}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing-a.txt");
  }
}
