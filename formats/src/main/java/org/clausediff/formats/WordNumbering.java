package org.clausediff.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Word's automatic list numbering, rendered: the levels of each list (start, number format, label
 * text such as {@code 第%1条} or {@code （%2）}, what follows the label, when a level restarts) and the
 * counters that advance paragraph by paragraph. A level restarts when a higher level advances,
 * unless its {@code lvlRestart} says otherwise; lists that share an abstract definition share their
 * counters, unless a list overrides a level's start. Bullets are not numbering and render nothing.
 * Not thread-safe: one per document read.
 */
final class WordNumbering {

  /** One level of a list definition. */
  record Level(
      int start, String numFmt, String lvlText, String suffix, int restart, boolean legal) {
    static Level defaults() {
      return new Level(1, "decimal", "", "\t", -1, false);
    }
  }

  /** A list definition: up to nine levels. */
  static final class Definition {
    final Level[] levels = new Level[9];

    Level level(int ilvl) {
      Level l = levels[ilvl];
      return l == null ? Level.defaults() : l;
    }
  }

  /** A list instance ({@code w:num}): its definition and its level overrides. */
  record Instance(
      String definitionId,
      Map<Integer, Integer> startOverrides,
      Map<Integer, Level> levelOverrides) {}

  private final Map<String, Definition> definitions;
  private final Map<String, Instance> instances;
  private final Map<String, int[]> counters = new HashMap<>();
  private final Set<String> unknownFormats = new TreeSet<>();

  WordNumbering(Map<String, Definition> definitions, Map<String, Instance> instances) {
    this.definitions = definitions;
    this.instances = instances;
  }

  static WordNumbering empty() {
    return new WordNumbering(Map.of(), Map.of());
  }

  /**
   * Advances the counters for a paragraph of list {@code numId} at level {@code ilvl} and returns
   * its label (with what follows it: a tab, a space or nothing); empty for a bullet, an unknown
   * list or list 0 (no numbering).
   */
  Optional<String> next(String numId, int ilvl) {
    Instance instance = instances.get(numId);
    if (instance == null || ilvl < 0 || ilvl > 8) {
      return Optional.empty();
    }
    Definition definition = definitions.getOrDefault(instance.definitionId(), new Definition());
    boolean overridden =
        !instance.startOverrides().isEmpty() || !instance.levelOverrides().isEmpty();
    String key = overridden ? "num:" + numId : "abstract:" + instance.definitionId();
    int[] count = counters.get(key);
    if (count == null) {
      count = new int[9];
      java.util.Arrays.fill(count, Integer.MIN_VALUE);
      counters.put(key, count);
    }
    Level level = level(instance, definition, ilvl);
    if (level.numFmt().equals("bullet")) {
      return Optional.empty();
    }
    count[ilvl] =
        count[ilvl] == Integer.MIN_VALUE ? start(instance, definition, ilvl) : count[ilvl] + 1;
    for (int deeper = ilvl + 1; deeper < 9; deeper++) {
      int restart = level(instance, definition, deeper).restart();
      // absent: restart after any higher level; 0: never; r: after levels 1..r (0-based < r)
      if (restart < 0 || (restart > 0 && ilvl < restart)) {
        count[deeper] = Integer.MIN_VALUE;
      }
    }
    StringBuilder label = new StringBuilder();
    String text = level.lvlText();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 1 < text.length()
          && text.charAt(i + 1) >= '1'
          && text.charAt(i + 1) <= '9') {
        int shown = text.charAt(i + 1) - '1';
        Level shownLevel = level(instance, definition, shown);
        int value =
            count[shown] == Integer.MIN_VALUE ? start(instance, definition, shown) : count[shown];
        String format = level.legal() && shown < ilvl ? "decimal" : shownLevel.numFmt();
        Optional<String> rendered = ListNumbers.format(format, value);
        if (rendered.isEmpty()) {
          unknownFormats.add(format);
        }
        label.append(rendered.orElse(Integer.toString(value)));
        i++;
      } else {
        label.append(c);
      }
    }
    if (label.length() == 0) {
      return Optional.empty();
    }
    return Optional.of(label + level.suffix());
  }

  /** Number formats met that are not known, rendered as decimal. */
  List<String> unknownFormats() {
    return new ArrayList<>(unknownFormats);
  }

  private static Level level(Instance instance, Definition definition, int ilvl) {
    Level override = instance.levelOverrides().get(ilvl);
    return override != null ? override : definition.level(ilvl);
  }

  private static int start(Instance instance, Definition definition, int ilvl) {
    Integer override = instance.startOverrides().get(ilvl);
    return override != null ? override : level(instance, definition, ilvl).start();
  }
}
