package org.clausediff.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.LimitExceededException;

/** A file to read: a path (read lazily, so that large containers stream) or bytes in memory. */
final class Input {
  private static final int HEAD = 8192;

  private final String name;
  private final Optional<Path> path;
  private final Optional<byte[]> bytes;
  private final byte[] head;
  private final long size;
  private final long maxBytes;

  private Input(
      String name,
      Optional<Path> path,
      Optional<byte[]> bytes,
      byte[] head,
      long size,
      long maxBytes) {
    this.name = name;
    this.path = path;
    this.bytes = bytes;
    this.head = head;
    this.size = size;
    this.maxBytes = maxBytes;
  }

  static Input of(Path path, long maxBytes) throws IOException {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new IOException(name + ": is a directory, not a file");
    }
    long size = Files.size(path);
    checkSize(name, size, maxBytes);
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(HEAD);
    }
    if (size == 0 && head.length > 0) {
      // A pipe or /proc file reports no size: read it whole.
      byte[] all = readAll(name, path, maxBytes);
      return of(name, all, maxBytes);
    }
    return new Input(name, Optional.of(path), Optional.empty(), head, size, maxBytes);
  }

  static Input of(String name, byte[] bytes, long maxBytes) {
    checkSize(name, bytes.length, maxBytes);
    return new Input(
        name,
        Optional.empty(),
        Optional.of(bytes),
        Arrays.copyOf(bytes, Math.min(HEAD, bytes.length)),
        bytes.length,
        maxBytes);
  }

  String name() {
    return name;
  }

  /** The file, when the input is one (containers are then read from it without loading it). */
  Optional<Path> path() {
    return path;
  }

  /** The first bytes (up to 8 KiB), for detection. */
  byte[] head() {
    return head;
  }

  long size() {
    return size;
  }

  /** The name's extension in lower case, without the dot; empty if it has none. */
  String extension() {
    String file =
        path.map(p -> p.getFileName() == null ? "" : p.getFileName().toString()).orElse(name);
    int dot = file.lastIndexOf('.');
    return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** All the bytes. */
  byte[] bytes() throws IOException {
    if (bytes.isPresent()) {
      return bytes.get();
    }
    return readAll(name, path.get(), maxBytes);
  }

  /** A stream over the bytes; the caller closes it. */
  InputStream open() throws IOException {
    if (bytes.isPresent()) {
      return new ByteArrayInputStream(bytes.get());
    }
    return Files.newInputStream(path.get());
  }

  private static byte[] readAll(String name, Path path, long maxBytes) throws IOException {
    long limit = Math.min(maxBytes, Integer.MAX_VALUE - 9);
    byte[] all;
    try (InputStream in = Files.newInputStream(path)) {
      all = in.readNBytes((int) limit + 1);
    }
    checkSize(name, all.length, limit);
    return all;
  }

  private static void checkSize(String name, long size, long maxBytes) {
    if (size > maxBytes) {
      throw new LimitExceededException(
          name,
          "maxInputBytes",
          maxBytes,
          size,
          String.format(Locale.ROOT, "longer than the input limit of %s bytes", maxBytes));
    }
  }
}
