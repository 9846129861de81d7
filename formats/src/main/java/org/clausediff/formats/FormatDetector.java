package org.clausediff.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a file's format from its first bytes, not its name: {@code %PDF-} (within the first KiB, as
 * readers allow), a ZIP archive (a .docx; checked for {@code word/document.xml} by the reader), an
 * OLE2 compound file (a .doc, or an encrypted .docx), HTML markup at the start of a text; then the
 * extension only tells Markdown ({@code .md}, {@code .markdown}) from plain text.
 */
final class FormatDetector {
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  /** HTML markup at the start of the text, after white space, a byte-order mark and comments. */
  private static final Pattern HTML =
      Pattern.compile(
          "^(?:\\uFEFF)?(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body|meta|title)[\\s>/]",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private FormatDetector() {}

  /** The format the first bytes of a file show, given its extension (for Markdown only). */
  static InputFormat detect(byte[] head, String extension) {
    if (startsWith(head, OLE2)) {
      return InputFormat.DOC;
    }
    if (startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY)) {
      return InputFormat.DOCX;
    }
    if (indexOf(head, PDF, 1024) >= 0) {
      return InputFormat.PDF;
    }
    if (looksLikeHtml(head)) {
      return InputFormat.HTML;
    }
    String ext = extension.toLowerCase(Locale.ROOT);
    if (ext.equals("md") || ext.equals("markdown")) {
      return InputFormat.MARKDOWN;
    }
    return InputFormat.TEXT;
  }

  /** Whether the head is a ZIP archive. */
  static boolean isZip(byte[] head) {
    return startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY);
  }

  static boolean isOle2(byte[] head) {
    return startsWith(head, OLE2);
  }

  static boolean isPdf(byte[] head) {
    return indexOf(head, PDF, 1024) >= 0;
  }

  static boolean looksLikeHtml(byte[] head) {
    // Markup is ASCII, so any ASCII-compatible encoding (UTF-8, GB18030) shows it as Latin-1 does.
    String start = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1);
    if (start.startsWith("\u00EF\u00BB\u00BF")) {
      start = start.substring(3);
    }
    return HTML.matcher(start).find();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] needle, int within) {
    int last = Math.min(bytes.length - needle.length, within);
    outer:
    for (int i = 0; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
