package org.clausediff.corpus.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.clausediff.corpus.CorpusStatus;
import org.clausediff.corpus.DocumentPair;
import org.clausediff.corpus.IndexReport;
import org.clausediff.corpus.Occurrence;
import org.clausediff.corpus.ReuseCluster;
import org.clausediff.corpus.ReuseReport;
import org.clausediff.corpus.SimilarHit;
import org.clausediff.corpus.SimilarResult;
import org.clausediff.report.ReportWriter;

/**
 * The corpus results as JSON, {@code schemaVersion} 1, in the shared style of the library's
 * reports:
 *
 * <pre>
 * similar: {"schemaVersion": 1, "query": {"name", "length", "sha256", "units"}, "candidates": n,
 *           "hits": [{"path", "sha256", "length", "similarity", "measure", "coverage", "estimate",
 *                     "exactUnits"}]}                                       (best first)
 * reuse:   {"schemaVersion": 1, "options": {...}, "documents": n, "units": n,
 *           "clusters": [{"kind", "label", "length", "documents", "similarity", "text",
 *                         "occurrences": [{"document", "start", "end",
 *                                          "source": {"line", "column", "endLine", "endColumn"},
 *                                          "sectionPath"}]}],         (source of a plain text)
 *           "pairs": [{"left", "right", "sharedLength", "leftShare", "rightShare"}]}
 * status:  {"schemaVersion": 1, "directory", "documents", "units", "codePoints", "indexBytes",
 *           "fingerprint": {"level", "ignoreLabels", "seed"}, "updated"}
 * index:   {"schemaVersion": 1, "added", "replaced", "unchanged", "pruned",
 *           "failures": [{"path", "message"}]}
 * </pre>
 *
 * <p>Offsets are code points into each document's decoded text, half-open. The {@code source} of an
 * occurrence in a document read by the formats module holds the fields of its start's location and,
 * under {@code "end"}, those of its end's: {@code {"page": 3, "line": 12, "end": {"page": 3,
 * "line": 14}}}, {@code {"paragraph": 41, "end": {"paragraph": 42}}} (see {@link
 * org.clausediff.text.SourceLocation#fields()}).
 */
public final class CorpusJsonWriter {
  private CorpusJsonWriter() {}

  /** The writer of {@link SimilarResult}s. */
  public static ReportWriter<SimilarResult> similar() {
    return (result, out) -> {
      JsonGenerator json = Json.open(out);
      json.writeStartObject();
      json.writeNumberField("schemaVersion", 1);
      json.writeObjectFieldStart("query");
      json.writeStringField("name", result.name());
      json.writeNumberField("length", result.length());
      json.writeStringField("sha256", result.sha256());
      json.writeNumberField("units", result.units());
      json.writeEndObject();
      json.writeNumberField("candidates", result.candidates());
      json.writeArrayFieldStart("hits");
      for (SimilarHit hit : result.hits()) {
        json.writeStartObject();
        json.writeStringField("path", hit.path());
        json.writeStringField("sha256", hit.sha256());
        json.writeNumberField("length", hit.length());
        json.writeNumberField("similarity", Numbers.rounded(hit.similarity()));
        json.writeStringField("measure", hit.measure());
        json.writeNumberField("coverage", Numbers.rounded(hit.coverage()));
        json.writeNumberField("estimate", Numbers.rounded(hit.estimate()));
        json.writeNumberField("exactUnits", hit.exactUnits());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      Json.close(json, out);
    };
  }

  /** The writer of {@link ReuseReport}s. */
  public static ReportWriter<ReuseReport> reuse() {
    return (report, out) -> {
      JsonGenerator json = Json.open(out);
      json.writeStartObject();
      json.writeNumberField("schemaVersion", 1);
      json.writeObjectFieldStart("options");
      json.writeNumberField("minDocs", report.options().minDocs());
      json.writeNumberField("minLength", report.options().minLength());
      json.writeNumberField("near", Numbers.rounded(report.options().near()));
      json.writeNumberField("boilerplateGroups", report.options().boilerplateGroups());
      json.writeEndObject();
      json.writeNumberField("documents", report.documents());
      json.writeNumberField("units", report.units());
      json.writeArrayFieldStart("clusters");
      for (ReuseCluster cluster : report.clusters()) {
        cluster(json, cluster);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("pairs");
      for (DocumentPair pair : report.pairs()) {
        json.writeStartObject();
        json.writeStringField("left", pair.left());
        json.writeStringField("right", pair.right());
        json.writeNumberField("sharedLength", pair.sharedLength());
        json.writeNumberField("leftShare", Numbers.rounded(pair.leftShare()));
        json.writeNumberField("rightShare", Numbers.rounded(pair.rightShare()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      Json.close(json, out);
    };
  }

  private static void cluster(JsonGenerator json, ReuseCluster cluster) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", cluster.kind().name());
    json.writeStringField("label", cluster.label().id());
    json.writeNumberField("length", cluster.length());
    json.writeNumberField("documents", cluster.documents());
    json.writeNumberField("similarity", Numbers.rounded(cluster.similarity()));
    json.writeStringField("text", cluster.text());
    json.writeArrayFieldStart("occurrences");
    for (Occurrence occurrence : cluster.occurrences()) {
      json.writeStartObject();
      json.writeStringField("document", occurrence.document());
      json.writeNumberField("start", occurrence.start());
      json.writeNumberField("end", occurrence.end());
      Locations.writeSource(json, occurrence);
      json.writeStringField("sectionPath", occurrence.sectionPath());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The writer of {@link CorpusStatus}es. */
  public static ReportWriter<CorpusStatus> status() {
    return (status, out) -> {
      JsonGenerator json = Json.open(out);
      json.writeStartObject();
      json.writeNumberField("schemaVersion", 1);
      json.writeStringField("directory", status.directory());
      json.writeNumberField("documents", status.documents());
      json.writeNumberField("units", status.units());
      json.writeNumberField("codePoints", status.codePoints());
      json.writeNumberField("indexBytes", status.indexBytes());
      json.writeObjectFieldStart("fingerprint");
      json.writeStringField("level", status.fingerprint().level().id());
      json.writeBooleanField("ignoreLabels", status.fingerprint().ignoreLabels());
      json.writeNumberField("seed", status.fingerprint().seed());
      json.writeEndObject();
      if (status.updated().isPresent()) {
        json.writeStringField("updated", status.updated().get());
      }
      json.writeEndObject();
      Json.close(json, out);
    };
  }

  /** The writer of {@link IndexReport}s. */
  public static ReportWriter<IndexReport> index() {
    return (report, out) -> {
      JsonGenerator json = Json.open(out);
      json.writeStartObject();
      json.writeNumberField("schemaVersion", 1);
      json.writeNumberField("added", report.added());
      json.writeNumberField("replaced", report.replaced());
      json.writeNumberField("unchanged", report.unchanged());
      json.writeNumberField("pruned", report.pruned());
      json.writeArrayFieldStart("failures");
      for (IndexReport.Failure failure : report.failures()) {
        json.writeStartObject();
        json.writeStringField("path", failure.path());
        json.writeStringField("message", failure.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      Json.close(json, out);
    };
  }
}
