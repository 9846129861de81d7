package org.clausediff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.clausediff.dups.DuplicateOptions;
import org.clausediff.dups.DuplicatePassage;
import org.clausediff.dups.DuplicateReport;
import org.clausediff.text.Span;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * The JSON report of {@code clausediff dups}, {@code schemaVersion} 1:
 *
 * <pre>
 * { "schemaVersion": 1,
 *   "document": {"name", "length", "sha256"},
 *   "options": {"minLength", "nearThreshold", "shingleSize"},
 *   "normalization": ["width", ...],
 *   "groups": [ {"kind": "EXACT|NEAR", "label": "DUPLICATION|BOILERPLATE", "reason",
 *                "similarity", "length", "occurrences": [{"start", "end"}, ...]} ],
 *   "duplicatedLength": n,
 *   "removed": [{"start", "end"}, ...] }
 * </pre>
 *
 * <p>The contract's fields ({@code schemaVersion}, {@code document}, {@code groups} with {@code
 * kind}, {@code label}, {@code similarity} and {@code occurrences}, {@code duplicatedLength}) come
 * in its order; the others are extra: {@code reason} (why the label, see {@link
 * org.clausediff.dups.LabelReason}), {@code length} (of the first occurrence), {@code removed}
 * (what cleaning removes) and the options. {@code nearThreshold} is {@code null} when near repeats
 * were not looked for. Offsets are code points into the decoded text, half-open; similarity is
 * rounded to four decimals. The output is deterministic.
 */
final class DuplicatesJsonWriter implements ReportWriter<DuplicateReport> {

  private DuplicatesJsonWriter() {}

  /** The writer. */
  public static DuplicatesJsonWriter create() {
    return new DuplicatesJsonWriter();
  }

  @Override
  public void write(DuplicateReport report, Appendable out) throws IOException {
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    json.writeObjectFieldStart("document");
    JsonOutput.documentFields(json, report.source());
    json.writeEndObject();
    DuplicateOptions options = report.options();
    json.writeObjectFieldStart("options");
    json.writeNumberField("minLength", options.minLength());
    json.writeFieldName("nearThreshold");
    if (options.nearThreshold().isPresent()) {
      json.writeNumber(rounded(options.nearThreshold().getAsDouble()));
    } else {
      json.writeNull();
    }
    json.writeNumberField("shingleSize", options.shingleSize());
    json.writeEndObject();
    json.writeArrayFieldStart("normalization");
    for (NormalizationRule rule : report.normalization()) {
      json.writeString(rule.id());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("groups");
    for (DuplicatePassage passage : report.passages()) {
      json.writeStartObject();
      json.writeStringField("kind", passage.kind().id());
      json.writeStringField("label", passage.label().id());
      json.writeStringField("reason", passage.reason().id());
      json.writeFieldName("similarity");
      json.writeNumber(rounded(passage.similarity()));
      json.writeNumberField("length", passage.first().length());
      json.writeArrayFieldStart("occurrences");
      for (Span occurrence : passage.occurrences()) {
        JsonOutput.span(json, report.source(), occurrence);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("duplicatedLength", report.duplicatedLength());
    json.writeArrayFieldStart("removed");
    for (Span span : report.removed()) {
      JsonOutput.span(json, report.source(), span);
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.close(json, out);
  }

  private static BigDecimal rounded(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN);
    BigDecimal stripped = decimal.stripTrailingZeros();
    return stripped.scale() < 1 ? decimal.setScale(1, RoundingMode.UNNECESSARY) : stripped;
  }
}
