package org.clausediff.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.clausediff.LimitExceededException;
import org.clausediff.formats.UnreadableDocumentException.Reason;
import org.clausediff.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a .docx package from a path and from bytes: the same checks and the same guard. */
class DocxPackageTest {
  private static final int PADDING = 8 << 20;

  /**
   * The Henan .docx with 8 MiB of spaces inside word/document.xml (they deflate about 1000 times,
   * the whole entry about 360 times) and a central directory that says the entry is 5000 bytes
   * long: the checks on the directory pass, and only the guard on the inflating stream can stop it.
   */
  private static byte[] lyingZipBomb() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipFile source =
            new ZipFile(TestData.path("formats/henan-2017-new-growth-drivers.docx").toFile());
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (ZipEntry entry : Collections.list(source.entries())) {
        byte[] data;
        try (InputStream in = source.getInputStream(entry)) {
          data = in.readAllBytes();
        }
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int end = xml.lastIndexOf("</w:document>");
          data =
              (xml.substring(0, end) + " ".repeat(PADDING) + xml.substring(end))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    byte[] zip = bytes.toByteArray();
    understate(zip, "word/document.xml", 5000);
    return zip;
  }

  /** Rewrites the uncompressed size of {@code name} in the central directory. */
  private static void understate(byte[] zip, String name, int size) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 < zip.length; i++) {
      if (b.getInt(i) != 0x02014b50 || b.getShort(i + 28) != wanted.length) {
        continue;
      }
      String found = new String(zip, i + 46, wanted.length, StandardCharsets.UTF_8);
      if (found.equals(name)) {
        b.putInt(i + 24, size);
        return;
      }
    }
    throw new AssertionError(name + " is not in the central directory");
  }

  @Test
  void stopsAnEntryThatExpandsPastItsDeclaredSizeFromBytesAsFromAPath(@TempDir Path dir)
      throws IOException {
    byte[] bomb = lyingZipBomb();
    Path file = dir.resolve("lying.docx");
    Files.write(file, bomb);
    LimitExceededException fromPath =
        assertThrows(LimitExceededException.class, () -> DocumentReader.defaults().read(file));
    LimitExceededException fromBytes =
        assertThrows(
            LimitExceededException.class,
            () -> DocumentReader.defaults().read(file.toString(), bomb));
    assertThat(fromPath.limitName()).isEqualTo("maxExpansionRatio");
    assertThat(fromPath.getMessage())
        .isEqualTo(
            file + ": a ZIP entry expands more than 100 times while it is read (a ZIP bomb?)");
    assertThat(fromBytes.getMessage()).isEqualTo(fromPath.getMessage());
  }

  @Test
  void theGuardWhileReadingNamesTheRatioInForceAndActual(@TempDir Path dir) throws IOException {
    byte[] bomb = lyingZipBomb();
    Path file = dir.resolve("lying.docx");
    Files.write(file, bomb);
    // The entry expands about 360 times in all: above the default limit and this one.
    DocumentReader reader = DocumentReader.of(ReadOptions.defaults().withMaxExpansionRatio(200));

    LimitExceededException fromPath =
        assertThrows(LimitExceededException.class, () -> reader.read(file));
    LimitExceededException fromBytes =
        assertThrows(LimitExceededException.class, () -> reader.read(file.toString(), bomb));

    assertThat(fromPath.getMessage())
        .isEqualTo(
            file + ": a ZIP entry expands more than 200 times while it is read (a ZIP bomb?)");
    assertThat(fromPath.limitName()).isEqualTo("maxExpansionRatio");
    assertThat(fromPath.limit()).isEqualTo(200);
    assertThat(fromPath.actual()).isGreaterThan(200);
    assertThat(fromBytes.getMessage()).isEqualTo(fromPath.getMessage());
  }

  @Test
  void aRatioAboveTheDefaultLetsTheEntryBeRead(@TempDir Path dir) throws IOException {
    byte[] bomb = lyingZipBomb();
    Path file = dir.resolve("lying.docx");
    Files.write(file, bomb);
    DocumentReader reader = DocumentReader.of(ReadOptions.defaults().withMaxExpansionRatio(5000));
    String henan =
        DocumentReader.defaults()
            .read(TestData.path("formats/henan-2017-new-growth-drivers.docx"))
            .text();

    assertThat(reader.read(file).text()).isEqualTo(henan);
    assertThat(reader.read(file.toString(), bomb).text()).isEqualTo(henan);
  }

  @Test
  void theGuardWhileReadingStopsAnEntryPastTheInputLimit(@TempDir Path dir) throws IOException {
    byte[] bomb = lyingZipBomb();
    DocumentReader reader =
        DocumentReader.of(
            ReadOptions.defaults().withMaxExpansionRatio(5000).withMaxInputBytes(4 << 20));

    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> reader.read("lying.docx", bomb));

    assertThat(e.limitName()).isEqualTo("maxInputBytes");
    assertThat(e.getMessage())
        .isEqualTo(
            "lying.docx: its ZIP entry word/document.xml expands past the input limit of 4194304"
                + " bytes while it is read");
  }

  @Test
  void refusesAnArchiveWithTwoEntriesOfOneName() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipFile source = new ZipFile(TestData.path("formats/law-articles.docx").toFile());
        ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (ZipEntry entry : Collections.list(source.entries())) {
        byte[] data;
        try (InputStream in = source.getInputStream(entry)) {
          data = in.readAllBytes();
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(data);
        zip.closeEntry();
      }
      // java.util.zip refuses a second entry of one name: write it under a name of the same
      // length and rename it in place below
      zip.putNextEntry(new ZipEntry("word/documenX.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] zip = bytes.toByteArray();
    rename(zip, "word/documenX.xml", "word/document.xml");
    UnreadableDocumentException e =
        assertThrows(
            UnreadableDocumentException.class,
            () -> DocumentReader.defaults().read("twice.docx", zip));
    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
    assertThat(e.getMessage())
        .isEqualTo(
            "twice.docx: is a damaged Word document: its ZIP archive holds two entries named"
                + " word/document.xml");
  }

  /** Renames every occurrence of {@code from} (local headers and central directory). */
  private static void rename(byte[] zip, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.UTF_8);
    byte[] t = to.getBytes(StandardCharsets.UTF_8);
    int renamed = 0;
    for (int i = 0; i + f.length <= zip.length; i++) {
      boolean match = true;
      for (int j = 0; j < f.length && match; j++) {
        match = zip[i + j] == f[j];
      }
      if (match) {
        System.arraycopy(t, 0, zip, i, t.length);
        renamed++;
      }
    }
    assertThat(renamed).isEqualTo(2);
  }
}
