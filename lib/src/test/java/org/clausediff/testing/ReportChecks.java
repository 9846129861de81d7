package org.clausediff.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Well-formedness checks of the report formats: JSON parses, CSV is rectangular, HTML nests. */
public final class ReportChecks {
  private static final Set<String> VOID =
      Set.of("meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source");
  private static final Pattern TAG =
      Pattern.compile(
          "<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z-]+(?:=\"[^\"<>]*\")?)*)\\s*(/?)>");

  private ReportChecks() {}

  /** Asserts that {@code json} is one JSON value. */
  public static void assertJson(String json) {
    try {
      new ObjectMapper().readTree(json);
    } catch (IOException e) {
      fail("not JSON: " + e.getMessage());
    }
  }

  /**
   * Asserts that {@code csv} is RFC 4180 CSV with {@code \r\n} line ends and {@code columns} fields
   * on every line; returns the records.
   */
  public static List<List<String>> assertCsv(String csv, int columns) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("bare quote or line break at %s", i).isNotIn('"', '\n', '\r');
        field.append(c);
      }
      i++;
    }
    assertThat(quoted).as("unterminated quote").isFalse();
    assertThat(record).as("last line ends with \\r\\n").isEmpty();
    assertThat(field.length()).isZero();
    for (int r = 0; r < records.size(); r++) {
      assertThat(records.get(r)).as("fields of line %s", r + 1).hasSize(columns);
    }
    return records;
  }

  /**
   * Asserts that {@code html} starts with the HTML5 doctype, that every start tag has its end tag
   * in the right nesting (void elements excepted), that attribute values are quoted, and that no
   * {@code <} or {@code >} appears outside tags except inside the page's one script and style.
   */
  public static void assertHtml(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    String body = html.substring("<!DOCTYPE html>\n".length());
    body = blank(body, "<script>", "</script>");
    body = blank(body, "<style>\n", "</style>");
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(body);
    int cursor = 0;
    while (tag.find()) {
      String between = body.substring(cursor, tag.start());
      assertThat(between).as("text before offset %s", tag.start()).doesNotContain("<", ">");
      cursor = tag.end();
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (!tag.group(1).isEmpty()) {
        assertThat(open).as("closing </%s> at %s", name, tag.start()).isNotEmpty();
        assertThat(open.pop()).as("closing </%s> at %s", name, tag.start()).isEqualTo(name);
      } else if (!VOID.contains(name) && tag.group(4).isEmpty()) {
        open.push(name);
      }
    }
    assertThat(body.substring(cursor)).doesNotContain("<", ">");
    assertThat(open).as("unclosed elements").isEmpty();
  }

  /** Replaces what lies between {@code start} and {@code end} with nothing. */
  private static String blank(String html, String start, String end) {
    int from = html.indexOf(start);
    if (from < 0) {
      return html;
    }
    int to = html.indexOf(end, from);
    assertThat(to).as("%s closed", start).isPositive();
    assertThat(html.indexOf(start, to)).as("one %s only", start).isNegative();
    return html.substring(0, from + start.length()) + html.substring(to);
  }
}
