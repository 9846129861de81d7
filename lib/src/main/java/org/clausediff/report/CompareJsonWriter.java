package org.clausediff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.compare.Correspondence;
import org.clausediff.compare.DocumentSimilarity;
import org.clausediff.compare.Edit;
import org.clausediff.compare.Link;
import org.clausediff.compare.Measure;
import org.clausediff.compare.Similarity;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * The JSON report of {@code clausediff compare}, {@code schemaVersion} 1, as in the design's
 * contract:
 *
 * <pre>
 * { "schemaVersion": 1,
 *   "left": {"name", "length", "sha256"}, "right": {...},
 *   "options": {"unit", "minSimilarity", "structural", "ignoreLabels", "normalization",
 *               "maxInlineDiffTokens"},
 *   "normalization": ["width", ...],
 *   "similarity": {"document", "measure", "leftCoverage", "rightCoverage", "inPlace"},
 *   "counts": {"sentence": {"EQUAL": n, ...}, "structure": {...}},
 *   "alignments": [ {"op", "level", "rightLevel"?, "moved", "identical",
 *                    "left": [{"start", "end"}], "right": [...],
 *                    "similarity", "measure", "scores"?: {...},
 *                    "labels"?: {"left": [...], "right": [...]},
 *                    "edits": [ {"type": "INSERT|DELETE|CHANGE", "left": {...}, "right": {...}} ],
 *                    "truncated"?: true } ],
 *   "deleted": [ {"start", "end", "level"} ], "added": [...] }
 * </pre>
 *
 * <p>{@code normalization} lists the rules that changed either text. A MOVED link that was also
 * modified has {@code "identical": false}, a similarity below 1 and edits. Structural links carry
 * {@code labels} (the headings' labels) and no edits. {@code scores} (the parts of the similarity)
 * are left out of links between identical keys, where every part is 1. Scores are rounded to four
 * decimals (six for the document), a score below 1 never rounds to 1. The output is deterministic
 * byte for byte.
 */
final class CompareJsonWriter implements ReportWriter<Comparison> {

  @Override
  public void write(Comparison comparison, Appendable out) throws IOException {
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    json.writeObjectFieldStart("left");
    JsonOutput.documentFields(json, comparison.left().document().source());
    json.writeEndObject();
    json.writeObjectFieldStart("right");
    JsonOutput.documentFields(json, comparison.right().document().source());
    json.writeEndObject();
    writeOptions(json, comparison.options());
    Set<NormalizationRule> applied = EnumSet.noneOf(NormalizationRule.class);
    applied.addAll(comparison.left().normalization());
    applied.addAll(comparison.right().normalization());
    json.writeArrayFieldStart("normalization");
    for (NormalizationRule rule : applied) {
      json.writeString(rule.id());
    }
    json.writeEndArray();
    DocumentSimilarity similarity = comparison.similarity();
    json.writeObjectFieldStart("similarity");
    json.writeNumberField("document", round(similarity.value(), 6));
    json.writeStringField("measure", similarity.measure().id());
    json.writeNumberField("leftCoverage", round(similarity.leftCoverage(), 6));
    json.writeNumberField("rightCoverage", round(similarity.rightCoverage(), 6));
    json.writeNumberField("inPlace", round(similarity.inPlace(), 6));
    json.writeEndObject();
    json.writeObjectFieldStart("counts");
    json.writeObjectFieldStart(comparison.options().level().id());
    writeCounts(
        json,
        comparison.counts(),
        ComparisonParts.deletedUnits(comparison).size(),
        ComparisonParts.addedUnits(comparison).size());
    json.writeEndObject();
    json.writeObjectFieldStart("structure");
    writeCounts(
        json,
        comparison.structuralCounts(),
        ComparisonParts.deletedStructure(comparison).size(),
        ComparisonParts.addedStructure(comparison).size());
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("alignments");
    for (Correspondence entry : comparison.alignments()) {
      writeAlignment(json, comparison, entry);
    }
    json.writeEndArray();
    writeUnits(json, "deleted", comparison.left().document().source(), comparison.deleted());
    writeUnits(json, "added", comparison.right().document().source(), comparison.added());
    json.writeEndObject();
    JsonOutput.close(json, out);
  }

  private static void writeOptions(JsonGenerator json, CompareOptions options) throws IOException {
    json.writeObjectFieldStart("options");
    json.writeStringField("unit", options.level().id());
    json.writeNumberField("minSimilarity", options.minSimilarity());
    json.writeBooleanField("structural", options.structural());
    json.writeBooleanField("ignoreLabels", options.ignoreLabels());
    json.writeArrayFieldStart("normalization");
    for (NormalizationRule rule : options.normalization().rules()) {
      json.writeString(rule.id());
    }
    json.writeEndArray();
    json.writeNumberField("maxInlineDiffTokens", options.maxInlineDiffTokens());
    json.writeEndObject();
  }

  private static void writeCounts(
      JsonGenerator json, Map<org.clausediff.compare.Op, Integer> counts, int deleted, int added)
      throws IOException {
    for (Map.Entry<org.clausediff.compare.Op, Integer> count : counts.entrySet()) {
      json.writeNumberField(count.getKey().name(), count.getValue());
    }
    json.writeNumberField("DELETED", deleted);
    json.writeNumberField("ADDED", added);
  }

  private static void writeAlignment(
      JsonGenerator json, Comparison comparison, Correspondence entry) throws IOException {
    Link link = entry.link();
    json.writeStartObject();
    json.writeStringField("op", link.op().name());
    json.writeStringField("level", link.level().id());
    if (link.rightLevel() != link.level()) {
      json.writeStringField("rightLevel", link.rightLevel().id());
    }
    json.writeBooleanField("moved", link.moved());
    json.writeBooleanField("identical", link.identical());
    writeSpans(json, "left", comparison.left().document().source(), link.leftUnits());
    writeSpans(json, "right", comparison.right().document().source(), link.rightUnits());
    Similarity similarity = link.similarity();
    json.writeNumberField("similarity", round(similarity.value(), 4));
    json.writeStringField("measure", similarity.measure().id());
    if (!link.identical()) {
      json.writeObjectFieldStart("scores");
      for (Map.Entry<Measure, Double> part : similarity.parts().entrySet()) {
        json.writeNumberField(part.getKey().id(), round(part.getValue(), 4));
      }
      json.writeEndObject();
    }
    if (link.level().isStructural()) {
      json.writeObjectFieldStart("labels");
      writeLabels(json, "left", link.leftUnits());
      writeLabels(json, "right", link.rightUnits());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("edits");
    for (Edit edit : entry.diff().changes()) {
      json.writeStartObject();
      json.writeStringField("type", type(edit));
      json.writeFieldName("left");
      JsonOutput.span(json, edit.left());
      json.writeFieldName("right");
      JsonOutput.span(json, edit.right());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (entry.diff().truncated()) {
      json.writeBooleanField("truncated", true);
    }
    json.writeEndObject();
  }

  static String type(Edit edit) {
    if (edit instanceof Edit.Insert) {
      return "INSERT";
    }
    if (edit instanceof Edit.Delete) {
      return "DELETE";
    }
    if (edit instanceof Edit.Replace) {
      return "CHANGE";
    }
    throw new AssertionError(edit);
  }

  private static void writeSpans(
      JsonGenerator json, String name, SourceText source, List<Unit> units) throws IOException {
    json.writeArrayFieldStart(name);
    for (Unit unit : units) {
      JsonOutput.span(json, source, unit.span());
    }
    json.writeEndArray();
  }

  private static void writeLabels(JsonGenerator json, String name, List<Unit> units)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (Unit unit : units) {
      json.writeString(unit.label());
    }
    json.writeEndArray();
  }

  private static void writeUnits(
      JsonGenerator json, String name, SourceText source, List<Unit> units) throws IOException {
    json.writeArrayFieldStart(name);
    for (Unit unit : units) {
      json.writeStartObject();
      JsonOutput.spanFields(json, source, unit.span());
      json.writeStringField("level", unit.kind().id());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** {@code value} rounded to {@code digits} decimals; a value below 1 stays below 1. */
  static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    double rounded = Math.round(value * scale) / scale;
    if (rounded >= 1.0 && value < 1.0) {
      return (Math.round(scale) - 1) / scale;
    }
    return rounded;
  }
}
