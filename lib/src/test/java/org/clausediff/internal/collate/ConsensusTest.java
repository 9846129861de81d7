package org.clausediff.internal.collate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ConsensusTest {
  private static List<Optional<String>> wordings(String... texts) {
    return java.util.Arrays.stream(texts).map(Optional::ofNullable).toList();
  }

  @Test
  void keepsWhatAMajorityOfWordingsShareInTheBaseOrder() {
    Consensus consensus =
        Consensus.of(wordings("着力提高行政审批服务效能", "提高行政审批服务能力和水平", "提高行政审批服务效能"), 0, 2);

    // 着力 is Qinghai's alone, 能力和水平 Henan's alone: neither province's wording wins.
    assertThat(consensus.text()).isEqualTo("提高行政审批服务效能");
  }

  @Test
  void isNoVersionsWordingWhenAllDiffer() {
    Consensus consensus = Consensus.of(wordings("健全统计调查制度", "完善统计调查制度", "完善统计调查机制"), 1, 2);

    assertThat(consensus.text()).isEqualTo("完善统计调查制度");
    Consensus strict = Consensus.of(wordings("健全统计调查制度", "完善统计调查制度", "完善统计调查体系"), 0, 3);
    assertThat(strict.text()).isEqualTo("统计调查");
    assertThat(strict.similarity())
        .allSatisfy(s -> assertThat(s.getAsDouble()).isGreaterThan(0).isLessThan(1));
  }

  @Test
  void similarityIsOneExactlyForTheConsensusWordingAndEmptyWhereAbsent() {
    Consensus consensus = Consensus.of(wordings("优化金融支持体系", null, "优化金融支持体系"), 2, 2);

    assertThat(consensus.text()).isEqualTo("优化金融支持体系");
    assertThat(consensus.similarity())
        .containsExactly(OptionalDouble.of(1.0), OptionalDouble.empty(), OptionalDouble.of(1.0));
  }

  @Test
  void fullAndHalfWidthFormsAreTheSameWording() {
    Consensus consensus = Consensus.of(wordings("互联网＋政务", "互联网+政务"), 0, 2);

    assertThat(consensus.text()).isEqualTo("互联网＋政务");
    assertThat(consensus.similarity().get(1)).hasValue(1.0);
  }

  @Test
  void diceIsTwiceTheCommonSubsequenceOverBothLengths() {
    assertThat(Consensus.dice("abcd".codePoints().toArray(), "abxd".codePoints().toArray()))
        .isEqualTo(0.75);
    assertThat(Consensus.dice(new int[0], new int[0])).isEqualTo(1.0);
  }
}
