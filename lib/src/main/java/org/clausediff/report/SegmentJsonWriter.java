package org.clausediff.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.clausediff.segment.Heading;
import org.clausediff.segment.Segmentation;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;
import org.clausediff.text.normalize.NormalizationRule;

/**
 * The JSON report of {@code clausediff segment}, {@code schemaVersion} 1:
 *
 * <pre>
 * { "schemaVersion": 1,
 *   "document": {"name", "length", "sha256", "encoding"},
 *   "normalization": ["width", ...],
 *   "units": [ {"kind", "start", "end", "label", "title", "children": [...]} ] }
 * </pre>
 *
 * <p>{@code label} and {@code title} appear on numbered units only. Units deeper than the chosen
 * level are left out (their parent's {@code children} is then empty).
 */
final class SegmentJsonWriter implements ReportWriter<Segmentation> {
  private final UnitKind deepest;

  private SegmentJsonWriter(UnitKind deepest) {
    this.deepest = deepest;
  }

  /** A writer that includes units down to {@code deepest}. */
  public static SegmentJsonWriter downTo(UnitKind deepest) {
    return new SegmentJsonWriter(checkNotNull(deepest, "deepest"));
  }

  @Override
  public void write(Segmentation segmentation, Appendable out) throws IOException {
    SourceText source = segmentation.document().source();
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    json.writeObjectFieldStart("document");
    JsonOutput.documentFields(json, source);
    json.writeStringField("encoding", SegmentTextWriter.encodingName(source));
    json.writeEndObject();
    json.writeArrayFieldStart("normalization");
    for (NormalizationRule rule : segmentation.normalization()) {
      json.writeString(rule.id());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("units");
    for (Unit unit : segmentation.document().roots()) {
      writeUnit(json, unit);
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.close(json, out);
  }

  private void writeUnit(JsonGenerator json, Unit unit) throws IOException {
    if (unit.kind().compareTo(deepest) > 0) {
      return;
    }
    json.writeStartObject();
    json.writeStringField("kind", unit.kind().id());
    JsonOutput.spanFields(json, unit.span());
    if (unit.heading().isPresent()) {
      Heading heading = unit.heading().get();
      json.writeStringField("label", heading.label());
      json.writeStringField("title", heading.title());
    }
    json.writeArrayFieldStart("children");
    for (Unit child : unit.children()) {
      writeUnit(json, child);
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
