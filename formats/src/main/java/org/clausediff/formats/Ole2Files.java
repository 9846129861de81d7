package org.clausediff.formats;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.clausediff.formats.UnreadableDocumentException.Reason;

/**
 * OLE2 compound files (Word 97–2003 .doc, and the container of an encrypted .docx): opening one,
 * and telling a Word document from an encrypted one, an Excel workbook or a PowerPoint deck.
 */
final class Ole2Files {
  private Ole2Files() {}

  /** Refuses an OLE2 file that is an encrypted .docx, or no Word document at all. */
  static void checkOle2(Input input) throws IOException {
    try (POIFSFileSystem fs = open(input)) {
      if (fs.getRoot().hasEntry("EncryptedPackage")) {
        throw encrypted(input.name());
      }
      checkWordDocument(input.name(), fs.getRoot());
      throw new UnreadableDocumentException(
          input.name(), Reason.WRONG_FORMAT, "is a Word 97-2003 .doc file, not a .docx file");
    }
  }

  /** The OLE2 compound file of {@code input}, from its path or its bytes; the caller closes it. */
  static POIFSFileSystem open(Input input) throws IOException {
    try {
      if (input.path().isPresent()) {
        return new POIFSFileSystem(input.path().get().toFile(), true);
      }
      try (InputStream in = input.open()) {
        return new POIFSFileSystem(in);
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException(
          input.name(),
          Reason.CORRUPT,
          "is a damaged or truncated OLE2 (Word 97-2003) file (" + Damage.oneLine(e) + ")");
    }
  }

  /** Refuses an encrypted .docx, and an OLE2 file that holds no Word document. */
  static void checkWordDocument(String name, DirectoryNode root) {
    if (root.hasEntry("EncryptedPackage")) {
      throw encrypted(name);
    }
    if (!root.hasEntry("WordDocument")) {
      String what =
          root.hasEntry("Workbook") || root.hasEntry("Book")
              ? "an Excel workbook"
              : root.hasEntry("PowerPoint Document") ? "a PowerPoint presentation" : "an OLE2 file";
      throw new UnreadableDocumentException(
          name, Reason.WRONG_FORMAT, "is " + what + ", not a Word document");
    }
  }

  static UnreadableDocumentException encrypted(String name) {
    return new UnreadableDocumentException(
        name,
        Reason.ENCRYPTED,
        "is encrypted with a password: save it without the password and read it again");
  }
}
