package org.clausediff.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.clausediff.LimitExceededException;

/**
 * Reads an input's bytes up to {@link DecodeOptions#maxInputBytes()}, refusing a longer input as
 * soon as it is known to be longer, and a binary one from its first {@value BinaryInput#HEAD} bytes
 * ({@link BinaryInput}). Immutable and thread-safe.
 */
final class BoundedInputReader {
  private final DecodeOptions options;

  BoundedInputReader(DecodeOptions options) {
    this.options = options;
  }

  /** The bytes of the file at {@code path}, which is named after the path as given. */
  byte[] read(Path path) throws IOException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new IOException(name + ": is a directory, not a file");
    }
    long size = Files.size(path);
    checkSize(name, size);
    try (InputStream in = Files.newInputStream(path)) {
      // Pipes and /proc files report 0 bytes, and a file may grow while we read it: the size is
      // only where reading starts.
      return read(name, in, size);
    }
  }

  /** The bytes of {@code in} to its end, which is not closed. */
  byte[] read(String name, InputStream in) throws IOException {
    return read(name, in, 0);
  }

  /**
   * Refuses an input of {@code size} bytes if that is over the limit.
   *
   * @throws LimitExceededException if it is
   */
  void checkSize(String name, long size) {
    if (size > options.maxInputBytes()) {
      throw new LimitExceededException(
          name,
          "maxInputBytes",
          options.maxInputBytes(),
          size,
          String.format(
              Locale.ROOT,
              "%s bytes exceed the input limit of %s bytes",
              size,
              options.maxInputBytes()));
    }
  }

  private byte[] read(String name, InputStream in, long sizeHint) throws IOException {
    long limit = options.maxInputBytes();
    byte[] buffer = new byte[(int) Math.min(limit + 1, Math.max(sizeHint, 8192))];
    int length = 0;
    boolean headChecked = false;
    while (length <= limit) {
      if (length == buffer.length) {
        // Full: one byte more shows whether there is more, without a copy when there is not.
        int next = in.read();
        if (next < 0) {
          break;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, 2L * length));
        buffer[length++] = (byte) next;
        continue;
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
      if (!headChecked && length >= BinaryInput.HEAD) {
        BinaryInput.refuseHead(name, buffer, BinaryInput.HEAD, options.charset());
        headChecked = true;
      }
    }
    if (length > limit) {
      throw new LimitExceededException(
          name,
          "maxInputBytes",
          limit,
          length,
          String.format(Locale.ROOT, "longer than the input limit of %s bytes", limit));
    }
    return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
  }
}
