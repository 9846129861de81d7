package org.clausediff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A limit was exceeded by a known amount; an amount within the limit is a caller's mistake. */
class LimitExceededExceptionTest {
  @Test
  void carriesTheLimitAndTheSizeThatExceededIt() {
    LimitExceededException e =
        new LimitExceededException(
            "a.txt", "maxInputBytes", 10, 11, "11 bytes exceed the input limit of 10 bytes");

    assertThat(e.limitName()).isEqualTo("maxInputBytes");
    assertThat(e.limit()).isEqualTo(10);
    assertThat(e.actual()).isEqualTo(11);
    assertThat(e.getMessage()).isEqualTo("a.txt: 11 bytes exceed the input limit of 10 bytes");
  }

  @Test
  void rejectsASizeThatDoesNotExceedTheLimit() {
    for (long actual : new long[] {10, 0}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new LimitExceededException("a.txt", "maxInputBytes", 10, actual, "too long"));

      assertThat(e).hasMessage("maxInputBytes: " + actual + " does not exceed the limit 10");
    }
  }
}
