package org.clausediff.collate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clausediff.compare.InlineDiff;
import org.clausediff.compare.Link;
import org.clausediff.compare.Op;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * What {@link org.clausediff.ClauseDiff#collate} found in one original (or none) and several
 * versions.
 *
 * <p>With an original, {@link #matrix()} has one row per unit of the original (its sections, items
 * and sub-items, and its units of the aligned level, sentences by default, in document order), one
 * cell per version; {@link #additions()} holds what the versions added, units that several versions
 * added alike grouped together. Without an original, {@link #core()} holds the structural units
 * (sections, items, sub-items) that at least {@link #minVersions()} versions share, in a
 * reconstructed order, each with its counterpart in every version, the sentences they share and
 * each version's own sentences; {@link #additions()} holds what fewer versions have.
 *
 * <p>Lists indexed by version ({@code units}, {@code cells}) have one entry per version, in the
 * order the versions were given. Units are units of the respective documents; all offsets are code
 * points of the source texts. Immutable and thread-safe.
 *
 * @param original the original, if one was given
 * @param versions the versions, in the order given
 * @param minVersions the number of versions that must share a unit for it to be core
 * @param matrix with an original: one row per unit of the original; otherwise empty
 * @param core without an original: the shared structural units in reconstructed order; otherwise
 *     empty
 * @param looseCore without an original: shared sentences outside every core unit (in a preamble,
 *     say)
 * @param additions what versions added: structural units and sentences outside them
 */
public record Collation(
    Optional<Document> original,
    List<Document> versions,
    int minVersions,
    List<Row> matrix,
    List<CoreUnit> core,
    List<CoreSentence> looseCore,
    List<Addition> additions) {

  /** Validates the collation and copies its lists. */
  public Collation {
    checkNotNull(original, "original");
    versions = List.copyOf(versions);
    matrix = List.copyOf(matrix);
    core = List.copyOf(core);
    looseCore = List.copyOf(looseCore);
    additions = List.copyOf(additions);
    checkArgument(!versions.isEmpty(), "a collation needs at least one version");
    checkArgument(original.isPresent() || core.isEmpty() || versions.size() >= 2, "no core of one");
    checkArgument(original.isPresent() || matrix.isEmpty(), "a matrix needs an original");
    for (Row row : matrix) {
      checkArgument(row.cells().size() == versions.size(), "a row has one cell per version");
    }
  }

  /** What became of a unit of the original in one version. */
  public enum Status {
    /** Linked, identical and in order: kept verbatim (after normalization, labels left out). */
    KEPT,
    /** Linked and in order, but changed. */
    MODIFIED,
    /** Linked, out of order (identical or changed). */
    MOVED,
    /** No counterpart. */
    ABSENT;

    /** The lowercase name used in reports, e.g. {@code kept}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One cell of the matrix: what became of a unit of the original in one version.
   *
   * @param status kept, modified, moved or absent
   * @param link the link from the original's unit to its counterpart in the version; empty when
   *     absent. Its left units are the original's, its right units the version's
   */
  public record Cell(Status status, Optional<Link> link) {
    /** Validates the cell. */
    public Cell {
      checkNotNull(status, "status");
      checkNotNull(link, "link");
      checkArgument(link.isEmpty() == (status == Status.ABSENT), "absent means without link");
    }

    /** The cell of {@code link}, or an absent cell. */
    public static Cell of(Optional<Link> link) {
      if (link.isEmpty()) {
        return new Cell(Status.ABSENT, link);
      }
      Link l = link.get();
      Status status = l.moved() ? Status.MOVED : l.identical() ? Status.KEPT : Status.MODIFIED;
      return new Cell(status, link);
    }

    /** The op of the link (which tells splits and merges), if linked. */
    public Optional<Op> op() {
      return link.map(Link::op);
    }

    /** The similarity of the link, if linked. */
    public OptionalDouble similarity() {
      return link.isEmpty()
          ? OptionalDouble.empty()
          : OptionalDouble.of(link.get().similarity().value());
    }

    /** The version's units linked to the original's unit; empty when absent. */
    public List<Unit> counterparts() {
      return link.map(Link::rightUnits).orElse(List.of());
    }
  }

  /**
   * One row of the matrix.
   *
   * @param unit a unit of the original
   * @param cells what became of it in each version
   */
  public record Row(Unit unit, List<Cell> cells) {
    /** Validates the row and copies its cells. */
    public Row {
      checkNotNull(unit, "unit");
      cells = List.copyOf(cells);
    }
  }

  /**
   * A sentence (or other unit of the aligned level) that several versions share.
   *
   * @param units each version's counterpart, empty where it has none
   * @param reference the version whose counterpart the others are compared with: the one most
   *     similar to the rest
   * @param similarity each counterpart's similarity to the reference's (1 for the reference, empty
   *     where absent)
   * @param diffs the character diff from the reference's counterpart to each version's (none for
   *     the reference, for identical counterparts and where absent)
   */
  public record CoreSentence(
      List<Optional<Unit>> units,
      int reference,
      List<OptionalDouble> similarity,
      List<InlineDiff> diffs) {
    /** Validates the sentence and copies its lists. */
    public CoreSentence {
      units = List.copyOf(units);
      similarity = List.copyOf(similarity);
      diffs = List.copyOf(diffs);
      checkArgument(
          units.size() == similarity.size() && units.size() == diffs.size(),
          "one entry per version");
      checkArgument(units.get(reference).isPresent(), "the reference is present");
    }

    /** The number of versions that have a counterpart. */
    public int shared() {
      return (int) units.stream().filter(Optional::isPresent).count();
    }
  }

  /**
   * A structural unit (section, item or sub-item) that several versions share.
   *
   * @param units each version's counterpart, empty where it has none
   * @param reference the version whose counterpart is most similar to the others'
   * @param similarity each counterpart's structural similarity to the reference's (1 for the
   *     reference; empty where absent, or where the two were not linked directly but through a
   *     third version)
   * @param sentences the shared sentences that lie in this unit (and in no core unit inside it)
   * @param own each version's sentences here that no other version shares enough to be core: its
   *     deviations
   */
  public record CoreUnit(
      List<Optional<Unit>> units,
      int reference,
      List<OptionalDouble> similarity,
      List<CoreSentence> sentences,
      List<List<Unit>> own) {
    /** Validates the unit and copies its lists. */
    public CoreUnit {
      units = List.copyOf(units);
      similarity = List.copyOf(similarity);
      sentences = List.copyOf(sentences);
      own = own.stream().map(List::copyOf).toList();
      checkArgument(
          units.size() == similarity.size() && units.size() == own.size(), "one entry per version");
      checkArgument(units.get(reference).isPresent(), "the reference is present");
    }

    /** The number of versions that have a counterpart. */
    public int shared() {
      return (int) units.stream().filter(Optional::isPresent).count();
    }

    /** The reference's unit. */
    public Unit referenceUnit() {
      return units.get(reference).orElseThrow();
    }
  }

  /**
   * Something that one version, or fewer than {@link #minVersions()} versions alike, added: a
   * structural unit, or a sentence outside every such unit and every core unit.
   *
   * @param units each version's unit, empty for the versions that do not have it; at least one
   *     present
   */
  public record Addition(List<Optional<Unit>> units) {
    /** Validates the addition and copies its units. */
    public Addition {
      units = List.copyOf(units);
      checkArgument(units.stream().anyMatch(Optional::isPresent), "an addition has a unit");
    }

    /** The number of versions that have it. */
    public int shared() {
      return (int) units.stream().filter(Optional::isPresent).count();
    }

    /** The first version that has it. */
    public int firstVersion() {
      for (int v = 0; v < units.size(); v++) {
        if (units.get(v).isPresent()) {
          return v;
        }
      }
      throw new AssertionError(units);
    }

    /** The unit of the first version that has it. */
    public Unit firstUnit() {
      return units.get(firstVersion()).orElseThrow();
    }
  }

  /** The additions of version {@code v} (alone or shared), in the order of {@link #additions()}. */
  public List<Addition> additionsOf(int v) {
    return additions.stream().filter(a -> a.units().get(v).isPresent()).toList();
  }
}
