package org.clausediff.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.clausediff.LimitExceededException;
import org.clausediff.formats.UnreadableDocumentException.Reason;

/**
 * Opens the ZIP package of a .docx for POI, after refusing ZIP bombs, entries larger than the input
 * limit and compression methods Word never writes, from the central directory.
 *
 * <p>A file (from its path) and bytes in memory (standard input, {@code corpus index}) are opened
 * the same way — a seekable ZIP whose entries are inflated only when read, each through an {@link
 * ExpansionGuard} that applies the reader's {@link ReadOptions#maxExpansionRatio()} and input limit
 * (POI's own guard, in {@code ZipSecureFile}, has one ratio for the whole JVM) — so that the same
 * document gives the same text, or the same error, whichever way it comes in. (POI's {@code
 * OPCPackage.open(InputStream)} would inflate every entry up front: an image the reader never looks
 * at would count against the ZIP-bomb limits, and damage would be reported differently.)
 */
final class DocxPackage {
  /** Entries bigger than this may expand past the ratio only if they are below the input limit. */
  private static final long RATIO_GRACE_BYTES = 1 << 20;

  private DocxPackage() {}

  /**
   * The package of {@code input}, read-only; the caller reverts it when done.
   *
   * @throws LimitExceededException if an entry is larger than the input limit or expands more than
   *     the expansion ratio allows
   * @throws UnreadableDocumentException if the ZIP archive is damaged or holds no Word document
   */
  static OPCPackage open(Input input, ReadOptions options) throws IOException {
    checkZip(input, options);
    try {
      return open(zip(input), options);
    } catch (NoClassDefFoundError e) {
      // commons-compress needs an optional codec (zstd, xz) for an entry whose local header names
      // its compression method: Word writes only stored and deflated entries.
      throw new UnreadableDocumentException(
          input.name(),
          Reason.CORRUPT,
          "is not a Word document: a ZIP entry uses a compression method Word never writes");
    } catch (ODFNotOfficeXmlFileException e) {
      throw new UnreadableDocumentException(
          input.name(), Reason.WRONG_FORMAT, "is an OpenDocument file, not a Word document");
    } catch (InvalidFormatException | NotOfficeXmlFileException | POIXMLException e) {
      checkNotZipBomb(e, input.name());
      throw new UnreadableDocumentException(
          input.name(), Reason.CORRUPT, "is a damaged Word document (" + Damage.oneLine(e) + ")");
    } catch (RuntimeException e) {
      throw Damage.ifFromParser(e, input.name(), "is a damaged Word document");
    } catch (IOException e) {
      checkNotZipBomb(e, input.name());
      throw new UnreadableDocumentException(
          input.name(),
          Reason.CORRUPT,
          "is a damaged or truncated ZIP archive (" + Damage.oneLine(e) + ")");
    }
  }

  /**
   * Throws a {@link LimitExceededException} if {@code e} (or what it wraps: the XML parser wraps
   * the errors of the stream it reads) is the {@link ExpansionGuard} stopping an entry that expands
   * more than the options allow while it is read, though the central directory promised less.
   */
  static void checkNotZipBomb(Exception e, String name) {
    for (Throwable t = e; t != null; t = wrapped(t)) {
      if (t instanceof ExpansionGuard.Stopped) {
        ExpansionGuard.Stopped stopped = (ExpansionGuard.Stopped) t;
        throw new LimitExceededException(
            name, stopped.limitName(), stopped.limit(), stopped.actual(), stopped.getMessage());
      }
    }
  }

  /** The package over {@code zip}; the archive is closed if the package cannot be opened. */
  private static OPCPackage open(ZipFile zip, ReadOptions options) throws InvalidFormatException {
    try {
      return OPCPackage.open(new GuardedEntrySource(zip, options));
    } catch (InvalidFormatException | RuntimeException | Error e) {
      try {
        zip.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** What {@code t} wraps: StAX keeps it as the nested exception, not as the cause. */
  private static Throwable wrapped(Throwable t) {
    if (t instanceof XMLStreamException && ((XMLStreamException) t).getNestedException() != null) {
      return ((XMLStreamException) t).getNestedException();
    }
    return t.getCause();
  }

  /** The ZIP archive of {@code input}, from its path or from its bytes in memory. */
  private static ZipFile zip(Input input) throws IOException {
    try {
      return input.path().isPresent()
          ? ZipFile.builder().setPath(input.path().get()).get()
          : ZipFile.builder()
              .setSeekableByteChannel(new SeekableInMemoryByteChannel(input.bytes()))
              .get();
    } catch (IOException e) {
      // commons-compress wraps what it found in a message naming the channel it read (for bytes,
      // "SeekableInMemoryByteChannel"): report what it found, as it does for a file.
      IOException found =
          e.getCause() instanceof IOException
                  && String.valueOf(e.getMessage()).startsWith("Error reading Zip content from")
              ? (IOException) e.getCause()
              : e;
      throw new UnreadableDocumentException(
          input.name(),
          Reason.CORRUPT,
          "is a damaged or truncated ZIP archive (" + Damage.oneLine(found) + ")");
    }
  }

  /** Refuses ZIP bombs and entries larger than the input limit, from the central directory. */
  private static void checkZip(Input input, ReadOptions options) throws IOException {
    try (ZipFile zip = zip(input)) {
      boolean document = false;
      Set<String> names = new HashSet<>();
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        String name = entry.getName();
        if (!names.add(name)) {
          // POI refuses such an archive from a file but reads the last entry from a stream.
          throw new UnreadableDocumentException(
              input.name(),
              Reason.CORRUPT,
              "is a damaged Word document: its ZIP archive holds two entries named " + name);
        }
        int method = entry.getMethod();
        if (method != ZipArchiveEntry.STORED && method != ZipArchiveEntry.DEFLATED) {
          // Office writes only these two; others (zstd, bzip2, …) need codecs we do not have.
          throw new UnreadableDocumentException(
              input.name(),
              Reason.CORRUPT,
              "is not a Word document: its ZIP entry "
                  + name
                  + " uses compression method "
                  + method
                  + ", which Word never writes");
        }
        document |=
            name.equals("word/document.xml")
                || name.endsWith("/document.xml")
                || name.equals("word/document2.xml");
        long size = entry.getSize();
        long compressed = Math.max(1, entry.getCompressedSize());
        if (size > options.maxInputBytes()) {
          throw new LimitExceededException(
              input.name(),
              "maxInputBytes",
              options.maxInputBytes(),
              size,
              String.format(
                  Locale.ROOT,
                  "its ZIP entry %s expands to %s bytes, over the input limit of %s bytes",
                  name,
                  size,
                  options.maxInputBytes()));
        }
        if (size > RATIO_GRACE_BYTES && size / compressed > options.maxExpansionRatio()) {
          throw new LimitExceededException(
              input.name(),
              "maxExpansionRatio",
              options.maxExpansionRatio(),
              size / compressed,
              String.format(
                  Locale.ROOT,
                  "its ZIP entry %s expands %s times (a ZIP bomb?), more than the limit of %s",
                  name,
                  size / compressed,
                  options.maxExpansionRatio()));
        }
      }
      if (!document) {
        throw new UnreadableDocumentException(
            input.name(),
            Reason.WRONG_FORMAT,
            "is a ZIP archive without word/document.xml, not a Word document");
      }
    }
  }

  /**
   * The entries of a ZIP archive, each inflated through an {@link ExpansionGuard} as it is read.
   */
  private static final class GuardedEntrySource extends ZipFileZipEntrySource {
    private final ReadOptions options;

    GuardedEntrySource(ZipFile zip, ReadOptions options) {
      super(zip);
      this.options = options;
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
      return new ExpansionGuard(super.getInputStream(entry), entry.getName(), options);
    }
  }
}
