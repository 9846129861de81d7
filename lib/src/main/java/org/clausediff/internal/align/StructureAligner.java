package org.clausediff.internal.align;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.clausediff.compare.Link;
import org.clausediff.compare.Measure;
import org.clausediff.compare.Similarity;
import org.clausediff.internal.similarity.KeyScorer;
import org.clausediff.internal.similarity.ShingleFrequencies;
import org.clausediff.internal.similarity.ShingleSet;
import org.clausediff.internal.similarity.UnitKeys;
import org.clausediff.internal.similarity.WeightedShingles;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * Aligns the structural units (sections, items, sub-items) of two documents, after their sentences
 * are aligned: reviewers think in numbered items, and an item whose sentences were all paraphrased
 * still has a counterpart.
 *
 * <ol>
 *   <li>Candidates: when the two documents have at most {@value #ALL_PAIRS} pairs of structural
 *       units, every pair. Otherwise the pairs that contain the two ends of a sentence link (a link
 *       adds to each pair of their ancestors, so {@code O(links · depth²)}), keeping for each unit
 *       those whose link share is at least {@value #PRUNE} of its best.
 *   <li>Score ({@link Measure#STRUCTURE}): {@link Measure#LINK_SHARE}, {@link Measure#TFIDF_COSINE}
 *       of their text (vectors built bottom-up by linear merges, over a fixed sample of the
 *       shingles above {@value #SAMPLE_ABOVE} shingles in all) and {@link Measure#TITLE} similarity
 *       of their headings. Pairs scoring at least {@value #MIN_SCORE} are proposals.
 *   <li>Selection: proposals best first, each unit linked once, any kinds (an item may correspond
 *       to a section; such a link ranks with {@value #CROSS_KIND} of its score, so that an item
 *       prefers an item over a sub-item inside it). A proposal whose unit on one side is free and
 *       whose partner is already linked makes that link a split or a merge instead, when the free
 *       unit is of the same kind as the units it joins, nested in none of them, has at least
 *       {@value #GROUP_SHARE} of its linked content in the partner, and the units joined score
 *       {@value #GROUP_MARGIN} more, or close {@value #GROUP_GAIN} of the gap between the link's
 *       score and 1 if that is less. A split or merge of exactly the structural children of an
 *       unlinked unit becomes a link of that unit.
 *   <li>Moves: the heaviest increasing subsequence of the links by their start offsets.
 * </ol>
 */
final class StructureAligner {
  static final int ALL_PAIRS = 40_000;
  static final double MIN_SCORE = 0.12;
  static final double GROUP_MARGIN = 0.02;
  static final double GROUP_GAIN = 0.2;
  static final double GROUP_SHARE = 0.5;
  static final double CROSS_KIND = 0.85;
  static final double PRUNE = 0.5;
  static final long SAMPLE_ABOVE = 2_000_000;

  /** Shared content is summed as integers in units of 2^-24 tokens. */
  private static final double FIXED = 1 << 24;

  private final UnitKeys leftKeys;
  private final UnitKeys rightKeys;
  private final KeyScorer scorer;
  private final Side left;
  private final Side right;
  private final ShingleFrequencies frequencies;

  StructureAligner(UnitKeys leftKeys, UnitKeys rightKeys, KeyScorer scorer) {
    this.leftKeys = leftKeys;
    this.rightKeys = rightKeys;
    this.scorer = scorer;
    long total = 0;
    for (int p = 0; p < leftKeys.size(); p++) {
      total += leftKeys.shingles(p).size();
    }
    for (int q = 0; q < rightKeys.size(); q++) {
      total += rightKeys.shingles(q).size();
    }
    int every = 1;
    while (total / every > SAMPLE_ABOVE) {
      every *= 2;
    }
    List<ShingleSet> all = new ArrayList<>(leftKeys.size() + rightKeys.size());
    for (int p = 0; p < leftKeys.size(); p++) {
      all.add(leftKeys.shingles(p).sample(every));
    }
    for (int q = 0; q < rightKeys.size(); q++) {
      all.add(rightKeys.shingles(q).sample(every));
    }
    this.frequencies = ShingleFrequencies.of(all);
    this.left = new Side(leftKeys, frequencies, 0);
    this.right = new Side(rightKeys, frequencies, leftKeys.size());
  }

  /** The structural links implied by the level links {@code levelLinks}. */
  List<Link> align(List<Proposal> levelLinks) {
    if (left.units.isEmpty() || right.units.isEmpty()) {
      return List.of();
    }
    PairSums shared = sharedContent(levelLinks);
    double[] linkedLeft = left.linkedContent(levelLinks, true);
    double[] linkedRight = right.linkedContent(levelLinks, false);
    List<long[]> pairs = new ArrayList<>();
    if ((long) left.units.size() * right.units.size() <= ALL_PAIRS) {
      for (int a = 0; a < left.units.size(); a++) {
        for (int b = 0; b < right.units.size(); b++) {
          pairs.add(new long[] {a, b});
        }
      }
    } else {
      for (long k : shared.sortedPairs()) {
        pairs.add(new long[] {k >>> 32, k & 0xFFFFFFFFL});
      }
    }
    List<Scored> proposals = new ArrayList<>();
    for (long[] pair : pairs) {
      int a = (int) pair[0];
      int b = (int) pair[1];
      if (left.length[a] == 0 || right.length[b] == 0) {
        continue;
      }
      Scored scored = score(List.of(a), List.of(b), content(shared.shared(a, b)), title(a, b));
      if (scored.similarity.value() >= MIN_SCORE) {
        proposals.add(scored);
      }
    }
    proposals.sort(this::byPreference);
    int[] linkOfLeft = new int[left.units.size()];
    int[] linkOfRight = new int[right.units.size()];
    Arrays.fill(linkOfLeft, -1);
    Arrays.fill(linkOfRight, -1);
    List<Scored> links = new ArrayList<>();
    for (Scored proposal : proposals) {
      int a = proposal.lefts.get(0);
      int b = proposal.rights.get(0);
      if (linkOfLeft[a] < 0 && linkOfRight[b] < 0) {
        linkOfLeft[a] = links.size();
        linkOfRight[b] = links.size();
        links.add(proposal);
      } else if (linkOfLeft[a] < 0) {
        // The right unit is taken: the left unit may join its link (a merge).
        Scored link = links.get(linkOfRight[b]);
        if (link.rights.size() == 1 && joins(left, link.lefts, a, shared, b, linkedLeft[a], true)) {
          Scored grown = grow(link, a, true, shared);
          if (improves(grown, link)) {
            links.set(linkOfRight[b], grown);
            linkOfLeft[a] = linkOfRight[b];
          }
        }
      } else if (linkOfRight[b] < 0) {
        // The left unit is taken: the right unit may join its link (a split).
        Scored link = links.get(linkOfLeft[a]);
        if (link.lefts.size() == 1
            && joins(right, link.rights, b, shared, a, linkedRight[b], false)) {
          Scored grown = grow(link, b, false, shared);
          if (improves(grown, link)) {
            links.set(linkOfLeft[a], grown);
            linkOfRight[b] = linkOfLeft[a];
          }
        }
      }
    }
    collapseChildren(links, linkOfLeft, linkOfRight, shared);
    return toLinks(links);
  }

  /**
   * Replaces a split or merge whose several units are all the structural children of one unlinked
   * unit by a link of that unit: {@code （十五）} rather than its sub-items 1 and 2.
   */
  private void collapseChildren(
      List<Scored> links, int[] linkOfLeft, int[] linkOfRight, PairSums shared) {
    for (int i = 0; i < links.size(); i++) {
      Scored link = links.get(i);
      boolean manyLeft = link.lefts.size() > 1;
      if (!manyLeft && link.rights.size() == 1) {
        continue;
      }
      Side side = manyLeft ? left : right;
      int[] linkOf = manyLeft ? linkOfLeft : linkOfRight;
      int parent = side.parentOf(manyLeft ? link.lefts : link.rights);
      if (parent < 0 || linkOf[parent] >= 0) {
        continue;
      }
      List<Integer> lefts = manyLeft ? List.of(parent) : link.lefts;
      List<Integer> rights = manyLeft ? link.rights : List.of(parent);
      long sharedSum = 0;
      double titleScore = -1;
      for (int a : lefts) {
        for (int b : rights) {
          sharedSum += shared.shared(a, b);
          titleScore = Math.max(titleScore, title(a, b));
        }
      }
      for (int member : manyLeft ? link.lefts : link.rights) {
        linkOf[member] = -1;
      }
      linkOf[parent] = i;
      links.set(i, score(lefts, rights, content(sharedSum), titleScore));
    }
  }

  /**
   * Whether {@code grown} scores enough better than {@code link}: by {@value #GROUP_MARGIN}, or by
   * {@value #GROUP_GAIN} of what {@code link} lacks to a perfect score if that is less.
   */
  private static boolean improves(Scored grown, Scored link) {
    double before = link.similarity.value();
    double after = grown.similarity.value();
    return after > before && after - before >= Math.min(GROUP_MARGIN, GROUP_GAIN * (1 - before));
  }

  /**
   * Whether unit {@code x} of {@code side} may join {@code members} in a link to {@code partner}:
   * it is nested in none of them (nor they in it), and most of its linked content goes to the
   * partner.
   */
  private boolean joins(
      Side side,
      List<Integer> members,
      int x,
      PairSums shared,
      int partner,
      double linked,
      boolean isLeft) {
    Unit unit = side.units.get(x);
    for (int m : members) {
      Unit member = side.units.get(m);
      if (member.kind() != unit.kind() || member.span().overlaps(unit.span())) {
        return false;
      }
    }
    double toPartner = content(isLeft ? shared.fromLeft(x, partner) : shared.fromRight(partner, x));
    return linked > 0 && toPartner / linked >= GROUP_SHARE;
  }

  private Scored grow(Scored link, int added, boolean addLeft, PairSums shared) {
    List<Integer> lefts = new ArrayList<>(link.lefts);
    List<Integer> rights = new ArrayList<>(link.rights);
    (addLeft ? lefts : rights).add(added);
    Comparator<Integer> byStart =
        Comparator.comparingInt(i -> (addLeft ? left : right).units.get(i).span().start());
    (addLeft ? lefts : rights).sort(byStart);
    long sharedSum = 0;
    double titleScore = 0;
    boolean titled = true;
    for (int a : lefts) {
      for (int b : rights) {
        sharedSum += shared.shared(a, b);
        double t = title(a, b);
        titled &= t >= 0;
        titleScore = Math.max(titleScore, t);
      }
    }
    return score(lefts, rights, content(sharedSum), titled ? titleScore : -1);
  }

  /** Scores the structural units {@code lefts} (joined) against {@code rights} (joined). */
  private Scored score(
      List<Integer> lefts, List<Integer> rights, double sharedContent, double title) {
    long lengths = 0;
    for (int a : lefts) {
      lengths += left.length[a];
    }
    for (int b : rights) {
      lengths += right.length[b];
    }
    double linkShare = Math.min(1.0, sharedContent / lengths);
    double cosine =
        left.vector(lefts, frequencies).cosine(right.vector(rights, frequencies), frequencies);
    double value;
    ImmutableMap.Builder<Measure, Double> parts = ImmutableMap.builder();
    parts.put(Measure.LINK_SHARE, linkShare).put(Measure.TFIDF_COSINE, cosine);
    if (title >= 0) {
      parts.put(Measure.TITLE, title);
      value = 0.5 * linkShare + 0.3 * cosine + 0.2 * title;
    } else {
      value = (5 * linkShare + 3 * cosine) / 8;
    }
    boolean identical = identical(lefts, rights);
    Similarity similarity =
        identical
            ? Similarity.identical(
                Measure.STRUCTURE,
                title >= 0
                    ? List.of(Measure.LINK_SHARE, Measure.TFIDF_COSINE, Measure.TITLE)
                    : List.of(Measure.LINK_SHARE, Measure.TFIDF_COSINE))
            : new Similarity(Measure.STRUCTURE, Math.min(1.0, value), parts.build());
    boolean sameKind = left.units.get(lefts.get(0)).kind() == right.units.get(rights.get(0)).kind();
    double rank = similarity.value() * (sameKind ? 1.0 : CROSS_KIND);
    return new Scored(lefts, rights, similarity, identical, lengths, rank);
  }

  /** The title similarity of two structural units, or -1 when either title is empty. */
  private double title(int a, int b) {
    ShingleSet x = left.titles[a];
    ShingleSet y = right.titles[b];
    if (x.isEmpty() || y.isEmpty()) {
      return -1;
    }
    return ShingleSet.dice(x.intersectionSize(y), x.size(), y.size());
  }

  private boolean identical(List<Integer> lefts, List<Integer> rights) {
    if (lefts.size() != 1 || rights.size() != 1) {
      return false;
    }
    int[] l = left.positions[lefts.get(0)];
    int[] r = right.positions[rights.get(0)];
    return l[1] > l[0] && r[1] > r[0] && scorer.identical(l[0], l[1], r[0], r[1]);
  }

  /**
   * Whether {@code link} joins responsibility notes only ({@code （省发展改革委负责）} to {@code （省商务厅负责）}):
   * the same departments recur across items, so such a link is no evidence that the items around
   * its ends correspond.
   */
  private boolean linksNotes(Proposal link) {
    for (int p = link.lFrom(); p < link.lTo(); p++) {
      if (!left.notes[p]) {
        return false;
      }
    }
    for (int q = link.rFrom(); q < link.rTo(); q++) {
      if (!right.notes[q]) {
        return false;
      }
    }
    return true;
  }

  /**
   * For every pair of structural units (a on the left, b on the right) that contain the ends of a
   * level link: {content shared, left content linked into b, right content linked from a}, with
   * each link's content weighted by its similarity.
   */
  private PairSums sharedContent(List<Proposal> levelLinks) {
    PairSums shared = new PairSums();
    for (Proposal link : levelLinks) {
      double s = link.score();
      long lengthLeft = 0;
      long lengthRight = 0;
      for (int p = link.lFrom(); p < link.lTo(); p++) {
        lengthLeft += leftKeys.keyLength(p);
      }
      for (int q = link.rFrom(); q < link.rTo(); q++) {
        lengthRight += rightKeys.keyLength(q);
      }
      if (lengthLeft == 0 || lengthRight == 0 || linksNotes(link)) {
        continue;
      }
      for (int p = link.lFrom(); p < link.lTo(); p++) {
        for (int q = link.rFrom(); q < link.rTo(); q++) {
          // The same operations in the same order whichever document is left, and sums of
          // fixed-point integers, so that swapping the documents gives bit-identical scores.
          long xy = (long) leftKeys.keyLength(p) * rightKeys.keyLength(q);
          long fromLeft = Math.round(s * xy / lengthRight * FIXED);
          long fromRight = Math.round(s * xy / lengthLeft * FIXED);
          for (int a : left.ancestors[p]) {
            for (int b : right.ancestors[q]) {
              shared.add(a, b, fromLeft + fromRight, fromLeft, fromRight);
            }
          }
        }
      }
    }
    return shared;
  }

  /** Content in tokens from its fixed-point sum. */
  private static double content(long fixed) {
    return fixed / FIXED;
  }

  private List<Link> toLinks(List<Scored> links) {
    int k = links.size();
    int[] ls = new int[k];
    int[] rs = new int[k];
    long[] weights = new long[k];
    for (int i = 0; i < k; i++) {
      Scored link = links.get(i);
      ls[i] = left.units.get(link.lefts.get(0)).span().start();
      rs[i] = right.units.get(link.rights.get(0)).span().start();
      weights[i] = 1 + Math.round(1000 * link.similarity.value() * link.length);
    }
    boolean[] inOrder = IncreasingSubsequence.heaviest(ls, rs, weights);
    List<Link> result = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      Scored link = links.get(i);
      List<Unit> lefts = link.lefts.stream().map(left.units::get).toList();
      List<Unit> rights = link.rights.stream().map(right.units::get).toList();
      if (lefts.size() > 1) {
        result.add(new Link.Merged(lefts, rights.get(0), link.similarity, false, !inOrder[i]));
      } else if (rights.size() > 1) {
        result.add(new Link.Split(lefts.get(0), rights, link.similarity, false, !inOrder[i]));
      } else if (inOrder[i]) {
        result.add(new Link.Matched(lefts.get(0), rights.get(0), link.similarity, link.identical));
      } else {
        result.add(new Link.Moved(lefts.get(0), rights.get(0), link.similarity, link.identical));
      }
    }
    result.sort(
        Comparator.comparingInt((Link l) -> l.firstLeft().span().start())
            .thenComparingInt(l -> l.firstRight().span().start()));
    return result;
  }

  /**
   * The order of proposals: by score, a link between units of different kinds (an item and a
   * section) counting {@value #CROSS_KIND} of its score, so that an item prefers an item of the
   * same content over a sub-item inside it; then by position.
   */
  private int byPreference(Scored a, Scored b) {
    int byScore = Double.compare(b.rank, a.rank);
    if (byScore != 0) {
      return byScore;
    }
    int bySum = Integer.compare(a.lefts.get(0) + a.rights.get(0), b.lefts.get(0) + b.rights.get(0));
    return bySum != 0 ? bySum : Integer.compare(a.lefts.get(0), b.lefts.get(0));
  }

  /** A scored pair (or group) of structural units, by their index among the side's units. */
  private static final class Scored {
    final List<Integer> lefts;
    final List<Integer> rights;
    final Similarity similarity;
    final boolean identical;
    final long length;

    /** The similarity, times {@code CROSS_KIND} for units of different kinds: the sort key. */
    final double rank;

    Scored(
        List<Integer> lefts,
        List<Integer> rights,
        Similarity similarity,
        boolean identical,
        long length,
        double rank) {
      this.lefts = List.copyOf(lefts);
      this.rights = List.copyOf(rights);
      this.similarity = similarity;
      this.identical = identical;
      this.length = length;
      this.rank = rank;
    }
  }

  /** The structural units of one document and what is known about them. */
  private static final class Side {
    final UnitKeys keys;
    final List<Unit> units;
    final int[][] positions;
    final long[] length;
    final int[][] ancestors;
    final WeightedShingles[] vectors;
    final ShingleSet[] titles;
    final int[] indexOf;

    /** Whether the unit at each key position is a responsibility note. */
    final boolean[] notes;

    /**
     * @param firstSet the index among the sets counted by {@code frequencies} of position 0
     */
    Side(UnitKeys keys, ShingleFrequencies frequencies, int firstSet) {
      this.keys = keys;
      Document document = keys.document();
      this.units = document.structuralUnits();
      this.positions = new int[units.size()][];
      this.length = new long[units.size()];
      this.indexOf = new int[document.units().size()];
      Arrays.fill(indexOf, -1);
      this.notes = new boolean[keys.size()];
      for (int p = 0; p < keys.size(); p++) {
        notes[p] = document.isResponsibilityNote(keys.units().get(p));
      }
      for (int s = 0; s < units.size(); s++) {
        Unit unit = units.get(s);
        indexOf[unit.index()] = s;
        positions[s] = keys.positionsWithin(unit);
        for (int p = positions[s][0]; p < positions[s][1]; p++) {
          length[s] += keys.keyLength(p);
        }
      }
      // Structural units nest, so the ones containing a position are those whose range holds it.
      int[] depth = new int[keys.size()];
      for (int s = 0; s < units.size(); s++) {
        for (int p = positions[s][0]; p < positions[s][1]; p++) {
          depth[p]++;
        }
      }
      this.ancestors = new int[keys.size()][];
      for (int p = 0; p < keys.size(); p++) {
        ancestors[p] = new int[depth[p]];
        depth[p] = 0;
      }
      for (int s = 0; s < units.size(); s++) {
        for (int p = positions[s][0]; p < positions[s][1]; p++) {
          ancestors[p][depth[p]++] = s;
        }
      }
      this.vectors = vectors(frequencies, firstSet);
      this.titles = new ShingleSet[units.size()];
      for (int s = 0; s < units.size(); s++) {
        titles[s] = keys.titleShingles(units.get(s).heading().orElseThrow());
      }
    }

    /**
     * The vector of every structural unit, children first: the sum of its structural children's
     * vectors and of the vectors of its own units of the aligned level (those in no child).
     */
    private WeightedShingles[] vectors(ShingleFrequencies frequencies, int firstSet) {
      WeightedShingles[] built = new WeightedShingles[units.size()];
      for (int s = units.size() - 1; s >= 0; s--) {
        Unit unit = units.get(s);
        List<WeightedShingles> children = new ArrayList<>();
        List<int[]> own = new ArrayList<>();
        int next = positions[s][0];
        for (Unit child : unit.children()) {
          if (!child.kind().isStructural()) {
            continue;
          }
          int c = indexOf[child.index()];
          own.add(new int[] {next, positions[c][0]});
          children.add(built[c]);
          next = Math.max(next, positions[c][1]);
        }
        own.add(new int[] {next, positions[s][1]});
        // The unit's own positions are usually one run (before its first structural child).
        List<WeightedShingles> parts = new ArrayList<>(children);
        for (int[] run : own) {
          if (run[1] > run[0]) {
            parts.add(
                WeightedShingles.sum(firstSet + run[0], firstSet + run[1], List.of(), frequencies));
          }
        }
        built[s] = WeightedShingles.sum(parts, frequencies);
      }
      return built;
    }

    /**
     * For each structural unit, how much of its content (key tokens, weighted by similarity) lies
     * in level links, counted once whatever the link's other end.
     */
    double[] linkedContent(List<Proposal> levelLinks, boolean isLeft) {
      double[] byPosition = new double[keys.size() + 1];
      for (Proposal link : levelLinks) {
        int from = isLeft ? link.lFrom() : link.rFrom();
        int to = isLeft ? link.lTo() : link.rTo();
        for (int p = from; p < to; p++) {
          byPosition[p] += link.score() * keys.keyLength(p);
        }
      }
      double[] prefix = new double[keys.size() + 1];
      for (int p = 0; p < keys.size(); p++) {
        prefix[p + 1] = prefix[p] + byPosition[p];
      }
      double[] linked = new double[units.size()];
      for (int s = 0; s < units.size(); s++) {
        linked[s] = prefix[positions[s][1]] - prefix[positions[s][0]];
      }
      return linked;
    }

    /**
     * The structural unit whose structural children are exactly {@code members}, or -1. Members are
     * in document order.
     */
    int parentOf(List<Integer> members) {
      Document document = keys.document();
      java.util.Optional<Unit> parent = document.parent(units.get(members.get(0)));
      if (parent.isEmpty() || !parent.get().kind().isStructural()) {
        return -1;
      }
      List<Unit> children =
          parent.get().children().stream().filter(u -> u.kind().isStructural()).toList();
      if (children.size() != members.size()) {
        return -1;
      }
      for (int i = 0; i < children.size(); i++) {
        if (!children.get(i).equals(units.get(members.get(i)))) {
          return -1;
        }
      }
      return indexOf[parent.get().index()];
    }

    /** The TF-IDF vector of the units {@code members} joined. */
    WeightedShingles vector(List<Integer> members, ShingleFrequencies frequencies) {
      if (members.size() == 1) {
        return vectors[members.get(0)];
      }
      List<WeightedShingles> parts = new ArrayList<>();
      for (int m : members) {
        parts.add(vectors[m]);
      }
      return WeightedShingles.sum(parts, frequencies);
    }
  }
}
