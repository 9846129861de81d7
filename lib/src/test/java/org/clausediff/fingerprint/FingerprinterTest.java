package org.clausediff.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.clausediff.compare.Measure;
import org.clausediff.internal.segment.Segmenter;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.testing.TestData;
import org.clausediff.text.SourceText;
import org.junit.jupiter.api.Test;

class FingerprinterTest {
  private static final Fingerprinter FINGERPRINTER = Fingerprinter.defaults();

  @Test
  void unitsAreTheSentencesWithTheirSectionPaths() {
    SourceText text = TestData.text(TestData.QINGHAI_2017);
    DocumentFingerprint fingerprint = FINGERPRINTER.fingerprint(text);
    Document document = Segmenter.defaults().segment(text);
    List<Unit> sentences = document.units(UnitKind.SENTENCE);

    assertThat(fingerprint.units()).hasSize(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      UnitFingerprint unit = fingerprint.units().get(i);
      assertThat(unit.span()).isEqualTo(sentences.get(i).span());
      assertThat(unit.kind()).isEqualTo(UnitKind.SENTENCE);
      assertThat(unit.sectionPath()).isEqualTo(document.sectionPath(sentences.get(i)));
    }
    assertThat(fingerprint.units())
        .anySatisfy(u -> assertThat(u.sectionPath()).startsWith("二、不断提升政府服务能力和水平 › "));
    assertThat(fingerprint.length()).isEqualTo(text.length());
    assertThat(fingerprint.sha256()).isEqualTo(text.sha256());
    assertThat(fingerprint.signature().size()).isEqualTo(DocumentFingerprint.HASHES);
    assertThat(fingerprint.bandKeys()).hasSize(64);
  }

  @Test
  void renumberedHeadingsKeepTheirKeysAndWidthDoesNotCount() {
    DocumentFingerprint a =
        FINGERPRINTER.fingerprint(SourceText.of("a", "一、总则\n（四）着力提高行政审批服务效能。2018年完成。\n"));
    DocumentFingerprint b =
        FINGERPRINTER.fingerprint(SourceText.of("b", "一、总则\n（一）着力提高行政审批服务效能。２０１８年完成。\n"));

    assertThat(a.units()).hasSameSizeAs(b.units());
    for (int i = 0; i < a.units().size(); i++) {
      assertThat(a.units().get(i).sameKey(b.units().get(i))).as("unit %s", i).isTrue();
    }
    assertThat(a.units().get(1).sectionPath()).isEqualTo("一、总则 › （四）着力提高行政审批服务效能");
  }

  @Test
  void spansCountCodePointsAcrossSupplementaryCharacters() {
    SourceText text = SourceText.of("s", "𠮷𠮷在这里。第二句话在这里。");
    DocumentFingerprint fingerprint = FINGERPRINTER.fingerprint(text);
    assertThat(fingerprint.units()).hasSize(2);
    assertThat(fingerprint.units().get(1).span()).isEqualTo(org.clausediff.text.Span.of(6, 14));
    assertThat(text.substring(fingerprint.units().get(1).span())).isEqualTo("第二句话在这里。");
  }

  @Test
  void emptyTextHasNoUnitsAndAnEmptySignature() {
    DocumentFingerprint fingerprint = FINGERPRINTER.fingerprint(SourceText.of("e", " \n"));
    assertThat(fingerprint.units()).isEmpty();
    assertThat(fingerprint.signature().isEmpty()).isTrue();
    assertThat(fingerprint.bandKeys()).isEmpty();
  }

  @Test
  void exactVerificationUsesTheComparisonMeasures() {
    KeyedDocument a = FINGERPRINTER.key(SourceText.of("a", "加快推进政府职能转变，优化营商环境。"));
    KeyedDocument b = FINGERPRINTER.key(SourceText.of("b", "加快推进政府职能转变，改善营商环境。"));
    var similarity = a.similarity(0, b, 0);
    assertThat(similarity.measure()).isEqualTo(Measure.COMBINED);
    assertThat(similarity.parts().get(Measure.JACCARD)).isEqualTo(a.jaccard(0, b, 0));
    // 15 bigrams each, 12 shared (优化/化营 vs 改善/善营, 营商 kept): 12 / 18.
    assertThat(a.jaccard(0, b, 0)).isCloseTo(12.0 / 18, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(a.similarity(0, a, 0).value()).isEqualTo(1.0);
  }

  @Test
  void fingerprintsOfDifferentOptionsDoNotCompare() {
    DocumentFingerprint a = FINGERPRINTER.fingerprint(SourceText.of("a", "一句话。"));
    DocumentFingerprint b =
        Fingerprinter.of(FingerprintOptions.defaults().withSeed(7))
            .fingerprint(SourceText.of("b", "一句话。"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.match(b, 0.5));
    assertThat(e).hasMessageContaining("different options");
  }

  /**
   * The fingerprint of a seed is the same on every run, JVM and machine: fixed seeds and no
   * dependence on hash iteration order. The digest below was recorded once; a change to it means
   * every stored corpus index must be rebuilt, so it must be deliberate.
   */
  @Test
  void fingerprintOfASeedIsTheSameOnEveryRun() {
    DocumentFingerprint fingerprint = FINGERPRINTER.fingerprint(TestData.text(TestData.HENAN_2017));
    Hasher digest = Hashing.sha256().newHasher();
    for (UnitFingerprint unit : fingerprint.units()) {
      digest
          .putInt(unit.start())
          .putInt(unit.end())
          .putLong(unit.keyHash())
          .putInt(unit.keyLength());
      digest.putString(unit.sectionPath(), StandardCharsets.UTF_8);
      for (int v : unit.signature().toArray()) {
        digest.putInt(v);
      }
    }
    for (int v : fingerprint.signature().toArray()) {
      digest.putInt(v);
    }
    assertThat(digest.hash().toString())
        .isEqualTo("ab43b9585c7fb0d483254321a73ec3e0dcc147f8b3e6a66b426332d68bf78bf3");
  }

  @Test
  void responsibilityNotesAreMarked() {
    DocumentFingerprint fingerprint =
        FINGERPRINTER.fingerprint(
            SourceText.of(
                "notes.txt",
                "（一）加快推进政府职能转变，持续优化营商环境。（省发展改革委、省财政厅按照职责分工负责）\n"
                    + "（二）研究制定适应分享经济发展特点的政策措施（试行）。\n"));

    assertThat(fingerprint.units()).extracting(u -> u.note()).containsExactly(false, true, false);
  }

  /**
   * The version a corpus index records: recorded once, like the digest above; it changes when the
   * fingerprints of the reference text change or {@code FingerprintVersion.NUMBER} is raised, and
   * then every stored index must be rebuilt, so the change must be deliberate.
   */
  @Test
  void versionIsTheRecordedOne() {
    assertThat(Fingerprinter.version()).isEqualTo(Fingerprinter.version()).startsWith("2.");
    assertThat(Fingerprinter.version()).isEqualTo("2.5e2230b72e1a");
  }
}
