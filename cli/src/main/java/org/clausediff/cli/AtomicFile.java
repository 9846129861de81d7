package org.clausediff.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: the bytes go to a temporary file in the target's directory,
 * which is renamed over the target — atomically, on POSIX file systems — only when {@link #commit}
 * is called after the last byte was written and synced. Closing without committing deletes the
 * temporary file: a write that fails half way (a full disk, a file-size limit, an error while
 * rendering) leaves the previous target as it was and no fragment beside it.
 *
 * <p>A target that is a symbolic link is written through, as the shell's {@code >} would: the file
 * it points to is replaced, and the link stays. A target that exists keeps its permissions; a new
 * one gets those of any new file ({@code umask}). Not thread-safe.
 */
final class AtomicFile implements Closeable {
  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private final OutputStream stream;
  private boolean committed;

  private AtomicFile(Path target, Path temporary, FileChannel channel) {
    this.target = target;
    this.temporary = temporary;
    this.channel = channel;
    this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
  }

  /**
   * Starts writing {@code target}: creates the temporary file beside the file it names.
   *
   * @throws IOException if the temporary file cannot be created (no such directory, no permission)
   */
  static AtomicFile create(Path target) throws IOException {
    Path resolved = Targets.throughLinks(target);
    Path directory = resolved.toAbsolutePath().getParent();
    String name = resolved.getFileName().toString();
    for (int attempt = 0; ; attempt++) {
      Path temporary =
          directory.resolve(
              String.format(
                  Locale.ROOT,
                  ".%s.%08x.clausediff-tmp",
                  name,
                  ThreadLocalRandom.current().nextInt()));
      try {
        FileChannel channel =
            FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new AtomicFile(resolved, temporary, channel);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** Where the bytes go until {@link #commit}; closing this object closes it. */
  OutputStream stream() {
    return stream;
  }

  /**
   * Syncs the written bytes and renames the temporary file over the target.
   *
   * @throws IOException if syncing or renaming fails; the target is then as it was
   */
  void commit() throws IOException {
    stream.flush();
    channel.force(true);
    channel.close();
    if (Files.exists(target)) {
      try {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the new file keeps the permissions it was created with.
      }
    }
    Files.move(
        temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    committed = true;
  }

  /** Deletes the temporary file unless it was committed. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
