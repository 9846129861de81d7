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
 * versions: {@link AgainstOriginal} when an original was given, {@link Reconstructed} when the
 * versions were collated among themselves.
 *
 * <p>Lists indexed by version ({@code units}, {@code cells}) have one entry per version, in the
 * order the versions were given. Units are units of the respective documents; all offsets are code
 * points of the source texts. Immutable and thread-safe.
 *
 * <p>Longer than 350 lines: it is the closed family of a collation's values — the two variants and
 * the rows, cells, verdicts and additions they are made of — each a small validated record; kept in
 * one file so that the whole shape of a collation reads in one place, as the JSON report mirrors
 * it.
 */
public sealed interface Collation permits Collation.AgainstOriginal, Collation.Reconstructed {

  /** The versions, in the order given. */
  List<Document> versions();

  /** The number of versions that must share a unit for it to be core (or a shared addition). */
  int minVersions();

  /**
   * What versions added: structural units and sentences outside them, units that several versions
   * added alike grouped together.
   */
  List<Addition> additions();

  /** The additions of version {@code v} (alone or shared), in the order of {@link #additions()}. */
  default List<Addition> additionsOf(int v) {
    return additions().stream().filter(a -> a.units().get(v).isPresent()).toList();
  }

  /**
   * The similarity of every two versions, {@code versionSimilarity().get(a).get(b)}: the share of
   * the two texts that their pairwise alignment links, weighted by each link's edit similarity (the
   * document similarity of {@code compare}); 1 on the diagonal, symmetric.
   */
  List<List<Double>> versionSimilarity();

  /**
   * The share of the common ground that version {@code v} covers, in [0, 1]: against an original,
   * the share of the original's units it has a counterpart for; reconstructed, the share of the
   * core's units and sentences it has.
   */
  double coverage(int v);

  /** A copy of {@code matrix}, checked to be {@code n × n}. */
  private static List<List<Double>> squareMatrix(List<List<Double>> matrix, int n) {
    List<List<Double>> copy = matrix.stream().map(List::copyOf).toList();
    checkArgument(
        copy.size() == n && copy.stream().allMatch(row -> row.size() == n),
        "a version similarity matrix is %s × %s",
        n,
        n);
    return copy;
  }

  /**
   * A collation against an original: {@link #matrix()} has one row per unit of the original (its
   * sections, items and sub-items, and its units of the aligned level, sentences by default, in
   * document order), one cell per version.
   *
   * @param original the original
   * @param versions the versions, in the order given
   * @param minVersions the number of versions that must share a unit for it to be core
   * @param matrix one row per unit of the original
   * @param additions what the versions added that the original lacks
   * @param versionSimilarity the similarity of every two versions, see {@link
   *     Collation#versionSimilarity()}
   */
  record AgainstOriginal(
      Document original,
      List<Document> versions,
      int minVersions,
      List<Row> matrix,
      List<Addition> additions,
      List<List<Double>> versionSimilarity)
      implements Collation {

    /** Validates the collation and copies its lists. */
    public AgainstOriginal {
      checkNotNull(original, "original");
      versions = List.copyOf(versions);
      matrix = List.copyOf(matrix);
      additions = List.copyOf(additions);
      versionSimilarity = squareMatrix(versionSimilarity, versions.size());
      checkArgument(!versions.isEmpty(), "a collation needs at least one version");
      for (Row row : matrix) {
        checkArgument(row.cells().size() == versions.size(), "a row has one cell per version");
      }
    }

    @Override
    public double coverage(int v) {
      long present = matrix.stream().filter(row -> row.cells().get(v).link().isPresent()).count();
      return matrix.isEmpty() ? 1.0 : (double) present / matrix.size();
    }
  }

  /**
   * A collation without an original: {@link #core()} holds the structural units (sections, items,
   * sub-items) that at least {@link #minVersions()} versions share, in a reconstructed order, each
   * with its counterpart in every version, the sentences they share and each version's own
   * sentences; {@link #additions()} holds what fewer versions have.
   *
   * @param versions the versions, in the order given; at least two
   * @param minVersions the number of versions that must share a unit for it to be core
   * @param core the shared structural units in reconstructed order
   * @param looseCore shared sentences outside every core unit (in a preamble, say)
   * @param additions what fewer than {@code minVersions} versions have
   * @param versionSimilarity the similarity of every two versions, see {@link
   *     Collation#versionSimilarity()}
   */
  record Reconstructed(
      List<Document> versions,
      int minVersions,
      List<CoreUnit> core,
      List<CoreSentence> looseCore,
      List<Addition> additions,
      List<List<Double>> versionSimilarity)
      implements Collation {

    /** Validates the collation and copies its lists. */
    public Reconstructed {
      versions = List.copyOf(versions);
      core = List.copyOf(core);
      looseCore = List.copyOf(looseCore);
      additions = List.copyOf(additions);
      versionSimilarity = squareMatrix(versionSimilarity, versions.size());
      checkArgument(versions.size() >= 2, "a reconstructed core needs at least two versions");
    }

    @Override
    public double coverage(int v) {
      long rows = 0;
      long present = 0;
      for (CoreUnit unit : core) {
        rows += 1 + unit.sentences().size();
        present += unit.units().get(v).isPresent() ? 1 : 0;
        present += unit.sentences().stream().filter(s -> s.units().get(v).isPresent()).count();
      }
      rows += looseCore.size();
      present += looseCore.stream().filter(s -> s.units().get(v).isPresent()).count();
      return rows == 0 ? 1.0 : (double) present / rows;
    }
  }

  /**
   * What a version did with one row of a collation, in a word: kept it as the common wording has
   * it, reworded it, dropped it, or added it (a row only some versions have).
   */
  enum Verdict {
    /** Present and worded as the original, or as the consensus (after normalization). */
    KEPT,
    /** Present but worded differently. */
    REWORDED,
    /** Absent: the original, or most versions, have it and this version does not. */
    DROPPED,
    /** Present in a row that the original lacks, or that too few versions share to be core. */
    ADDED;

    /** The lowercase name used in reports, e.g. {@code reworded}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The verdict of a counterpart with {@code similarity} to the common wording, if present. */
    static Verdict of(OptionalDouble similarity) {
      if (similarity.isEmpty()) {
        return DROPPED;
      }
      return similarity.getAsDouble() == 1.0 ? KEPT : REWORDED;
    }
  }

  /**
   * One cell of the matrix: what became of a unit of the original in one version.
   *
   * @param link the link from the original's unit to its counterpart in the version; empty when the
   *     version dropped it. Its left units are the original's, its right units the version's
   */
  record Cell(Optional<Link> link) {
    /** Validates the cell. */
    public Cell {
      checkNotNull(link, "link");
    }

    /** The cell of {@code link}, or a dropped cell. */
    public static Cell of(Optional<Link> link) {
      return new Cell(link);
    }

    /** Whether the counterpart is out of the original's order. */
    public boolean moved() {
      return link.map(Link::moved).orElse(false);
    }

    /** Kept (linked and identical, in order or moved), reworded (linked, changed) or dropped. */
    public Verdict verdict() {
      if (link.isEmpty()) {
        return Verdict.DROPPED;
      }
      return link.get().identical() ? Verdict.KEPT : Verdict.REWORDED;
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
  record Row(Unit unit, List<Cell> cells) {
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
   * @param consensus the wording that at least {@link Collation#minVersions()} of the counterparts
   *     share, in the reference's order: the row's neutral label
   * @param toConsensus each counterpart's similarity to the consensus (the Dice coefficient of
   *     their longest common subsequence; 1 when worded exactly so); empty where absent
   */
  record CoreSentence(
      List<Optional<Unit>> units,
      int reference,
      List<OptionalDouble> similarity,
      List<InlineDiff> diffs,
      String consensus,
      List<OptionalDouble> toConsensus) {
    /** Validates the sentence and copies its lists. */
    public CoreSentence {
      units = List.copyOf(units);
      similarity = List.copyOf(similarity);
      diffs = List.copyOf(diffs);
      checkNotNull(consensus, "consensus");
      toConsensus = List.copyOf(toConsensus);
      checkArgument(
          units.size() == similarity.size()
              && units.size() == diffs.size()
              && units.size() == toConsensus.size(),
          "one entry per version");
      checkArgument(units.get(reference).isPresent(), "the reference is present");
    }

    /** Kept (worded as the consensus), reworded or dropped by version {@code v}. */
    public Verdict verdict(int v) {
      return Verdict.of(toConsensus.get(v));
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
   * @param consensus the heading title that at least {@link Collation#minVersions()} of the
   *     counterparts share, in the reference's order: the row's neutral label
   * @param toConsensus each counterpart's title's similarity to the consensus; empty where absent
   */
  record CoreUnit(
      List<Optional<Unit>> units,
      int reference,
      List<OptionalDouble> similarity,
      List<CoreSentence> sentences,
      List<List<Unit>> own,
      String consensus,
      List<OptionalDouble> toConsensus) {
    /** Validates the unit and copies its lists. */
    public CoreUnit {
      units = List.copyOf(units);
      similarity = List.copyOf(similarity);
      sentences = List.copyOf(sentences);
      own = own.stream().map(List::copyOf).toList();
      checkNotNull(consensus, "consensus");
      toConsensus = List.copyOf(toConsensus);
      checkArgument(
          units.size() == similarity.size()
              && units.size() == own.size()
              && units.size() == toConsensus.size(),
          "one entry per version");
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

    /** Kept (its heading titled as the consensus), reworded or dropped by version {@code v}. */
    public Verdict verdict(int v) {
      return Verdict.of(toConsensus.get(v));
    }
  }

  /** Whether an addition is new content, or only a unit that the core does not hold as such. */
  enum AdditionKind {
    /** Content that fewer than {@link Collation#minVersions()} versions have. */
    NEW,
    /**
     * A structural unit whose sentences are mostly in the core (in another unit of the core): a
     * heading this version put over shared content, such as sub-items that split a shared item.
     */
    CORE_CONTENT,
    /**
     * Another copy of what this version already has in the core: it corresponds to a core unit or
     * sentence of another version, but the version's place in that row is taken by its first copy
     * (a duplicated passage).
     */
    EXTRA_COPY;

    /** The lowercase name used in reports, e.g. {@code extra-copy}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Something that one version, or fewer than {@link #minVersions()} versions alike, added: a
   * structural unit, or a sentence outside every such unit and every core unit.
   *
   * @param units each version's unit, empty for the versions that do not have it; at least one
   *     present
   * @param kind whether it is new content, or only looks new
   */
  record Addition(List<Optional<Unit>> units, AdditionKind kind) {
    /** Validates the addition and copies its units. */
    public Addition {
      units = List.copyOf(units);
      checkNotNull(kind, "kind");
      checkArgument(units.stream().anyMatch(Optional::isPresent), "an addition has a unit");
    }

    /** New content. */
    public Addition(List<Optional<Unit>> units) {
      this(units, AdditionKind.NEW);
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
}
