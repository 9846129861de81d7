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
 * hold a comma, quote or line break, {@code \r\n} line ends), one header line and every line with
 * the same number of fields: {@code row, kind, start, end, heading, text}, then for each version
 * {@code <name>:status, :op, :similarity, :start, :end}.
 *
 * <p>Rows: {@code matrix} (a unit of the original; {@code start}/{@code end}/{@code heading}/{@code
 * text} are the original's; status {@code kept|modified|moved|absent}); {@code core} and {@code
 * core-sentence} (a shared unit; the first columns are the reference version's, status {@code
 * reference|present|absent}); {@code addition} (the first columns are the first version's unit;
 * status {@code added} or empty). Offsets are code points into each document's decoded text.
 */
final class CollationCsvWriter implements ReportWriter<Collation> {

  @Override
  public void write(Collation collation, Appendable out) throws IOException {
    List<Document> versions = collation.versions();
    List<String> header =
        new ArrayList<>(List.of("row", "kind", "start", "end", "heading", "text"));
    for (Document version : versions) {
      for (String field : List.of("status", "op", "similarity", "start", "end")) {
        header.add(PrintableText.name(version.name()) + ":" + field);
      }
    }
    line(out, header);
    if (collation.original().isPresent()) {
      Document original = collation.original().get();
      for (Collation.Row row : collation.matrix()) {
        List<String> fields = unitFields("matrix", original, row.unit());
        for (Collation.Cell cell : row.cells()) {
          List<Unit> counterparts = cell.counterparts();
          fields.add(cell.status().id());
          fields.add(cell.op().map(Enum::name).orElse(""));
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
    for (Collation.CoreUnit unit : collation.core()) {
      shared(out, "core", versions, unit.units(), unit.reference(), unit.similarity());
      for (Collation.CoreSentence sentence : unit.sentences()) {
        shared(
            out,
            "core-sentence",
            versions,
            sentence.units(),
            sentence.reference(),
            sentence.similarity());
      }
    }
    for (Collation.CoreSentence sentence : collation.looseCore()) {
      shared(
          out,
          "core-sentence",
          versions,
          sentence.units(),
          sentence.reference(),
          sentence.similarity());
    }
    for (Collation.Addition addition : collation.additions()) {
      int first = addition.firstVersion();
      List<String> fields = unitFields("addition", versions.get(first), addition.firstUnit());
      for (Optional<Unit> unit : addition.units()) {
        fields.add(unit.isPresent() ? "added" : "");
        fields.add("");
        fields.add("");
        fields.add(unit.map(u -> String.valueOf(u.span().start())).orElse(""));
        fields.add(unit.map(u -> String.valueOf(u.span().end())).orElse(""));
      }
      line(out, fields);
    }
  }

  private static void shared(
      Appendable out,
      String row,
      List<Document> versions,
      List<Optional<Unit>> units,
      int reference,
      List<OptionalDouble> similarity)
      throws IOException {
    List<String> fields =
        unitFields(row, versions.get(reference), units.get(reference).orElseThrow());
    for (int v = 0; v < units.size(); v++) {
      Optional<Unit> unit = units.get(v);
      fields.add(v == reference ? "reference" : unit.isPresent() ? "present" : "absent");
      fields.add("");
      fields.add(number(similarity.get(v)));
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
