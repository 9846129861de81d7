package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.clausediff.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputOptionsTest {
  @TempDir Path dir;

  @Test
  void leavesNoHalfWrittenReportWhenRenderingFails() {
    OutputOptions options = new OutputOptions();
    Path target = dir.resolve("report.json");
    options.output = Optional.of(target);
    ReportWriter<String> failing =
        (result, out) -> {
          out.append("{\"schemaVersion\": 1,".repeat(10_000));
          throw new OutOfMemoryError("Java heap space");
        };

    assertThrows(
        OutOfMemoryError.class,
        () ->
            options.write(
                failing,
                "result",
                new PrintWriter(new StringWriter()),
                List.of(dir.resolve("in"))));

    assertThat(target).doesNotExist();
  }
}
