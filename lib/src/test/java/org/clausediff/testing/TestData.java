package org.clausediff.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausediff.text.SourceText;
import org.clausediff.text.TextDecoder;

/**
 * Locates {@code testdata/}: from the Surefire system property {@code testdata.dir}, or by walking
 * up from the working directory when a test runs outside Maven.
 */
public final class TestData {
  private TestData() {}

  /** The five seed documents, by file name. */
  public static final String QINGHAI_2017 = "qinghai-2017-new-growth-drivers.txt";

  public static final String HENAN_2017 = "henan-2017-new-growth-drivers.txt";
  public static final String YUNNAN_2017 = "yunnan-2017-new-growth-drivers-garbled.txt";
  public static final String QINGHAI_2018_COUNTY = "qinghai-2018-county-innovation.txt";
  public static final String QINGHAI_2018_MASS = "qinghai-2018-mass-innovation.txt";

  /** All seeds, in a fixed order. */
  public static final List<String> SEEDS =
      List.of(QINGHAI_2017, HENAN_2017, YUNNAN_2017, QINGHAI_2018_COUNTY, QINGHAI_2018_MASS);

  /** The testdata directory. */
  public static Path dir() {
    String property = System.getProperty("testdata.dir");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("testdata"))) {
        return p.resolve("testdata");
      }
    }
    throw new IllegalStateException("testdata/ not found; set -Dtestdata.dir");
  }

  /** A file under testdata/. */
  public static Path path(String relative) {
    return dir().resolve(relative);
  }

  /** A seed or other testdata file, decoded, named by its path relative to testdata/. */
  public static SourceText text(String relative) {
    try {
      byte[] bytes = Files.readAllBytes(path(relative));
      return TextDecoder.defaults().decode(relative, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
