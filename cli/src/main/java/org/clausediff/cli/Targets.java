package org.clausediff.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether two paths name the same file — compared as files, not as strings: through symbolic links
 * (a link to an input is that input, whether or not it exists yet), through {@code ..} and relative
 * paths, and, when both exist, as the same file on disk ({@link Files#isSameFile}, which also knows
 * hard links).
 */
final class Targets {
  /** How many links in a row are followed before giving up, as Linux's {@code ELOOP} does. */
  private static final int MAX_LINKS = 40;

  private Targets() {}

  /** Whether {@code a} and {@code b} name the same file. */
  static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
      return canonical(a).equals(canonical(b));
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  /**
   * The file {@code path} names once the symbolic links at its end are followed, even a link to a
   * file that does not exist yet.
   */
  static Path throughLinks(Path path) throws IOException {
    Path current = path;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
      Path link = Files.readSymbolicLink(current);
      Path parent = current.toAbsolutePath().getParent();
      current = parent == null ? link : parent.resolve(link);
    }
    return current;
  }

  /** An absolute path of the file {@code path} names, the same for every way of naming it. */
  private static Path canonical(Path path) throws IOException {
    Path file = throughLinks(path).toAbsolutePath().normalize();
    Path parent = file.getParent();
    if (parent == null) {
      return file;
    }
    Path directory = Files.exists(parent) ? parent.toRealPath() : parent;
    return directory.resolve(file.getFileName());
  }
}
