package org.clausediff.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clausediff.testing.GarbledDocuments;
import org.clausediff.testing.GoldenFiles;
import org.clausediff.testing.PlantedEdits;
import org.clausediff.testing.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed inputs of the compare and duplicate fuzz targets, made from the seed documents and the
 * test generators: this test checks that the committed files are exactly what it makes, and
 * rewrites them with {@code -Dgolden.update=true}. (Findings are other files in the same
 * directories, named after their bug, and are not touched here.)
 */
class FuzzSeedsTest {
  private static final String ENGLISH =
      "Article 1. Purpose\nThe parties agree to share data, e.g. test results, within 10 days.\n"
          + "Article 2. Scope\n(a) This agreement covers Mr. Smith and J. Doe. (b) It ends on"
          + " 1,000 days.\nArticle 3. Term\nThe term is one year. The term is one year.\n";

  private static final String ENGLISH_REVISED =
      "Article 1. Purpose\nThe parties agree to share data, e.g. test results, within 30 days.\n"
          + "Article 3. Term\nThe term is two years.\nArticle 2. Scope\n(a) This agreement"
          + " covers Mr. Smith. (b) It ends on 1,000 days.\n";

  static Stream<Arguments> seeds() {
    List<Arguments> seeds = new ArrayList<>();
    String compare =
        "org/clausediff/compare/CompareFuzzTestInputs/editsReapplyAndScoresAreSymmetric/";
    String qinghai = opening(TestData.QINGHAI_2017, 400);
    PlantedEdits.Pair planted =
        PlantedEdits.seeded(1).withRate(0.5).apply("qinghai", opening(TestData.QINGHAI_2017, 400));
    seeds.add(
        seed(
            compare + "qinghai-2017-opening-planted-edits",
            compare(0, planted.left(), planted.right())));
    seeds.add(
        seed(
            compare + "qinghai-2017-opening-planted-edits-clauses-tight-bound",
            compare(1, planted.left(), planted.right(), 0x31, 6)));
    seeds.add(
        seed(
            compare + "henan-against-qinghai-2017-openings",
            compare(0, opening(TestData.HENAN_2017, 400), qinghai)));
    seeds.add(
        seed(
            compare + "yunnan-garbled-against-qinghai-2017-openings-paragraphs-no-normalization",
            compare(0x12, opening(TestData.YUNNAN_2017, 400), qinghai)));
    seeds.add(
        seed(
            compare + "qinghai-2018-county-against-mass-openings-labels-kept",
            compare(
                0x08,
                opening(TestData.QINGHAI_2018_COUNTY, 400),
                opening(TestData.QINGHAI_2018_MASS, 400))));
    seeds.add(seed(compare + "english-articles-revised", compare(0, ENGLISH, ENGLISH_REVISED)));
    seeds.add(seed(compare + "same-text", compare(0x04, qinghai, qinghai)));

    String dups =
        "org/clausediff/internal/dups/DuplicateDetectorFuzzTestInputs/cleansOnlyDuplication/";
    seeds.add(
        seed(
            dups + "yunnan-2017-garbled-opening",
            dups(0, 0, 0, opening(TestData.YUNNAN_2017, 600))));
    for (int seed = 1; seed <= 3; seed++) {
      String text =
          GarbledDocuments.seeded(seed)
              .withLineBreakShare(0.3)
              .withWidthShare(0.3)
              .ofLength(500)
              .text();
      seeds.add(
          seed(dups + "garbled-" + seed, dups(seed == 2 ? 8 : 0, seed == 3 ? 255 : 0, 0, text)));
    }
    seeds.add(seed(dups + "english-repeated-sentences", dups(0, 50, 1, ENGLISH + ENGLISH_REVISED)));
    return seeds.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void committedSeedInputsAreTheGeneratedOnes(String resource, byte[] bytes) throws IOException {
    Path file = TestData.dir().resolveSibling("lib/src/test/resources").resolve(resource);
    if (GoldenFiles.updating()) {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return;
    }
    assertThat(file).as("seed input (create it with -Dgolden.update=true)").exists();
    assertThat(Files.readAllBytes(file)).as(resource).isEqualTo(bytes);
    assertThat(FuzzText.spell(bytes, 0, bytes.length)).isNotEmpty();
  }

  private static Arguments seed(String resource, byte[] bytes) {
    return Arguments.of(resource, bytes);
  }

  /** The first {@code length} code points of a seed document. */
  private static String opening(String seed, int length) {
    String text = TestData.text(seed).text();
    return text.substring(0, text.offsetByCodePoints(0, length));
  }

  /** A compare input with default options but the flags {@code flags}; see CompareFuzzTest. */
  private static byte[] compare(int flags, String left, String right) {
    return compare(flags, left, right, 0, 0);
  }

  private static byte[] compare(int flags, String left, String right, int min, int bound) {
    byte[] l = FuzzText.encode(left);
    byte[] r = FuzzText.encode(right);
    assertThat(l.length).isLessThan(1 << 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(flags);
    out.write(min);
    out.write(bound);
    out.write(l.length >> 8);
    out.write(l.length);
    out.writeBytes(l);
    out.writeBytes(r);
    return out.toByteArray();
  }

  /** A duplicate-detector input; see DuplicateDetectorFuzzTest. */
  private static byte[] dups(int minLength, int near, int shingles, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(minLength);
    out.write(near);
    out.write(shingles);
    out.writeBytes(FuzzText.encode(text));
    return out.toByteArray();
  }
}
