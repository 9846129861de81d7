package org.clausediff.report;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The frame of clausediff's HTML reports: one self-contained page with its style and script inline,
 * and a Content-Security-Policy that lets nothing load (no network, no images, no fonts) and runs
 * only the report's own script, named by its SHA-256 hash — so even text that escaped escaping
 * could not run. All input text goes through {@link #escape}, which also shows control and
 * invisible characters (bidirectional controls among them) as {@code ⟨U+XXXX⟩}, so that none can
 * reorder or hide what the page shows; and the elements that hold input text isolate it ({@code
 * unicode-bidi: isolate}, {@code <bdi>} for file names), so that right-to-left text cannot reorder
 * what surrounds it.
 */
final class HtmlPage {
  private HtmlPage() {}

  /**
   * {@code text} escaped for HTML text and attribute values (Commons Text {@code escapeHtml4}),
   * with control and invisible characters as {@code ⟨U+XXXX⟩} (line breaks and tabs are kept).
   */
  static String escape(String text) {
    return StringEscapeUtils.escapeHtml4(PrintableText.render(text, PrintableText.Breaks.KEPT))
        .replace("'", "&#39;");
  }

  /** A file name (or a label) as HTML: escaped, its characters all visible, isolated. */
  static String name(String name) {
    return "<bdi>" + escape(PrintableText.name(name)) + "</bdi>";
  }

  /**
   * Writes the start of the page up to and including {@code <body>}.
   *
   * @param title the page title (escaped here)
   * @param style the page's CSS
   * @param script the page's JavaScript (allowed by its hash)
   */
  static void open(Appendable out, String title, String style, String script) throws IOException {
    String hash =
        Base64.getEncoder()
            .encodeToString(Hashing.sha256().hashString(script, StandardCharsets.UTF_8).asBytes());
    out.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'sha256-")
        .append(hash)
        .append("'; img-src 'none'; form-action 'none'; base-uri 'none'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(style)
        .append("</style>\n<script>")
        .append(script)
        .append("</script>\n</head>\n<body>\n");
  }

  /** Writes the end of the page. */
  static void close(Appendable out) throws IOException {
    out.append("</body>\n</html>\n");
  }

  /** The style every report shares: fonts, tables, marks. */
  static final String BASE_STYLE =
      "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\","
          + "\"Microsoft YaHei\",sans-serif;margin:0;color:#1f2328;background:#fff;line-height:1.6}\n"
          + "header{position:sticky;top:0;background:#f6f8fa;border-bottom:1px solid #d0d7de;"
          + "padding:8px 16px;z-index:2}\n"
          + "h1{font-size:16px;margin:0 0 4px}\nmain{padding:8px 16px}\n"
          + "table{border-collapse:collapse;width:100%}\n"
          + "td,th{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top;text-align:left}\n"
          + "th{background:#f6f8fa}\n"
          + "del{background:#ffebe9;color:#82071e;text-decoration:line-through}\n"
          + "ins{background:#dafbe1;color:#116329;text-decoration:none}\n"
          + "del,ins,td,th,li,.unit,.text{unicode-bidi:isolate}\n"
          + ".num{font-variant-numeric:tabular-nums;white-space:nowrap;color:#57606a}\n"
          + ".muted{color:#57606a}\n";
}
