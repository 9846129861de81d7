package org.clausediff.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The header of the unified diff ({@link UnifiedDiffWriter}): that of a git rename, {@code diff
 * --git a/<left name>.lines b/<right name>.lines}, {@code rename from}/{@code rename to} when the
 * names differ, then {@code --- a/…} and {@code +++ b/…}, with the names quoted as git quotes them.
 */
final class GitDiffHeader {
  private static final Pattern LEADING_SLASHES = Pattern.compile("^/+");

  private GitDiffHeader() {}

  /** Writes the header of a diff from {@code leftName}'s lines to {@code rightName}'s. */
  static void write(String leftName, String rightName, Appendable out) throws IOException {
    // As git diff --no-index writes an absolute path: git apply refuses a path from the root.
    String from = LEADING_SLASHES.matcher(leftName).replaceFirst("") + ".lines";
    String to = LEADING_SLASHES.matcher(rightName).replaceFirst("") + ".lines";
    out.append("diff --git ")
        .append(quoted("a/" + from))
        .append(' ')
        .append(quoted("b/" + to))
        .append('\n');
    if (!from.equals(to)) {
      out.append("rename from ").append(quoted(from)).append('\n');
      out.append("rename to ").append(quoted(to)).append('\n');
    }
    out.append("--- ").append(quoted("a/" + from)).append('\n');
    out.append("+++ ").append(quoted("b/" + to)).append('\n');
  }

  /**
   * A path as git writes it in a header: as it is, or in double quotes with C escapes when it holds
   * a quote, a backslash, a control character or an invisible one (a bidirectional control would
   * reorder the line as displayed): those are written as the octal escapes of their UTF-8 bytes, as
   * git does with {@code core.quotePath}.
   */
  static String quoted(String path) {
    boolean plain =
        path.codePoints().noneMatch(cp -> cp == '"' || cp == '\\' || PrintableText.isHidden(cp));
    if (plain) {
      return path;
    }
    StringBuilder quoted = new StringBuilder("\"");
    path.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '"':
                  quoted.append("\\\"");
                  break;
                case '\\':
                  quoted.append("\\\\");
                  break;
                case '\t':
                  quoted.append("\\t");
                  break;
                case '\n':
                  quoted.append("\\n");
                  break;
                case '\r':
                  quoted.append("\\r");
                  break;
                default:
                  if (PrintableText.isHidden(cp)) {
                    for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8)) {
                      quoted.append(String.format(Locale.ROOT, "\\%03o", b & 0xff));
                    }
                  } else {
                    quoted.appendCodePoint(cp);
                  }
              }
            });
    return quoted.append('"').toString();
  }
}
