package org.clausediff.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * named by the wording most versions share ({@link Collation.CoreUnit#consensus()}), with each
 * version's counterpart and verdict (kept, reworded with its similarity to that wording, dropped),
 * the sentences they share (each version's verdict, and its differences from the most central
 * wording in {@code [-…-]}/{@code {+…+}} marks) and each version's own sentences — then the
 * additions: new content, alike or alone, and apart from it what only looks added.
 *
 * <p>Both begin with each version's coverage and the similarity of every two versions.
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
    if (collation instanceof Collation.AgainstOriginal against) {
      out.append("original: ").append(PrintableText.name(against.original().name())).append('\n');
      ExtractionNotes.text(out, "original: ", against.original().source());
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
      ExtractionNotes.text(out, CollationLabels.letter(v) + ": ", versions.get(v).source());
    }
    writeSimilarity(collation, out);
    if (collation instanceof Collation.AgainstOriginal against) {
      writeMatrix(against, out);
    } else if (collation instanceof Collation.Reconstructed reconstructed) {
      writeCore(reconstructed, out);
    } else {
      throw new AssertionError(collation);
    }
    writeAdditions(collation, out);
  }

  private static void writeSimilarity(Collation collation, Appendable out) throws IOException {
    int n = collation.versions().size();
    out.append("\nCoverage (of the original's units, or of the core):");
    for (int v = 0; v < n; v++) {
      out.append("  ")
          .append(CollationLabels.letter(v))
          .append(' ')
          .append(CollationLabels.percent(collation.coverage(v)));
    }
    out.append('\n');
    if (n < 2) {
      return;
    }
    out.append("\nSimilarity of the versions:\n").append(String.format(Locale.ROOT, "%-4s", ""));
    for (int v = 0; v < n; v++) {
      out.append(String.format(Locale.ROOT, "%6s", CollationLabels.letter(v)));
    }
    out.append('\n');
    for (int a = 0; a < n; a++) {
      out.append(String.format(Locale.ROOT, "%-4s", CollationLabels.letter(a)));
      for (int b = 0; b < n; b++) {
        out.append(
            String.format(Locale.ROOT, "%6.2f", collation.versionSimilarity().get(a).get(b)));
      }
      out.append('\n');
    }
  }

  private static void writeMatrix(Collation.AgainstOriginal collation, Appendable out)
      throws IOException {
    Document original = collation.original();
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
    out.append(
        "\nMatrix (= kept, ~ reworded, > moved, · dropped; / split, \\ merged; with the"
            + " similarity):\n");
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

  private static void writeCore(Collation.Reconstructed collation, Appendable out)
      throws IOException {
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
    out.append(
        "\nCore, in reconstructed order; each row is named by the wording most versions share,"
            + " and each version's\ncounterpart is kept (worded so), reworded (with its similarity"
            + " to that wording) or dropped:\n");
    int number = 0;
    for (Collation.CoreUnit unit : collation.core()) {
      number++;
      Unit reference = unit.referenceUnit();
      out.append('\n')
          .append(String.valueOf(number))
          .append(". ")
          .append(reference.kind().id())
          .append(' ')
          .append(PrintableText.line(unit.consensus()))
          .append("  (")
          .append(CollationLabels.letters(unit.units()))
          .append(")\n");
      for (int v = 0; v < versions.size(); v++) {
        Optional<Unit> member = unit.units().get(v);
        out.append("   ").append(CollationLabels.letter(v)).append("  ");
        if (member.isEmpty()) {
          out.append("—        dropped\n");
          continue;
        }
        Document document = versions.get(v);
        out.append(
                String.format(
                    Locale.ROOT,
                    "%-9s",
                    SourcePlaces.brief(document.source(), member.get().span().start())))
            .append(
                String.format(
                    Locale.ROOT,
                    "%-14s",
                    CollationLabels.verdict(unit.verdict(v), unit.toConsensus().get(v))))
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
        .append(PrintableText.line(sentence.consensus()))
        .append('\n');
    for (int v = 0; v < versions.size(); v++) {
      if (sentence.units().get(v).isEmpty()) {
        continue;
      }
      out.append(indent)
          .append("  ")
          .append(CollationLabels.letter(v))
          .append(' ')
          .append(CollationLabels.verdict(sentence.verdict(v), sentence.toConsensus().get(v)));
      if (sentence.verdict(v) == Collation.Verdict.KEPT) {
        out.append('\n');
        continue;
      }
      out.append(": ");
      if (v == ref) {
        out.append(InlineMarks.oneLine(refDocument.source(), refUnit.span()));
      } else if (sentence.diffs().get(v).edits().isEmpty()) {
        out.append("as ").append(CollationLabels.letter(ref));
      } else {
        out.append("against ").append(CollationLabels.letter(ref)).append(' ');
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
      if (addition.shared() < 2 || addition.kind() != Collation.AdditionKind.NEW) {
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
          collation.additionsOf(v).stream()
              .filter(a -> a.shared() == 1 && a.kind() == Collation.AdditionKind.NEW)
              .toList();
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
    List<Collation.Addition> apparent =
        collation.additions().stream().filter(a -> a.kind() != Collation.AdditionKind.NEW).toList();
    if (!apparent.isEmpty()) {
      out.append("\nNot counted as additions: ")
          .append(String.valueOf(apparent.size()))
          .append(
              "\n  (core-content: a heading that only divides content of the core; extra-copy:"
                  + " another copy of a unit the version has in the core)\n");
      for (Collation.Addition addition : apparent) {
        out.append("  ")
            .append(CollationLabels.letters(addition.units()))
            .append(' ')
            .append(String.format(Locale.ROOT, "%-14s", addition.kind().id()));
        addition(versions.get(addition.firstVersion()), addition.firstUnit(), out);
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
}
