package org.clausediff.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clausediff.collate.Collation;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;

/**
 * The CSV report of {@code clausediff collate} (RFC 4180: comma-separated, fields quoted when they
 * hold a comma, quote or line break, {@code \r\n} line ends), UTF-8 with a byte-order mark so that
 * spreadsheet programs on Chinese Windows read it as UTF-8; one header line and every line with the
 * same number of fields: {@code row, kind, start, end, heading, text}, then for each version {@code
 * <short name>:status, :op, :similarity, :start, :end}, the short name the fewest leading words of
 * its file name that tell it from the others ({@code qinghai}).
 *
 * <p>Status is the verdict: {@code kept|reworded|dropped} for a row every version should have,
 * {@code added} (or empty) for an addition; op says the same as compare's ops: {@code
 * EQUAL|MODIFIED|MOVED|SPLIT|MERGED} for a linked unit (the link's op against an original; against
 * the shared wording {@code EQUAL} or {@code MODIFIED}), {@code DELETED} for a dropped one, {@code
 * INSERTED} for an addition. Rows: {@code matrix} (a unit of the original; the first columns are
 * the original's; similarity the link's); {@code core} and {@code core-sentence} (a shared unit;
 * the first columns are the reference version's, the text the shared wording, the similarity each
 * version's to it); {@code addition} (new content; the first columns are the first version's unit)
 * and {@code core-content} or {@code extra-copy} (what only looks added). Offsets are code points
 * into each document's decoded text.
 */
final class CollationCsvWriter implements ReportWriter<Collation> {

  @Override
  public void write(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    List<String> header =
        new ArrayList<>(List.of("row", "kind", "start", "end", "heading", "text"));
    for (String name : CollationLabels.shortNames(versions)) {
      for (String field : List.of("status", "op", "similarity", "start", "end")) {
        header.add(PrintableText.name(name) + ":" + field);
      }
    }
    out.append('\uFEFF');
    line(out, header);
    if (collation instanceof Collation.AgainstOriginal against) {
      Document original = against.original();
      for (Collation.Row row : against.matrix()) {
        List<String> fields = unitFields("matrix", original, row.unit());
        for (Collation.Cell cell : row.cells()) {
          List<Unit> counterparts = cell.counterparts();
          fields.add(cell.verdict().id());
          fields.add(cell.op().map(Enum::name).orElse("DELETED"));
          fields.add(number(cell.similarity()));
          fields.add(
              counterparts.isEmpty() ? "" : String.valueOf(counterparts.get(0).span().start()));
          fields.add(
              counterparts.isEmpty()
                  ? ""
                  : String.valueOf(counterparts.get(counterparts.size() - 1).span().end()));
        }
        line(out, fields);
      }
    }
    if (collation instanceof Collation.Reconstructed reconstructed) {
      writeCore(reconstructed, versions, out);
    }
    for (Collation.Addition addition : collation.additions()) {
      int first = addition.firstVersion();
      List<String> fields =
          unitFields(
              addition.kind() == Collation.AdditionKind.NEW ? "addition" : addition.kind().id(),
              versions.get(first),
              addition.firstUnit());
      for (Optional<Unit> unit : addition.units()) {
        fields.add(unit.isPresent() ? "added" : "");
        fields.add(unit.isPresent() ? "INSERTED" : "");
        fields.add("");
        fields.add(unit.map(u -> String.valueOf(u.span().start())).orElse(""));
        fields.add(unit.map(u -> String.valueOf(u.span().end())).orElse(""));
      }
      line(out, fields);
    }
  }

  private static void writeCore(
      Collation.Reconstructed collation, List<Document> versions, Appendable out)
      throws IOException {
    for (Collation.CoreUnit unit : collation.core()) {
      shared(
          out,
          "core",
          versions,
          unit.units(),
          unit.reference(),
          unit.consensus(),
          unit.toConsensus());
      for (Collation.CoreSentence sentence : unit.sentences()) {
        sentence(out, versions, sentence);
      }
    }
    for (Collation.CoreSentence sentence : collation.looseCore()) {
      sentence(out, versions, sentence);
    }
  }

  private static void sentence(
      Appendable out, List<Document> versions, Collation.CoreSentence sentence) throws IOException {
    shared(
        out,
        "core-sentence",
        versions,
        sentence.units(),
        sentence.reference(),
        sentence.consensus(),
        sentence.toConsensus());
  }

  /** A core row: the reference's unit, the shared wording, each version's verdict against it. */
  private static void shared(
      Appendable out,
      String row,
      List<Document> versions,
      List<Optional<Unit>> units,
      int reference,
      String consensus,
      List<OptionalDouble> toConsensus)
      throws IOException {
    Unit first = units.get(reference).orElseThrow();
    List<String> fields = unitFields(row, versions.get(reference), first);
    fields.set(5, PrintableText.line(consensus));
    for (int v = 0; v < units.size(); v++) {
      Optional<Unit> unit = units.get(v);
      OptionalDouble similarity = toConsensus.get(v);
      boolean kept = similarity.isPresent() && similarity.getAsDouble() == 1.0;
      fields.add(unit.isEmpty() ? "dropped" : kept ? "kept" : "reworded");
      fields.add(unit.isEmpty() ? "DELETED" : kept ? "EQUAL" : "MODIFIED");
      fields.add(number(similarity));
      fields.add(unit.map(u -> String.valueOf(u.span().start())).orElse(""));
      fields.add(unit.map(u -> String.valueOf(u.span().end())).orElse(""));
    }
    line(out, fields);
  }

  private static List<String> unitFields(String row, Document document, Unit unit) {
    List<String> fields = new ArrayList<>();
    fields.add(row);
    fields.add(unit.kind().id());
    fields.add(String.valueOf(unit.span().start()));
    fields.add(String.valueOf(unit.span().end()));
    fields.add(CollationLabels.title(unit));
    fields.add(
        unit.kind().isStructural() ? "" : InlineMarks.oneLine(document.source(), unit.span()));
    return fields;
  }

  private static String number(OptionalDouble value) {
    return value.isPresent()
        ? String.format(Locale.ROOT, "%.4f", CompareJsonWriter.round(value.getAsDouble(), 4))
        : "";
  }

  private static void line(Appendable out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quoted(fields.get(i)));
    }
    out.append("\r\n");
  }

  /** The field as RFC 4180 wants it: quoted, with quotes doubled, when it needs to be. */
  static String quoted(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
