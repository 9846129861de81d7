package org.clausediff.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clausediff.collate.Collation;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The text report of {@code clausediff collate}. Versions are lettered A, B, C, … in the order
 * given.
 *
 * <p>With an original: a summary per version (how many of the original's units it kept, modified,
 * moved, or lacks), the matrix — one line per unit of the original, one cell per version: {@code =}
 * kept, {@code ~0.83} modified, {@code >0.91} moved, {@code ·} absent, with {@code /} for a split
 * and {@code \} for a merge — then each version's additions, those that several versions share
 * first.
 *
 * <p>Without an original: the core in reconstructed order — each shared section, item or sub-item
 * with its counterpart and similarity in each version, the sentences they share (with each
 * version's differences from the reference in {@code [-…-]}/{@code {+…+}} marks) and each version's
 * own sentences — then the additions.
 */
final class CollationTextWriter implements ReportWriter<Collation> {
  private static final int SNIPPET = 40;

  private CollationTextWriter() {}

  /** The writer. */
  public static CollationTextWriter create() {
    return new CollationTextWriter();
  }

  @Override
  public void write(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    if (collation.original().isPresent()) {
      out.append("original: ")
          .append(PrintableText.name(collation.original().get().name()))
          .append('\n');
    } else {
      out.append("no original; core: what at least ")
          .append(String.valueOf(collation.minVersions()))
          .append(" of ")
          .append(String.valueOf(versions.size()))
          .append(" versions share\n");
    }
    for (int v = 0; v < versions.size(); v++) {
      out.append(CollationLabels.letter(v))
          .append("  ")
          .append(PrintableText.name(versions.get(v).name()))
          .append('\n');
    }
    if (collation.original().isPresent()) {
      writeMatrix(collation, out);
    } else {
      writeCore(collation, out);
    }
    writeAdditions(collation, out);
  }

  private static void writeMatrix(Collation collation, Appendable out) throws IOException {
    Document original = collation.original().orElseThrow();
    int n = collation.versions().size();
    out.append('\n');
    for (int v = 0; v < n; v++) {
      int[] counts = CollationLabels.statusCounts(collation, v, false);
      int[] structure = CollationLabels.statusCounts(collation, v, true);
      out.append(CollationLabels.letter(v))
          .append(
              String.format(
                  Locale.ROOT,
                  "  sentences: %d kept, %d modified, %d moved, %d absent;"
                      + " structure: %d kept, %d modified, %d moved, %d absent; %d additions\n",
                  counts[0],
                  counts[1],
                  counts[2],
                  counts[3],
                  structure[0],
                  structure[1],
                  structure[2],
                  structure[3],
                  collation.additionsOf(v).size()));
    }
    out.append("\nMatrix (= kept, ~ modified, > moved, · absent; / split, \\ merged):\n");
    out.append(String.format(Locale.ROOT, "%-9s", ""));
    for (int v = 0; v < n; v++) {
      out.append(String.format(Locale.ROOT, "%-7s", CollationLabels.letter(v)));
    }
    out.append('\n');
    for (Collation.Row row : collation.matrix()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-9s",
              SourcePlaces.brief(original.source(), row.unit().span().start())));
      for (Collation.Cell cell : row.cells()) {
        out.append(String.format(Locale.ROOT, "%-7s", CollationLabels.cell(cell)));
      }
      out.append(CollationLabels.indent(original, row.unit()))
          .append(CollationLabels.describe(original, row.unit(), SNIPPET))
          .append('\n');
    }
  }

  private static void writeCore(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    int sentences =
        collation.core().stream().mapToInt(c -> c.sentences().size()).sum()
            + collation.looseCore().size();
    out.append(
        String.format(
            Locale.ROOT,
            "\ncore: %d sections, items and sub-items; %d sentences\n",
            collation.core().size(),
            sentences));
    out.append("\nCore, in reconstructed order:\n");
    int number = 0;
    for (Collation.CoreUnit unit : collation.core()) {
      number++;
      Unit reference = unit.referenceUnit();
      out.append('\n')
          .append(String.valueOf(number))
          .append(". ")
          .append(reference.kind().id())
          .append(' ')
          .append(CollationLabels.title(reference))
          .append("  (")
          .append(CollationLabels.letters(unit.units()))
          .append(")\n");
      for (int v = 0; v < versions.size(); v++) {
        Optional<Unit> member = unit.units().get(v);
        out.append("   ").append(CollationLabels.letter(v)).append("  ");
        if (member.isEmpty()) {
          out.append("—\n");
          continue;
        }
        Document document = versions.get(v);
        out.append(
                String.format(
                    Locale.ROOT,
                    "%-9s",
                    SourcePlaces.brief(document.source(), member.get().span().start())))
            .append(similarity(unit.similarity().get(v), v == unit.reference()))
            .append("  ")
            .append(CollationLabels.path(document, member.get()))
            .append('\n');
      }
      for (Collation.CoreSentence sentence : unit.sentences()) {
        writeSentence(collation, sentence, "   ", out);
      }
      for (int v = 0; v < versions.size(); v++) {
        for (Unit own : unit.own().get(v)) {
          out.append("   own ")
              .append(CollationLabels.letter(v))
              .append(' ')
              .append(PrintableText.snippet(versions.get(v).source(), own.span(), SNIPPET))
              .append('\n');
        }
      }
    }
    if (!collation.looseCore().isEmpty()) {
      out.append("\nShared sentences outside the core units:\n");
      for (Collation.CoreSentence sentence : collation.looseCore()) {
        writeSentence(collation, sentence, "", out);
      }
    }
  }

  private static void writeSentence(
      Collation collation, Collation.CoreSentence sentence, String indent, Appendable out)
      throws IOException {
    List<Document> versions = collation.versions();
    int ref = sentence.reference();
    Document refDocument = versions.get(ref);
    Unit refUnit = sentence.units().get(ref).orElseThrow();
    out.append(indent)
        .append("shared (")
        .append(CollationLabels.letters(sentence.units()))
        .append(") ")
        .append(CollationLabels.letter(ref))
        .append(' ')
        .append(InlineMarks.oneLine(refDocument.source(), refUnit.span()))
        .append('\n');
    for (int v = 0; v < versions.size(); v++) {
      if (v == ref || sentence.units().get(v).isEmpty()) {
        continue;
      }
      out.append(indent)
          .append("  ")
          .append(CollationLabels.letter(v))
          .append(' ')
          .append(similarity(sentence.similarity().get(v), false))
          .append(' ');
      if (sentence.diffs().get(v).edits().isEmpty()) {
        out.append("(same)");
      } else {
        InlineMarks.write(
            refDocument.source(),
            versions.get(v).source(),
            sentence.diffs().get(v),
            sentence.units().get(v).get().span(),
            InlineMarks.PLAIN,
            out);
      }
      out.append('\n');
    }
  }

  private static void writeAdditions(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    boolean anyShared = false;
    for (Collation.Addition addition : collation.additions()) {
      if (addition.shared() < 2) {
        continue;
      }
      if (!anyShared) {
        out.append("\nAdded alike by several versions:\n");
        anyShared = true;
      }
      out.append("  ").append(CollationLabels.letters(addition.units())).append('\n');
      for (int v = 0; v < versions.size(); v++) {
        if (addition.units().get(v).isPresent()) {
          out.append("    ").append(CollationLabels.letter(v)).append(' ');
          addition(versions.get(v), addition.units().get(v).get(), out);
        }
      }
    }
    for (int v = 0; v < versions.size(); v++) {
      List<Collation.Addition> own =
          collation.additionsOf(v).stream().filter(a -> a.shared() == 1).toList();
      out.append("\nAdded by ")
          .append(CollationLabels.letter(v))
          .append(" alone: ")
          .append(String.valueOf(own.size()))
          .append('\n');
      for (Collation.Addition addition : own) {
        out.append("  ");
        addition(versions.get(v), addition.units().get(v).get(), out);
      }
    }
  }

  private static void addition(Document document, Unit unit, Appendable out) throws IOException {
    out.append(
            String.format(
                Locale.ROOT, "%-9s", SourcePlaces.brief(document.source(), unit.span().start())))
        .append(
            unit.kind().isStructural()
                ? unit.kind().id() + " " + CollationLabels.path(document, unit)
                : CollationLabels.describe(document, unit, SNIPPET))
        .append('\n');
  }

  private static String similarity(OptionalDouble value, boolean reference) {
    if (reference) {
      return "ref ";
    }
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : " -- ";
  }
}
