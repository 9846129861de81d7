package org.clausediff.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausediff.text.SourceText;
import org.clausediff.text.Span;

/**
 * A segmented document: a tree of {@link Unit}s over a {@link SourceText}.
 *
 * <p>The roots are the units that no numbered part contains (the preamble's paragraphs, the
 * sections). The tree tiles the text: every code point that is not white space belongs to exactly
 * one leaf — a clause, or a sentence in a document segmented without clauses ({@link
 * SegmentOptions#clauses()}); either every sentence has clauses or none has. Instances are
 * immutable and thread-safe.
 */
public final class Document {
  private final SourceText source;
  private final ImmutableList<Unit> roots;
  private final ImmutableList<Unit> units;
  private final int[] parents;
  private final ImmutableMap<UnitKind, ImmutableList<Unit>> unitsByKind;
  private final Optional<Span> tableOfContents;
  private final ImmutableSet<Span> responsibilityNotes;

  private Document(
      SourceText source,
      ImmutableList<Unit> roots,
      Optional<Span> tableOfContents,
      ImmutableSet<Span> responsibilityNotes) {
    this.source = source;
    this.roots = roots;
    this.tableOfContents = tableOfContents;
    this.responsibilityNotes = responsibilityNotes;
    Indexer indexer = new Indexer(source);
    for (Unit root : roots) {
      indexer.add(root, -1);
    }
    this.units = indexer.all.build();
    Map<UnitKind, ImmutableList<Unit>> byKind = new EnumMap<>(UnitKind.class);
    for (UnitKind kind : UnitKind.values()) {
      byKind.put(kind, indexer.byKind.get(kind.ordinal()).build());
    }
    this.unitsByKind = Maps.immutableEnumMap(byKind);
    this.parents = Arrays.copyOf(indexer.parents, units.size());
    int leafSentences = indexer.leafSentences;
    checkArgument(
        leafSentences == 0 || unitsByKind.get(UnitKind.CLAUSE).isEmpty(),
        "%s sentences without clauses in a document with clauses",
        leafSentences);
  }

  /**
   * Whether {@code unit} lies in the document's table of contents (目录 and the chapter titles after
   * it, at the start of a law): such lines are no chapters, and an aligner links them only to lines
   * of the other document's table of contents.
   *
   * @throws IllegalArgumentException if the unit is not of this document
   */
  public boolean isInTableOfContents(Unit unit) {
    checkOwn(unit);
    return tableOfContents.isPresent() && tableOfContents.get().encloses(unit.span());
  }

  /**
   * Returns the document over {@code source} with top-level units {@code roots}.
   *
   * @throws IllegalArgumentException if the units' indexes are not their pre-order positions, a
   *     span lies outside the text, or some sentences have clauses and others not
   */
  public static Document of(SourceText source, List<Unit> roots) {
    return of(source, roots, Optional.empty(), List.of());
  }

  /**
   * Returns the document over {@code source} with top-level units {@code roots}, the span of its
   * table of contents (目录 and the chapter titles after it) if it has one, and the spans of its
   * sentences that are responsibility notes; see {@link #isInTableOfContents} and {@link
   * #isResponsibilityNote}. The segmenter finds both.
   *
   * @throws IllegalArgumentException as {@link #of(SourceText, List)}, or if a span lies outside
   *     the text
   */
  public static Document of(
      SourceText source,
      List<Unit> roots,
      Optional<Span> tableOfContents,
      List<Span> responsibilityNotes) {
    checkNotNull(source, "source");
    checkNotNull(tableOfContents, "tableOfContents");
    tableOfContents.ifPresent(source::checkSpan);
    responsibilityNotes.forEach(source::checkSpan);
    return new Document(
        source,
        ImmutableList.copyOf(roots),
        tableOfContents,
        ImmutableSet.copyOf(responsibilityNotes));
  }

  /**
   * Lists the units in pre-order, by kind and with their parents, checking each index and span: one
   * walk over the tree, which touches each unit once.
   */
  private static final class Indexer {
    final SourceText source;
    final int length;
    final ImmutableList.Builder<Unit> all = ImmutableList.builder();
    final List<ImmutableList.Builder<Unit>> byKind = new ArrayList<>();
    int[] parents = new int[16];
    int size;
    int leafSentences;

    Indexer(SourceText source) {
      this.source = source;
      this.length = source.length();
      for (int k = 0; k < UnitKind.values().length; k++) {
        byKind.add(ImmutableList.builder());
      }
    }

    void add(Unit unit, int parent) {
      int i = size++;
      List<Unit> children = unit.children();
      if (unit.kind() == UnitKind.SENTENCE && children.isEmpty()) {
        leafSentences++;
      }
      if (unit.index() != i) {
        throw new IllegalArgumentException(
            Strings.lenientFormat("unit %s has index %s, expected %s", unit, unit.index(), i));
      }
      if (unit.span().end() > length) {
        source.checkSpan(unit.span());
      }
      all.add(unit);
      byKind.get(unit.kind().ordinal()).add(unit);
      if (i == parents.length) {
        parents = Arrays.copyOf(parents, i * 2);
      }
      parents[i] = parent;
      for (int c = 0; c < children.size(); c++) {
        add(children.get(c), i);
      }
    }
  }

  /** The document's name (that of its source). */
  public String name() {
    return source.name();
  }

  /** The text the units point into. */
  public SourceText source() {
    return source;
  }

  /** The top-level units, in document order. */
  public List<Unit> roots() {
    return roots;
  }

  /** Every unit in pre-order: a unit comes before its children; {@code units().get(u.index())}. */
  public List<Unit> units() {
    return units;
  }

  /** The units of {@code kind}, in document order. */
  public List<Unit> units(UnitKind kind) {
    return unitsByKind.get(checkNotNull(kind, "kind"));
  }

  /** The numbered units (sections, items, sub-items), in document order. */
  public List<Unit> structuralUnits() {
    return units.stream()
        .filter(u -> u.kind().isStructural())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The leaves, in document order: the clauses, or the sentences of a document segmented without
   * clauses.
   */
  public List<Unit> leaves() {
    List<Unit> clauses = units(UnitKind.CLAUSE);
    return clauses.isEmpty() ? units(UnitKind.SENTENCE) : clauses;
  }

  /** The unit that contains {@code unit} directly, if any. */
  public Optional<Unit> parent(Unit unit) {
    int parent = parents[checkOwn(unit)];
    return parent < 0 ? Optional.empty() : Optional.of(units.get(parent));
  }

  /** The units that contain {@code unit}, outermost first. */
  public List<Unit> ancestors(Unit unit) {
    List<Unit> chain = new ArrayList<>();
    for (int p = parents[checkOwn(unit)]; p >= 0; p = parents[p]) {
      chain.add(units.get(p));
    }
    return ImmutableList.copyOf(chain).reverse();
  }

  /**
   * The headings of the numbered units that contain {@code unit} (and of {@code unit} itself if it
   * is numbered), outermost first.
   */
  public List<Heading> headingPath(Unit unit) {
    ImmutableList.Builder<Heading> path = ImmutableList.builder();
    for (Unit ancestor : ancestors(unit)) {
      ancestor.heading().ifPresent(path::add);
    }
    unit.heading().ifPresent(path::add);
    return path.build();
  }

  /**
   * The section path of {@code unit} for people, e.g. {@code 二、不断提升政府服务能力和水平 › （四）着力提高行政审批服务效能 ›
   * 1.优化商事制度审批服务}; empty for a unit outside every numbered part.
   */
  public String sectionPath(Unit unit) {
    List<Heading> headings = headingPath(unit);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < headings.size(); i++) {
      path.append(i == 0 ? "" : " › ").append(headings.get(i).text());
    }
    return path.toString();
  }

  /**
   * Whether {@code unit} is a responsibility note: a sentence (or a clause) that is one bracketed
   * line naming who carries out the measure before it, such as {@code （省发展改革委、省商务厅负责）}, {@code
   * （责任单位：省科技厅）} or {@code （牵头单位：…）} (also in Traditional characters). The segmenter makes such
   * notes sentences of their own, so that they are linked on their own; a report can show a change
   * between two notes as a change of responsibility rather than of the measure. A clause is a note
   * when it is the whole note sentence.
   *
   * @throws IllegalArgumentException if the unit is not of this document
   */
  public boolean isResponsibilityNote(Unit unit) {
    checkOwn(unit);
    if (unit.kind() != UnitKind.SENTENCE && unit.kind() != UnitKind.CLAUSE) {
      return false;
    }
    return responsibilityNotes.contains(unit.span());
  }

  /** The source text of {@code unit}. */
  public String text(Unit unit) {
    return source.substring(unit.span());
  }

  private int checkOwn(Unit unit) {
    // Identity first: equals() of a record compares the whole subtree.
    checkArgument(
        unit.index() < units.size()
            && (units.get(unit.index()) == unit || units.get(unit.index()).equals(unit)),
        "unit %s does not belong to %s",
        unit.span(),
        name());
    return unit.index();
  }

  @Override
  public String toString() {
    return "Document[" + name() + ", " + units.size() + " units]";
  }

  /**
   * Whether {@code other} is a document of the same source text (the same instance) with the same
   * units.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Document
        && ((Document) other).source == source
        && ((Document) other).roots.equals(roots);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(source) * 31 + roots.size();
  }
}
