package org.clausediff.report;

/**
 * Escapes text for Markdown (CommonMark and GitHub's tables): every character that could start or
 * end markup — {@code \ ` * _ { } [ ] ( ) # + - . ! | < > ~ = "} and {@code &} — gets a backslash,
 * so that input text always renders as the text it is and never as a link, an image, HTML, emphasis
 * or a table cell boundary. Line breaks become spaces (a report cell or list item is one line).
 */
final class MarkdownText {
  private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>~=\"&";

  private MarkdownText() {}

  /** {@code text} with Markdown's special characters escaped and line breaks as spaces. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\r') {
                out.append(' ');
              } else if (cp < 128 && SPECIAL.indexOf(cp) >= 0) {
                out.append('\\').append((char) cp);
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
