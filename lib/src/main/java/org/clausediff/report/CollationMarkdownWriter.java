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
    if (collation.original().isPresent()) {
      out.append("# Collation against ")
          .append(MarkdownText.escape(PrintableText.name(collation.original().get().name())))
          .append("\n\n");
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
    if (collation.original().isPresent()) {
      writeMatrix(collation, out);
    } else {
      writeCore(collation, out);
    }
    writeAdditions(collation, out);
  }

  private static void writeMatrix(Collation collation, Appendable out) throws IOException {
    Document original = collation.original().orElseThrow();
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
            + " some version did not keep verbatim: `=` kept, `~` modified, `>` moved, `·` absent"
            + " (`/` split, `\\` merged), with the similarity.\n\n| Unit of the original |");
    for (int v = 0; v < versions.size(); v++) {
      out.append(' ').append(CollationLabels.letter(v)).append(" |");
    }
    out.append("\n|---|");
    out.append("---|".repeat(versions.size()));
    out.append('\n');
    for (Collation.Row row : collation.matrix()) {
      boolean allKept = row.cells().stream().allMatch(c -> c.status() == Collation.Status.KEPT);
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

  private static void writeCore(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    out.append(
        "\n## Core\n\nThe sections, items and sub-items shared, in reconstructed order; each"
            + " version's heading and its structural similarity to the reference (ref).\n\n"
            + "| # | Kind |");
    for (int v = 0; v < versions.size(); v++) {
      out.append(' ').append(CollationLabels.letter(v)).append(" |");
    }
    out.append("\n|---:|---|");
    out.append("---|".repeat(versions.size()));
    out.append('\n');
    int number = 0;
    for (Collation.CoreUnit unit : collation.core()) {
      out.append("| ")
          .append(String.valueOf(++number))
          .append(" | ")
          .append(unit.referenceUnit().kind().id())
          .append(" |");
      for (int v = 0; v < versions.size(); v++) {
        Optional<Unit> member = unit.units().get(v);
        if (member.isEmpty()) {
          out.append(" — |");
          continue;
        }
        out.append(' ').append(MarkdownText.escape(CollationLabels.title(member.get())));
        if (v == unit.reference()) {
          out.append(" (ref)");
        } else if (unit.similarity().get(v).isPresent()) {
          out.append(String.format(Locale.ROOT, " (%.2f)", unit.similarity().get(v).getAsDouble()));
        }
        out.append(" |");
      }
      out.append('\n');
    }
  }

  private static void writeAdditions(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    out.append("\n## Additions\n");
    boolean any = false;
    for (Collation.Addition addition : collation.additions()) {
      if (addition.shared() < 2) {
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
          collation.additionsOf(v).stream().filter(a -> a.shared() == 1).toList();
      out.append("\n### ")
          .append(CollationLabels.letter(v))
          .append(" alone (")
          .append(String.valueOf(own.size()))
          .append(")\n\n");
      for (Collation.Addition addition : own) {
        out.append("- ").append(item(versions.get(v), addition.units().get(v).get())).append('\n');
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
