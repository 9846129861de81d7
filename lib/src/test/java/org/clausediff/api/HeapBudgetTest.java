package org.clausediff.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.clausediff.LimitExceededException;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class HeapBudgetTest {
  private static final SourceText LATIN =
      SourceText.of("latin.txt", "lorem ipsum ".repeat(100_000));
  private static final SourceText CHINESE =
      SourceText.of("chinese.txt", "全面贯彻新发展理念，坚持改革创新。\n".repeat(70_000 / 18 + 1));

  @Test
  void needsGrowWithLengthIdeographsAndSentences() {
    SourceText shortLatin = SourceText.of("s", "lorem ipsum ".repeat(50_000));
    SourceText sentences = SourceText.of("m", "a.".repeat(600_000));

    assertThat(HeapBudget.compareNeeds(LATIN, LATIN))
        .isGreaterThan(HeapBudget.compareNeeds(shortLatin, LATIN))
        .isGreaterThan(HeapBudget.BASE_BYTES);
    assertThat(HeapBudget.compareNeeds(CHINESE, CHINESE))
        .as("an ideograph is a token of its own")
        .isGreaterThan(
            HeapBudget.compareNeeds(
                SourceText.of("x", "x".repeat(CHINESE.length())),
                SourceText.of("x", "x".repeat(CHINESE.length()))));
    assertThat(HeapBudget.duplicatesNeeds(sentences))
        .as("every sentence is a unit")
        .isGreaterThan(HeapBudget.duplicatesNeeds(SourceText.of("a", "a".repeat(1_200_000))));
    assertThat(HeapBudget.collateNeeds(Optional.empty(), List.of(LATIN, CHINESE)))
        .as("two versions: one alignment, as in compare")
        .isEqualTo(HeapBudget.compareNeeds(LATIN, CHINESE));
    assertThat(HeapBudget.collateNeeds(Optional.empty(), List.of(LATIN, CHINESE, LATIN)))
        .as("every pairwise alignment is kept")
        .isGreaterThan(
            HeapBudget.compareNeeds(LATIN, CHINESE) + HeapBudget.compareNeeds(LATIN, LATIN) / 2);
    assertThat(HeapBudget.collateNeeds(Optional.of(LATIN), List.of(CHINESE)))
        .isEqualTo(HeapBudget.compareNeeds(LATIN, CHINESE));
  }

  @Test
  void textsMeasuredApartNeedAndCheckAsTheTextsDo() {
    SourceText mixed = SourceText.of("mixed.txt", "第一条 总则。Lorem ipsum; dolor!\n第二条？\r\n");
    HeapBudget.TextSize size = HeapBudget.TextSize.of(mixed);

    assertThat(size)
        .as("8 ideographs (第一条总则第二条), 7 breaks (。;!？ and three line terminators)")
        .isEqualTo(new HeapBudget.TextSize("mixed.txt", mixed.length(), 8, 7));
    assertThat(HeapBudget.compareNeeds(HeapBudget.TextSize.of(LATIN), size))
        .isEqualTo(HeapBudget.compareNeeds(LATIN, mixed));
    HeapBudget budget = HeapBudget.of(100L << 20);
    LimitExceededException apart =
        assertThrows(
            LimitExceededException.class,
            () ->
                budget.checkCompare(
                    HeapBudget.TextSize.of(LATIN), HeapBudget.TextSize.of(CHINESE)));
    LimitExceededException whole =
        assertThrows(LimitExceededException.class, () -> budget.checkCompare(LATIN, CHINESE));
    assertThat(apart).hasMessage(whole.getMessage());
    assertThat(apart.actual()).isEqualTo(whole.actual());
    assertThrows(IllegalArgumentException.class, () -> new HeapBudget.TextSize("x", 3, 2, 2));
  }

  @Test
  void letsThroughWhatFits() {
    HeapBudget budget = HeapBudget.of(HeapBudget.compareNeeds(LATIN, CHINESE));

    budget.checkCompare(LATIN, CHINESE);
    budget.checkCollate(Optional.of(LATIN), List.of(CHINESE));
    HeapBudget.of(HeapBudget.duplicatesNeeds(CHINESE)).checkDuplicates(CHINESE);
  }

  @Test
  void refusesComparingWhatDoesNotFitNamingBothDocumentsAndTheHeap() {
    long needs = HeapBudget.compareNeeds(LATIN, CHINESE);
    HeapBudget budget = HeapBudget.of(100L << 20);

    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> budget.checkCompare(LATIN, CHINESE));

    assertThat(e.limitName()).isEqualTo(HeapBudget.LIMIT_NAME);
    assertThat(e.limit()).isEqualTo(100L << 20);
    assertThat(e.actual()).isEqualTo(needs);
    assertThat(e.documentName()).isEqualTo("latin.txt, chinese.txt");
    assertThat(e.getMessage())
        .isEqualTo(
            "latin.txt, chinese.txt: needs about "
                + HeapBudget.size(needs)
                + " of heap for 2 texts of "
                + String.format(
                    java.util.Locale.ROOT, "%.1f", (LATIN.length() + CHINESE.length()) / 1e6)
                + " million characters in all; the heap is 100 MB");
  }

  @Test
  void refusesFindingDuplicatesInWhatDoesNotFit() {
    SourceText small = SourceText.of("small.txt", "全面贯彻新发展理念。".repeat(1000));
    HeapBudget budget = HeapBudget.of(HeapBudget.duplicatesNeeds(small) - 1);

    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> budget.checkDuplicates(small));

    assertThat(e.getMessage())
        .startsWith("small.txt: needs about ")
        .contains(" of heap for 10000 characters; the heap is ");
  }

  @Test
  void writesSizesInMegabytesOrGigabytes() {
    assertThat(HeapBudget.size(512L << 20)).isEqualTo("512 MB");
    assertThat(HeapBudget.size(3L << 29)).isEqualTo("1.5 GB");
    assertThat(HeapBudget.ofThisJvm().maxHeap()).isEqualTo(Runtime.getRuntime().maxMemory());
  }
}
