package org.clausediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;

/**
 * What a JSON report says, read with a streaming parser (a report on a million sentences is far too
 * large for a tree): the length of each document it describes ({@code document}; {@code left} and
 * {@code right}; or {@code original} and {@code versions/0}, {@code versions/1}, …), every unit's
 * span by kind, and whether every offset in it lies inside the documents.
 */
record JsonReport(Map<String, Integer> lengths, Map<UnitKind, List<int[]>> spans) {

  Map<UnitKind, Integer> counts() {
    Map<UnitKind, Integer> counts = new EnumMap<>(UnitKind.class);
    for (UnitKind kind : UnitKind.values()) {
      counts.put(kind, spans.getOrDefault(kind, List.of()).size());
    }
    return counts;
  }

  static JsonReport read(Path json) throws IOException {
    Map<String, Integer> lengths = new TreeMap<>();
    Map<UnitKind, List<int[]>> spans = new EnumMap<>(UnitKind.class);
    List<int[]> offsets = new ArrayList<>();
    int schemaVersion = -1;
    try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
      int depth = 0; // the report object is depth 1
      String field = "";
      String topField = "";
      Optional<UnitKind> kind = Optional.empty();
      int start = -1;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          topField = depth == 1 ? field : topField;
          depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        } else if (token == JsonToken.FIELD_NAME) {
          field = parser.currentName();
        } else if (field.equals("schemaVersion") && depth == 1) {
          schemaVersion = parser.getIntValue();
        } else if (field.equals("length") && depth == 2) {
          lengths.put(topField, parser.getIntValue());
        } else if (field.equals("length") && depth == 3 && topField.equals("versions")) {
          lengths.put(
              "versions/"
                  + lengths.keySet().stream().filter(k -> k.startsWith("versions/")).count(),
              parser.getIntValue());
        } else if (field.equals("kind")) {
          kind = unitKind(parser.getText());
        } else if (field.equals("start")) {
          start = parser.getIntValue();
        } else if (field.equals("end")) {
          int end = parser.getIntValue();
          offsets.add(new int[] {start, end});
          if (kind.isPresent()) {
            spans.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(new int[] {start, end});
            kind = Optional.empty();
          }
        }
      }
    }
    assertThat(schemaVersion).as("schemaVersion of %s", json).isEqualTo(1);
    assertThat(lengths).as("document lengths in %s", json).isNotEmpty();
    int longest = lengths.values().stream().max(Integer::compare).orElseThrow();
    for (int[] span : offsets) {
      assertThat(span[0]).as("start of a span in %s", json).isBetween(0, span[1]);
      assertThat(span[1]).as("end of a span in %s", json).isLessThanOrEqualTo(longest);
    }
    return new JsonReport(lengths, spans);
  }

  /** The unit kind named {@code id}; other reports use "kind" for other things. */
  private static Optional<UnitKind> unitKind(String id) {
    for (UnitKind kind : UnitKind.values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Every non-white-space code point lies in exactly one of {@code spans}, which are ordered. */
  static void assertTiles(SourceText source, List<int[]> spans) {
    boolean[] covered = new boolean[source.length()];
    int previousEnd = 0;
    for (int[] span : spans) {
      assertThat(span[0])
          .as("span starts after the previous one")
          .isGreaterThanOrEqualTo(previousEnd);
      for (int i = span[0]; i < span[1]; i++) {
        covered[i] = true;
      }
      previousEnd = span[1];
    }
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i] && !isWhitespace(source.codePointAt(i))) {
        throw new AssertionError(source.name() + ": code point " + i + " is in no clause");
      }
    }
  }

  /** White space as segmentation sees it: what no unit needs to cover. */
  private static boolean isWhitespace(int cp) {
    return cp == 0x85 || Character.isSpaceChar(cp) || Character.isWhitespace(cp);
  }
}
