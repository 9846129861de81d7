package org.clausediff.internal.dups;

import java.util.Arrays;
import org.clausediff.dups.LabelReason;
import org.clausediff.internal.normalize.NormalizedText;
import org.clausediff.internal.normalize.OffsetMap;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.Span;

/**
 * The sentences of a document as ranges of its comparison text, with what each one is (body text, a
 * note, a heading) and where sentence boundaries fall.
 *
 * <p>A note appended to a sentence, such as the responsibility line in {@code
 * 落实……制度。（省发展改革委……按照职责分工负责）}, or a note that opens one, counts as a sentence of its own here, so
 * that the body sentence matches a copy without the note, and the note matches the same note
 * elsewhere.
 */
final class Sentences {
  /** The shortest content of a bracketed note at the start of a sentence, in code points. */
  private static final int MIN_LEADING_NOTE = 6;

  /** What a sentence is, for the labelling rule of {@link LabelReason}. */
  enum Role {
    BODY,
    NOTE,
    HEADING
  }

  private final int[] text;
  private final int count;
  private final int[] start;
  private final int[] end;
  private final Role[] role;
  private final boolean[] boundary;

  private Sentences(
      int[] text, int count, int[] start, int[] end, Role[] role, boolean[] boundary) {
    this.text = text;
    this.count = count;
    this.start = start;
    this.end = end;
    this.role = role;
    this.boundary = boundary;
  }

  /**
   * The sentences of {@code document} in the comparison text {@code text} of {@code normalized}.
   * Sentences that normalize to nothing are left out.
   */
  static Sentences of(Document document, NormalizedText normalized, int[] text) {
    int capacity = 0;
    for (Unit unit : document.units()) {
      if (unit.kind() == UnitKind.SENTENCE) {
        capacity += 2;
      }
    }
    Builder builder = new Builder(text, capacity);
    OffsetMap map = normalized.offsetMap();
    int from = 0;
    for (Unit unit : document.units()) {
      if (unit.kind() == UnitKind.SENTENCE) {
        // Sentences come in order, so each search starts where the previous one ended.
        Span span = unit.span();
        int start = firstAtOrAfter(map, from, span.start(), false);
        int end = firstAtOrAfter(map, start, span.end(), true);
        if (end > start) {
          builder.add(start, end);
        }
        from = Math.max(from, end);
      }
    }
    return builder.build();
  }

  /**
   * The first normalized offset at or after {@code hint} whose source starts at or after {@code
   * target} (or, when {@code byEnd}, whose source ends after {@code target}), as {@link
   * OffsetMap#toNormalized} computes it; every offset before {@code hint} must fall short of it.
   * Guesses that normalized and source offsets advance together, then gallops.
   */
  private static int firstAtOrAfter(OffsetMap map, int hint, int target, boolean byEnd) {
    int n = map.normalizedLength();
    if (hint >= n || reaches(map, hint, target, byEnd)) {
      return hint;
    }
    // Invariant: offset low falls short; the answer lies in (low, n].
    int low = hint;
    int step = Math.max(1, target - bound(map, hint, byEnd));
    boolean guessing = true;
    while (true) {
      int probe = (int) Math.min(n, (long) low + step);
      if (probe == n || reaches(map, probe, target, byEnd)) {
        int high = probe;
        while (high - low > 1) {
          int mid = (low + high) >>> 1;
          if (reaches(map, mid, target, byEnd)) {
            high = mid;
          } else {
            low = mid;
          }
        }
        return high;
      }
      low = probe;
      step = guessing ? 1 : step * 2;
      guessing = false;
    }
  }

  private static int bound(OffsetMap map, int i, boolean byEnd) {
    return byEnd ? map.sourceEnd(i) : map.sourceStart(i);
  }

  private static boolean reaches(OffsetMap map, int i, int target, boolean byEnd) {
    return byEnd ? map.sourceEnd(i) > target : map.sourceStart(i) >= target;
  }

  /** Collects sentences in order, splitting off appended notes. */
  private static final class Builder {
    private final int[] text;
    private int[] start;
    private int[] end;
    private Role[] role;
    private final boolean[] boundary;
    private int count;

    Builder(int[] text, int capacity) {
      this.text = text;
      this.start = new int[capacity];
      this.end = new int[capacity];
      this.role = new Role[capacity];
      this.boundary = new boolean[text.length + 1];
    }

    void add(int from, int to) {
      if (count > 0 && from < end[count - 1]) {
        return;
      }
      int depth = 0;
      int terminatorEnd = -1;
      int firstClose = -1;
      for (int i = from; i < to; i++) {
        int cp = text[i];
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
          continue; // an ideograph: the common case, neither bracket nor terminator
        }
        int type = Character.getType(cp);
        if (type == Character.START_PUNCTUATION) {
          depth++;
        } else if (type == Character.END_PUNCTUATION) {
          if (depth > 0) {
            depth--;
            if (depth == 0 && firstClose < 0) {
              firstClose = i;
            }
          }
        } else if (depth == 0 && isTerminator(text, i, to)) {
          terminatorEnd = i + 1;
        }
      }
      if (isNoteOpener(text[from])
          && firstClose >= 0
          && onlyPunctuation(text, firstClose + 1, to)) {
        put(from, to, Role.NOTE);
      } else if (isNoteOpener(text[from])
          && firstClose - from - 1 >= MIN_LEADING_NOTE
          && firstClose + 1 < to) {
        // A note that opens a sentence, as when a line starts with the responsibility line of
        // the paragraph before it; shorter brackets are numbering such as （十二）.
        put(from, firstClose + 1, Role.NOTE);
        add(firstClose + 1, to);
      } else if (terminatorEnd < 0) {
        put(from, to, Role.HEADING);
      } else {
        int bodyEnd = terminatorEnd;
        while (bodyEnd < to
            && onlyPunctuation(text, bodyEnd, bodyEnd + 1)
            && !isNoteOpener(text[bodyEnd])) {
          bodyEnd++;
        }
        if (bodyEnd < to && isNote(text, bodyEnd, to)) {
          put(from, bodyEnd, Role.BODY);
          put(bodyEnd, to, Role.NOTE);
        } else {
          put(from, to, Role.BODY);
        }
      }
    }

    private void put(int from, int to, Role what) {
      if (count == start.length) {
        start = Arrays.copyOf(start, count * 2 + 16);
        end = Arrays.copyOf(end, start.length);
        role = Arrays.copyOf(role, start.length);
      }
      start[count] = from;
      end[count] = to;
      role[count] = what;
      boundary[from] = true;
      boundary[to] = true;
      count++;
    }

    Sentences build() {
      return new Sentences(
          text,
          count,
          Arrays.copyOf(start, count),
          Arrays.copyOf(end, count),
          Arrays.copyOf(role, count),
          boundary);
    }
  }

  /** Whether {@code text[from..to)} is one bracketed aside, with only punctuation after it. */
  private static boolean isNote(int[] text, int from, int to) {
    if (!isNoteOpener(text[from])) {
      return false;
    }
    int depth = 0;
    for (int i = from; i < to; i++) {
      int type = Character.getType(text[i]);
      if (type == Character.START_PUNCTUATION) {
        depth++;
      } else if (type == Character.END_PUNCTUATION && --depth == 0) {
        return onlyPunctuation(text, i + 1, to);
      }
    }
    return false;
  }

  private static boolean isNoteOpener(int cp) {
    return cp == '(' || cp == '[' || cp == '（' || cp == '［' || cp == '【' || cp == '〔' || cp == '〖';
  }

  private static boolean onlyPunctuation(int[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Characters.isPunctuation(text[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[i]} ends a sentence: 。！？； or . ! ? ; (a period not inside a number). */
  static boolean isTerminator(int[] text, int i, int limit) {
    int cp = text[i];
    switch (cp) {
      case '。':
      case '｡':
      case '！':
      case '？':
      case '；':
      case '!':
      case '?':
      case ';':
        return true;
      case '.':
        return (i + 1 >= limit || !Character.isLetterOrDigit(text[i + 1]))
            && (i == 0 || text[i - 1] != '.')
            && (i + 1 >= limit || text[i + 1] != '.');
      default:
        return false;
    }
  }

  int count() {
    return count;
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  Role role(int i) {
    return role[i];
  }

  /** Whether a sentence starts or ends at normalized offset {@code offset} (0 to length). */
  boolean isBoundary(int offset) {
    return boundary[offset];
  }

  /** The first sentence that starts at or after {@code offset}; {@link #count()} if none. */
  int firstStartingAtOrAfter(int offset) {
    int found = Arrays.binarySearch(start, 0, count, offset);
    return found >= 0 ? found : -found - 1;
  }

  /** The normalized text the ranges point into. */
  int[] text() {
    return text;
  }

  /**
   * The reason for a passage of whole sentences {@code [from, to)} (normalized): body text if any
   * sentence that overlaps it is, notes if all are, headings otherwise.
   */
  LabelReason reasonForWholeSentences(int from, int to) {
    boolean allNotes = true;
    int first = firstStartingAtOrAfter(from);
    if (first > 0 && end[first - 1] > from) {
      first--;
    }
    for (int i = first; i < count && start[i] < to; i++) {
      if (role[i] == Role.BODY) {
        return LabelReason.BODY_TEXT;
      }
      allNotes &= role[i] == Role.NOTE;
    }
    return allNotes ? LabelReason.NOTE : LabelReason.HEADING;
  }
}
