package org.clausediff.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ExternalToolsTest {
  @Test
  void findsAnExecutableOnThePath() {
    // git builds this project, so it is on the PATH wherever the tests run.
    Path git = ExternalTools.require("git", "git was not run");

    assertThat(git.getFileName()).hasToString("git");
    assertThat(Files.isExecutable(git)).isTrue();
  }

  @Test
  void skipsWithANoticeWhenTheToolIsMissing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(
              () -> ExternalTools.require("clausediff-no-such-tool", "nothing was checked"))
          .isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("clausediff-no-such-tool is not installed");
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "NOTICE: clausediff-no-such-tool is not installed; nothing was checked"
                + System.lineSeparator());
  }
}
