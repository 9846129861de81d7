package org.clausediff.internal.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.clausediff.segment.Unit;

/**
 * Selects the structural links among scored proposals, best first, each unit linked once, any kinds
 * (an item may correspond to a section). A proposal whose unit on one side is free and whose
 * partner is already linked makes that link a split or a merge instead, when the free unit is of
 * the same kind as the units it joins, nested in none of them, has at least {@value #GROUP_SHARE}
 * of its linked content in the partner, and the units joined score {@value #GROUP_MARGIN} more, or
 * close {@value #GROUP_GAIN} of the gap between the link's score and 1 if that is less. Last, a
 * split or merge of exactly the structural children of an unlinked unit becomes a link of that
 * unit. Not thread-safe; one selection per instance.
 */
final class StructureSelection {
  static final double GROUP_MARGIN = 0.02;
  static final double GROUP_GAIN = 0.2;
  static final double GROUP_SHARE = 0.5;

  private final StructureSide left;
  private final StructureSide right;
  private final StructureScorer scorer;
  private final PairSums shared;
  private final double[] linkedLeft;
  private final double[] linkedRight;
  private final List<StructureGroup> links = new ArrayList<>();
  private final LinkIndex linkOfLeft;
  private final LinkIndex linkOfRight;

  /**
   * @param shared the content the level links share, per pair of units
   * @param linkedLeft each left unit's content that lies in level links
   * @param linkedRight each right unit's content that lies in level links
   */
  StructureSelection(
      StructureSide left,
      StructureSide right,
      StructureScorer scorer,
      PairSums shared,
      double[] linkedLeft,
      double[] linkedRight) {
    this.left = left;
    this.right = right;
    this.scorer = scorer;
    this.shared = shared;
    this.linkedLeft = linkedLeft;
    this.linkedRight = linkedRight;
    this.linkOfLeft = new LinkIndex(left.size());
    this.linkOfRight = new LinkIndex(right.size());
  }

  /** The links selected from {@code proposals} (one unit against one), taken in the order given. */
  List<StructureGroup> select(List<StructureGroup> proposals) {
    for (StructureGroup proposal : proposals) {
      int a = proposal.left();
      int b = proposal.right();
      if (linkOfLeft.free(a) && linkOfRight.free(b)) {
        if (copyConflict(a, b)) {
          continue;
        }
        linkOfLeft.set(a, links.size());
        linkOfRight.set(b, links.size());
        links.add(proposal);
      } else if (linkOfLeft.free(a)) {
        // The right unit is taken: the left unit may join its link (a merge).
        int i = linkOfRight.get(b).getAsInt();
        StructureGroup link = links.get(i);
        if (link.rights().size() == 1 && joins(true, link.lefts(), a, b)) {
          StructureGroup grown = grow(link, a, true);
          if (improves(grown, link)) {
            links.set(i, grown);
            linkOfLeft.set(a, i);
          }
        }
      } else if (linkOfRight.free(b)) {
        // The left unit is taken: the right unit may join its link (a split).
        int i = linkOfLeft.get(a).getAsInt();
        StructureGroup link = links.get(i);
        if (link.lefts().size() == 1 && joins(false, link.rights(), b, a)) {
          StructureGroup grown = grow(link, b, false);
          if (improves(grown, link)) {
            links.set(i, grown);
            linkOfRight.set(b, i);
          }
        }
      }
    }
    collapseChildren();
    restructured();
    return List.copyOf(links);
  }

  /**
   * Whether linking {@code a} to {@code b} would link a copy of a heading, on title and text alone
   * (no sentence link between them), to something else than a copy of the partner of another copy
   * (cause 7 of issue 16): the copies of a heading in a garbled document are one heading, linked
   * once, not each to a unit of its own by a resemblance of words; where a copy's own sentences are
   * linked into {@code b}, or the other document repeats the heading too, the link stands.
   */
  private boolean copyConflict(int a, int b) {
    return shared.shared(a, b) == 0
        && (conflict(left, linkOfLeft, a, right, b, false)
            || conflict(right, linkOfRight, b, left, a, true));
  }

  private boolean conflict(
      StructureSide side,
      LinkIndex linkOf,
      int unit,
      StructureSide other,
      int partner,
      boolean partnerIsLeft) {
    for (int copy : side.copies(unit)) {
      OptionalInt i = linkOf.get(copy);
      if (i.isEmpty()) {
        continue;
      }
      StructureGroup link = links.get(i.getAsInt());
      boolean copyOfPartner = false;
      for (int linked : partnerIsLeft ? link.lefts() : link.rights()) {
        copyOfPartner |= other.copies(linked).contains(partner);
      }
      if (!copyOfPartner) {
        return true;
      }
    }
    return false;
  }

  /**
   * One unit restructured into several (cause 6 of issue 16: Qinghai's item （十七） became Henan's
   * section 八 with its items （一）（二）（三））. A 1:1 link from a unit without structural children to a
   * unit with structural children of its kind, or to one such child of an unlinked unit, becomes a
   * split (or merge) to all those children, when at least two of them hold content linked from the
   * unit, at least {@value #GROUP_SHARE} of their parent's linked content comes from the unit, and
   * each child is unlinked apart from the one linked and sends at least {@value #GROUP_SHARE} of
   * its own linked content, if any, to the unit. Each unit stays in one link: the parent is left
   * without one of its own (its children's link stands for it).
   */
  private void restructured() {
    for (int i = 0; i < links.size(); i++) {
      StructureGroup link = links.get(i);
      if (link.lefts().size() == 1 && link.rights().size() == 1 && !restructured(i, link, false)) {
        restructured(i, link, true);
      }
    }
  }

  /**
   * Applies {@link #restructured()} to link {@code i}: the left unit restructured into right units
   * ({@code merge} false), or right into left ({@code merge} true). Whether it applied.
   */
  private boolean restructured(int i, StructureGroup link, boolean merge) {
    StructureSide oneSide = merge ? right : left;
    StructureSide manySide = merge ? left : right;
    LinkIndex manyLinks = merge ? linkOfLeft : linkOfRight;
    double[] manyLinked = merge ? linkedLeft : linkedRight;
    int one = merge ? link.right() : link.left();
    int linked = merge ? link.left() : link.right();
    if (!oneSide.children(one).isEmpty()) {
      return false;
    }
    int whole = linked;
    if (manySide.children(linked).isEmpty()) {
      OptionalInt parent = manySide.parent(linked);
      if (parent.isEmpty() || !manyLinks.free(parent.getAsInt())) {
        return false;
      }
      whole = parent.getAsInt();
    }
    List<Integer> children = manySide.children(whole);
    int withContent = 0;
    for (int c : children) {
      if (c != linked && !manyLinks.free(c)
          || manySide.unit(c).kind() != oneSide.unit(one).kind()) {
        return false;
      }
      double fromOne = content(merge, one, c);
      if (manyLinked[c] > 0 && fromOne / manyLinked[c] < GROUP_SHARE) {
        return false;
      }
      withContent += fromOne > 0 ? 1 : 0;
    }
    if (withContent < 2
        || manyLinked[whole] == 0
        || content(merge, one, whole) / manyLinked[whole] < GROUP_SHARE) {
      return false;
    }
    List<Integer> ones = List.of(one);
    if (linked == whole) {
      manyLinks.clear(whole);
    }
    links.set(i, score(merge ? children : ones, merge ? ones : children));
    for (int c : children) {
      manyLinks.set(c, i);
    }
    return true;
  }

  /** The content of many-side unit {@code m} linked from one-side unit {@code one}. */
  private double content(boolean merge, int one, int m) {
    return StructureScorer.content(merge ? shared.fromLeft(m, one) : shared.fromRight(one, m));
  }

  /** The units {@code lefts} joined against {@code rights}, scored. */
  private StructureGroup score(List<Integer> lefts, List<Integer> rights) {
    long sharedSum = 0;
    OptionalDouble title = OptionalDouble.empty();
    for (int a : lefts) {
      for (int b : rights) {
        sharedSum += shared.shared(a, b);
        title = max(title, scorer.title(a, b));
      }
    }
    return scorer.group(lefts, rights, StructureScorer.content(sharedSum), title);
  }

  /**
   * Replaces a split or merge whose several units are all the structural children of one unlinked
   * unit by a link of that unit: {@code （十五）} rather than its sub-items 1 and 2.
   */
  private void collapseChildren() {
    for (int i = 0; i < links.size(); i++) {
      StructureGroup link = links.get(i);
      boolean manyLeft = link.lefts().size() > 1;
      if (!manyLeft && link.rights().size() == 1) {
        continue;
      }
      StructureSide side = manyLeft ? left : right;
      LinkIndex linkOf = manyLeft ? linkOfLeft : linkOfRight;
      List<Integer> members = manyLeft ? link.lefts() : link.rights();
      OptionalInt parent = side.parentOf(members);
      if (parent.isEmpty() || !linkOf.free(parent.getAsInt())) {
        continue;
      }
      List<Integer> lefts = manyLeft ? List.of(parent.getAsInt()) : link.lefts();
      List<Integer> rights = manyLeft ? link.rights() : List.of(parent.getAsInt());
      long sharedSum = 0;
      OptionalDouble title = OptionalDouble.empty();
      for (int a : lefts) {
        for (int b : rights) {
          sharedSum += shared.shared(a, b);
          title = max(title, scorer.title(a, b));
        }
      }
      for (int member : members) {
        linkOf.clear(member);
      }
      linkOf.set(parent.getAsInt(), i);
      links.set(i, scorer.group(lefts, rights, StructureScorer.content(sharedSum), title));
    }
  }

  /** The larger of the values present; empty when neither is. */
  private static OptionalDouble max(OptionalDouble x, OptionalDouble y) {
    if (x.isEmpty()) {
      return y;
    }
    return y.isEmpty() ? x : OptionalDouble.of(Math.max(x.getAsDouble(), y.getAsDouble()));
  }

  /**
   * Whether {@code grown} scores enough better than {@code link}: by {@value #GROUP_MARGIN}, or by
   * {@value #GROUP_GAIN} of what {@code link} lacks to a perfect score if that is less.
   */
  private static boolean improves(StructureGroup grown, StructureGroup link) {
    double before = link.similarity().value();
    double after = grown.similarity().value();
    return after > before && after - before >= Math.min(GROUP_MARGIN, GROUP_GAIN * (1 - before));
  }

  /**
   * Whether unit {@code x} (on the left when {@code isLeft}) may join {@code members} in a link to
   * {@code partner}: it is of their kind, nested in none of them (nor they in it), and at least
   * {@value #GROUP_SHARE} of its linked content goes to the partner.
   */
  private boolean joins(boolean isLeft, List<Integer> members, int x, int partner) {
    StructureSide side = isLeft ? left : right;
    Unit unit = side.unit(x);
    for (int m : members) {
      Unit member = side.unit(m);
      if (member.kind() != unit.kind() || member.span().overlaps(unit.span())) {
        return false;
      }
    }
    double linked = isLeft ? linkedLeft[x] : linkedRight[x];
    double toPartner =
        StructureScorer.content(
            isLeft ? shared.fromLeft(x, partner) : shared.fromRight(partner, x));
    return linked > 0 && toPartner / linked >= GROUP_SHARE;
  }

  /**
   * {@code link} with unit {@code added} joined to its left units (when {@code addLeft}) or its
   * right units, rescored; it has a title score only when every pair of its units has titles.
   */
  private StructureGroup grow(StructureGroup link, int added, boolean addLeft) {
    List<Integer> lefts = new ArrayList<>(link.lefts());
    List<Integer> rights = new ArrayList<>(link.rights());
    StructureSide side = addLeft ? left : right;
    (addLeft ? lefts : rights).add(added);
    (addLeft ? lefts : rights).sort(Comparator.comparingInt(i -> side.unit(i).span().start()));
    long sharedSum = 0;
    double titleScore = 0;
    boolean titled = true;
    for (int a : lefts) {
      for (int b : rights) {
        sharedSum += shared.shared(a, b);
        OptionalDouble t = scorer.title(a, b);
        titled &= t.isPresent();
        titleScore = Math.max(titleScore, t.orElse(0));
      }
    }
    return scorer.group(
        lefts,
        rights,
        StructureScorer.content(sharedSum),
        titled ? OptionalDouble.of(titleScore) : OptionalDouble.empty());
  }
}
