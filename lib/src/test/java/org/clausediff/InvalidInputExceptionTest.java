package org.clausediff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.clausediff.InvalidInputException.Reason;
import org.junit.jupiter.api.Test;

/** The offset of an invalid input is known or absent; a negative one is a caller's mistake. */
class InvalidInputExceptionTest {
  @Test
  void carriesTheOffsetWhenKnownAndNoneOtherwise() {
    InvalidInputException known =
        new InvalidInputException("a.txt", Reason.BINARY, "binary", OptionalLong.of(0));
    InvalidInputException unknown =
        new InvalidInputException(
            "a.txt", Reason.NOT_CUTTABLE, "not cuttable", OptionalLong.empty());

    assertThat(known.offset()).hasValue(0);
    assertThat(unknown.offset()).isEmpty();
    assertThat(known.getMessage()).isEqualTo("a.txt: binary");
  }

  @Test
  void rejectsANegativeOffset() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new InvalidInputException("a.txt", Reason.BINARY, "binary", OptionalLong.of(-1)));

    assertThat(e).hasMessage("offset must be at least 0 but was -1");
  }
}
