package org.clausediff.fingerprint;

import com.google.common.base.Suppliers;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.clausediff.text.SourceText;

/**
 * The version of the fingerprints this code makes ({@link Fingerprinter#version()}): a number
 * raised by hand when the meaning of a fingerprint changes, and a hash of the fingerprints of a
 * reference text, so that a change of segmentation, normalization, keys or MinHash that alters them
 * changes the version even when nobody remembered to raise the number.
 *
 * <p>The reference text is made to exercise what fingerprints depend on: Chinese and Arabic
 * numbering at every level, articles, a responsibility note, full-width digits and punctuation,
 * Traditional characters, Latin words, and a line without a terminator.
 */
final class FingerprintVersion {
  /**
   * Raised when fingerprints change meaning in a way the reference text would not show. 2: units
   * carry whether they are responsibility notes.
   */
  static final int NUMBER = 2;

  private static final String REFERENCE =
      String.join(
          "\n",
          "关于推进新旧动能接续转换的实施意见",
          "各市、自治州人民政府，省政府各委、办、厅、局：",
          "一、总体要求",
          "（一）指导思想。深入贯彻新发展理念，加快培育壮大新动能，改造提升传统动能；到２０２０年，新动能成为重要引擎。",
          "（省发展改革委、省财政厅按照职责分工负责）",
          "二、主要任务",
          "1．优化营商环境，推行“互联网+政务服务”，实现一网通办。",
          "（1）支持企业在Shanghai与Shenzhen上市融资，鼓励PPP模式。①放寬市場準入。②加強事中事後監管！",
          "第三条 本办法自印发之日起施行",
          "附件：责任分工表");

  private static final Supplier<String> VERSION = Suppliers.memoize(FingerprintVersion::compute);

  private FingerprintVersion() {}

  static String get() {
    return VERSION.get();
  }

  private static String compute() {
    Hasher hasher = Hashing.murmur3_128().newHasher();
    for (FingerprintOptions options :
        new FingerprintOptions[] {
          FingerprintOptions.defaults(),
          FingerprintOptions.defaults()
              .withLevel(org.clausediff.segment.UnitKind.CLAUSE)
              .withIgnoreLabels(false)
        }) {
      DocumentFingerprint fingerprint =
          Fingerprinter.of(options).fingerprint(SourceText.of("reference", REFERENCE));
      for (UnitFingerprint unit : fingerprint.units()) {
        hasher
            .putInt(unit.start())
            .putInt(unit.end())
            .putString(unit.kind().name(), StandardCharsets.UTF_8)
            .putString(unit.sectionPath(), StandardCharsets.UTF_8)
            .putLong(unit.keyHash())
            .putInt(unit.keyLength())
            .putBoolean(unit.note());
        putSignature(hasher, unit.signature());
      }
      putSignature(hasher, fingerprint.signature());
    }
    return NUMBER + "." + hasher.hash().toString().substring(0, 12);
  }

  private static void putSignature(Hasher hasher, MinHash signature) {
    hasher.putInt(signature.size());
    for (int i = 0; i < signature.size(); i++) {
      hasher.putInt(signature.value(i));
    }
  }
}
