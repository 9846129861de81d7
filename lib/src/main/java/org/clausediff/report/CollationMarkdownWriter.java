package org.clausediff.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.collate.Collation;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The Markdown report of {@code clausediff collate}, for review threads. With an original: a
 * summary table per version, the matrix (the original's sections, items and sub-items, and its
 * sentences that some version did not keep verbatim) and each version's additions. Without: the
 * core table (one row per shared section, item or sub-item, one column per version with its heading
 * and similarity to the reference) and the additions. Input text is escaped with {@link
 * MarkdownText}.
 */
final class CollationMarkdownWriter implements ReportWriter<Collation> {
  private static final int SNIPPET = 60;

  @Override
  public void write(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    if (collation instanceof Collation.AgainstOriginal against) {
      out.append("# Collation against ")
          .append(MarkdownText.escape(PrintableText.name(against.original().name())))
          .append("\n\n");
      ExtractionNotes.markdown(out, "original: ", against.original().source());
    } else {
      out.append(
          String.format(
              Locale.ROOT,
              "# Collation: what at least %d of %d versions share\n\n",
              collation.minVersions(),
              versions.size()));
    }
    for (int v = 0; v < versions.size(); v++) {
      out.append("- **")
          .append(CollationLabels.letter(v))
          .append("** ")
          .append(MarkdownText.escape(PrintableText.name(versions.get(v).name())))
          .append('\n');
    }
    for (int v = 0; v < versions.size(); v++) {
      if (!versions.get(v).source().notes().isEmpty()) {
        out.append('\n'); // not a continuation of the list
        ExtractionNotes.markdown(out, CollationLabels.letter(v) + ": ", versions.get(v).source());
      }
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
    List<Document> versions = collation.versions();
    out.append(
        "\n## Versions\n\nEach version's coverage (of the original's units, or of the core's units"
            + " and sentences) and its similarity to each other version.\n\n| Version | coverage |");
    for (int v = 0; v < versions.size(); v++) {
      out.append(' ').append(CollationLabels.letter(v)).append(" |");
    }
    out.append("\n|---|---:|");
    out.append("---:|".repeat(versions.size()));
    out.append('\n');
    for (int a = 0; a < versions.size(); a++) {
      out.append("| **")
          .append(CollationLabels.letter(a))
          .append("** | ")
          .append(CollationLabels.percent(collation.coverage(a)))
          .append(" |");
      for (int b = 0; b < versions.size(); b++) {
        out.append(
            String.format(Locale.ROOT, " %.2f |", collation.versionSimilarity().get(a).get(b)));
      }
      out.append('\n');
    }
  }

  private static void writeMatrix(Collation.AgainstOriginal collation, Appendable out)
      throws IOException {
    Document original = collation.original();
    List<Document> versions = collation.versions();
    out.append(
        "\n| Version | sentences kept | modified | moved | absent"
            + " | structure kept | modified | moved | absent | additions |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int v = 0; v < versions.size(); v++) {
      int[] s = CollationLabels.statusCounts(collation, v, false);
      int[] t = CollationLabels.statusCounts(collation, v, true);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d |\n",
              CollationLabels.letter(v),
              s[0],
              s[1],
              s[2],
              s[3],
              t[0],
              t[1],
              t[2],
              t[3],
              collation.additionsOf(v).size()));
    }
    out.append(
        "\n## Matrix\n\nEvery section, item and sub-item of the original, and its sentences that"
            + " some version did not keep verbatim: `=` kept, `~` reworded, `>` moved, `·` dropped"
            + " (`/` split, `\\` merged), with the similarity.\n\n| Unit of the original |");
    for (int v = 0; v < versions.size(); v++) {
      out.append(' ').append(CollationLabels.letter(v)).append(" |");
    }
    out.append("\n|---|");
    out.append("---|".repeat(versions.size()));
    out.append('\n');
    for (Collation.Row row : collation.matrix()) {
      boolean allKept =
          row.cells().stream()
              .allMatch(c -> CollationLabels.status(c) == CollationLabels.Status.KEPT);
      if (!row.unit().kind().isStructural() && allKept) {
        continue;
      }
      String text = MarkdownText.escape(CollationLabels.describe(original, row.unit(), SNIPPET));
      out.append("| ")
          .append(row.unit().kind().isStructural() ? "**" + text + "**" : text)
          .append(" |");
      for (Collation.Cell cell : row.cells()) {
        out.append(' ').append(MarkdownText.escape(CollationLabels.cell(cell))).append(" |");
      }
      out.append('\n');
    }
  }

  private static void writeCore(Collation.Reconstructed collation, Appendable out)
      throws IOException {
    List<Document> versions = collation.versions();
    out.append(
        "\n## Core\n\nThe sections, items and sub-items shared, in reconstructed order, each named"
            + " by the wording most versions share; each version's heading, and whether it kept"
            + " that wording, reworded it (with the similarity) or dropped the unit.\n\n"
            + "| # | Kind | Shared wording |");
    for (int v = 0; v < versions.size(); v++) {
      out.append(' ').append(CollationLabels.letter(v)).append(" |");
    }
    out.append("\n|---:|---|---|");
    out.append("---|".repeat(versions.size()));
    out.append('\n');
    int number = 0;
    for (Collation.CoreUnit unit : collation.core()) {
      out.append("| ")
          .append(String.valueOf(++number))
          .append(" | ")
          .append(unit.referenceUnit().kind().id())
          .append(" | ")
          .append(MarkdownText.escape(PrintableText.line(unit.consensus())))
          .append(" |");
      for (int v = 0; v < versions.size(); v++) {
        Optional<Unit> member = unit.units().get(v);
        if (member.isEmpty()) {
          out.append(" — dropped |");
          continue;
        }
        out.append(' ')
            .append(MarkdownText.escape(CollationLabels.title(member.get())))
            .append(" · ")
            .append(CollationLabels.verdict(unit.verdict(v), unit.toConsensus().get(v)))
            .append(" |");
      }
      out.append('\n');
    }
  }

  private static void writeAdditions(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    out.append("\n## Additions\n");
    boolean any = false;
    for (Collation.Addition addition : collation.additions()) {
      if (addition.shared() < 2 || addition.kind() != Collation.AdditionKind.NEW) {
        continue;
      }
      if (!any) {
        out.append("\n### Added alike by several versions\n\n");
        any = true;
      }
      out.append("- ");
      String separator = "";
      for (int v = 0; v < versions.size(); v++) {
        if (addition.units().get(v).isPresent()) {
          out.append(separator)
              .append("**")
              .append(CollationLabels.letter(v))
              .append("** ")
              .append(item(versions.get(v), addition.units().get(v).get()));
          separator = "; ";
        }
      }
      out.append('\n');
    }
    for (int v = 0; v < versions.size(); v++) {
      List<Collation.Addition> own =
          collation.additionsOf(v).stream()
              .filter(a -> a.shared() == 1 && a.kind() == Collation.AdditionKind.NEW)
              .toList();
      out.append("\n### ")
          .append(CollationLabels.letter(v))
          .append(" alone (")
          .append(String.valueOf(own.size()))
          .append(")\n\n");
      for (Collation.Addition addition : own) {
        out.append("- ").append(item(versions.get(v), addition.units().get(v).get())).append('\n');
      }
    }
    List<Collation.Addition> apparent =
        collation.additions().stream().filter(a -> a.kind() != Collation.AdditionKind.NEW).toList();
    if (!apparent.isEmpty()) {
      out.append("\n### Not counted as additions (")
          .append(String.valueOf(apparent.size()))
          .append(
              ")\n\nA heading that only divides content of the core (core-content), or another copy")
          .append(" of what the version has in the core (extra-copy).\n\n");
      for (Collation.Addition addition : apparent) {
        out.append("- **")
            .append(CollationLabels.letters(addition.units()))
            .append("** ")
            .append(addition.kind().id())
            .append(": ")
            .append(item(versions.get(addition.firstVersion()), addition.firstUnit()))
            .append('\n');
      }
    }
  }

  private static String item(Document document, Unit unit) {
    String text =
        unit.kind().isStructural()
            ? unit.kind().id() + " " + CollationLabels.path(document, unit)
            : CollationLabels.describe(document, unit, SNIPPET);
    return MarkdownText.escape(text)
        + " ("
        + MarkdownText.escape(SourcePlaces.brief(document.source(), unit.span().start()))
        + ")";
  }
}
