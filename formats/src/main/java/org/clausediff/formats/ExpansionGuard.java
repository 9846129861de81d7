package org.clausediff.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The inflating stream of one ZIP entry of a .docx, stopped as soon as the entry has expanded more
 * than {@link ReadOptions#maxExpansionRatio()} times (beyond POI's grace size, {@link
 * ZipSecureFile#getGraceEntrySize()}, as POI's own guard does) or past the input limit: the check
 * on the central directory cannot see an entry whose directory lies about its size. POI's guard
 * does the same with one ratio for the whole JVM (a static setting); this one uses the reader's
 * options.
 */
final class ExpansionGuard extends FilterInputStream {
  private final String entry;
  private final ReadOptions options;

  /** {@code in} is the entry's stream from commons-compress, which counts what it reads. */
  ExpansionGuard(InputStream in, String entry, ReadOptions options) {
    super(in);
    this.entry = entry;
    this.options = options;
  }

  /** The guard stopped an entry: what the reader reports as a {@code LimitExceededException}. */
  static final class Stopped extends IOException {
    private static final long serialVersionUID = 1L;

    private final String limitName;
    private final long limit;
    private final long actual;

    Stopped(String limitName, long limit, long actual, String problem) {
      super(problem);
      this.limitName = limitName;
      this.limit = limit;
      this.actual = actual;
    }

    String limitName() {
      return limitName;
    }

    long limit() {
      return limit;
    }

    long actual() {
      return actual;
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    check();
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    check();
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    check();
    return skipped;
  }

  private void check() throws Stopped {
    if (!(in instanceof InputStreamStatistics)) {
      return;
    }
    InputStreamStatistics statistics = (InputStreamStatistics) in;
    long expanded = statistics.getUncompressedCount();
    if (expanded > options.maxInputBytes()) {
      throw new Stopped(
          "maxInputBytes",
          options.maxInputBytes(),
          expanded,
          String.format(
              Locale.ROOT,
              "its ZIP entry %s expands past the input limit of %s bytes while it is read",
              entry,
              options.maxInputBytes()));
    }
    if (expanded <= ZipSecureFile.getGraceEntrySize()) {
      return;
    }
    long ratio = expanded / Math.max(1, statistics.getCompressedCount());
    if (ratio > options.maxExpansionRatio()) {
      throw new Stopped(
          "maxExpansionRatio",
          options.maxExpansionRatio(),
          ratio,
          String.format(
              Locale.ROOT,
              "a ZIP entry expands more than %s times while it is read (a ZIP bomb?)",
              options.maxExpansionRatio()));
    }
  }
}
