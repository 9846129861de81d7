package org.clausediff.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clausediff.collate.Collation;
import org.clausediff.compare.Edit;
import org.clausediff.compare.InlineDiff;
import org.clausediff.segment.Document;
import org.clausediff.segment.Unit;
import org.clausediff.text.SourceText;

/**
 * The JSON report of {@code clausediff collate}, {@code schemaVersion} 1:
 *
 * <pre>
 * { "schemaVersion": 1,
 *   "original"?: {"name", "length", "sha256"},
 *   "versions": [ {"name", "length", "sha256"} ],
 *   "minVersions": k,
 *   "coverage": [ share per version ],
 *   "versionSimilarity": [ [ similarity of versions a and b ] ],
 *   "matrix": [ {"kind", "start", "end", "label"?, "title"?,
 *                "cells": [ {"status": "kept|modified|moved|absent",
 *                            "verdict": "kept|reworded|dropped", "op"?, "similarity"?,
 *                            "units": [{"start", "end"}]} ]} ],
 *   "core": [ {"kind", "shared", "reference", "consensus",
 *              "units": [ {"kind", "start", "end", "label", "title", "similarity"?,
 *                          "verdict", "toConsensus"} | null ],
 *              "sentences": [ {"shared", "reference", "consensus",
 *                              "units": [ {"start", "end", "similarity", "verdict",
 *                                          "toConsensus", "edits": [...]} | null ]} ],
 *              "own": [ [{"start", "end"}] ]} ],
 *   "looseCore": [ sentences as above ],
 *   "additions": [ {"shared", "kind": "new|core-content|extra-copy",
 *                   "units": [ {"kind", "start", "end", "label"?, "title"?} | null ]} ] }
 * </pre>
 *
 * <p>Arrays under {@code cells}, {@code units} and {@code own} have one entry per version, in the
 * order of {@code versions}; {@code null} marks a version without a counterpart. Offsets are code
 * points into each version's decoded text (the original's for a matrix row). Edits go from the
 * reference's sentence (left) to the version's (right). Deterministic byte for byte.
 */
final class CollationJsonWriter implements ReportWriter<Collation> {

  @Override
  public void write(Collation collation, Appendable out) throws IOException {
    JsonGenerator json = JsonOutput.open(out);
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    List<Collation.Row> matrix = List.of();
    List<Collation.CoreUnit> core = List.of();
    List<Collation.CoreSentence> looseCore = List.of();
    Optional<SourceText> original = Optional.empty();
    if (collation instanceof Collation.AgainstOriginal against) {
      original = Optional.of(against.original().source());
      json.writeObjectFieldStart("original");
      JsonOutput.documentFields(json, against.original().source());
      json.writeEndObject();
      matrix = against.matrix();
    } else if (collation instanceof Collation.Reconstructed reconstructed) {
      core = reconstructed.core();
      looseCore = reconstructed.looseCore();
    }
    json.writeArrayFieldStart("versions");
    for (Document version : collation.versions()) {
      json.writeStartObject();
      JsonOutput.documentFields(json, version.source());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("minVersions", collation.minVersions());
    json.writeArrayFieldStart("coverage");
    for (int v = 0; v < collation.versions().size(); v++) {
      json.writeNumber(CompareJsonWriter.round(collation.coverage(v), 4));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("versionSimilarity");
    for (List<Double> row : collation.versionSimilarity()) {
      json.writeStartArray();
      for (double s : row) {
        json.writeNumber(CompareJsonWriter.round(s, 4));
      }
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("matrix");
    for (Collation.Row row : matrix) {
      json.writeStartObject();
      unitFields(json, original.orElseThrow(), row.unit());
      json.writeArrayFieldStart("cells");
      for (int v = 0; v < row.cells().size(); v++) {
        Collation.Cell cell = row.cells().get(v);
        json.writeStartObject();
        json.writeStringField("status", CollationLabels.status(cell).id());
        json.writeStringField("verdict", cell.verdict().id());
        if (cell.op().isPresent()) {
          json.writeStringField("op", cell.op().get().name());
          json.writeNumberField(
              "similarity", CompareJsonWriter.round(cell.similarity().getAsDouble(), 4));
        }
        json.writeArrayFieldStart("units");
        for (Unit unit : cell.counterparts()) {
          JsonOutput.span(json, source(collation, v), unit.span());
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("core");
    for (Collation.CoreUnit unit : core) {
      json.writeStartObject();
      json.writeStringField("kind", unit.referenceUnit().kind().id());
      json.writeNumberField("shared", unit.shared());
      json.writeNumberField("reference", unit.reference());
      json.writeStringField("consensus", unit.consensus());
      json.writeArrayFieldStart("units");
      for (int v = 0; v < unit.units().size(); v++) {
        Optional<Unit> member = unit.units().get(v);
        if (member.isEmpty()) {
          json.writeNull();
          continue;
        }
        json.writeStartObject();
        unitFields(json, source(collation, v), member.get());
        similarity(json, unit.similarity().get(v));
        verdict(json, unit.verdict(v), unit.toConsensus().get(v));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("sentences");
      for (Collation.CoreSentence sentence : unit.sentences()) {
        sentence(json, collation, sentence);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("own");
      for (int v = 0; v < unit.own().size(); v++) {
        json.writeStartArray();
        for (Unit sentence : unit.own().get(v)) {
          JsonOutput.span(json, source(collation, v), sentence.span());
        }
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("looseCore");
    for (Collation.CoreSentence sentence : looseCore) {
      sentence(json, collation, sentence);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("additions");
    for (Collation.Addition addition : collation.additions()) {
      json.writeStartObject();
      json.writeNumberField("shared", addition.shared());
      json.writeStringField("kind", addition.kind().id());
      json.writeArrayFieldStart("units");
      for (int v = 0; v < addition.units().size(); v++) {
        Optional<Unit> unit = addition.units().get(v);
        if (unit.isEmpty()) {
          json.writeNull();
        } else {
          json.writeStartObject();
          unitFields(json, source(collation, v), unit.get());
          json.writeEndObject();
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    JsonOutput.close(json, out);
  }

  /** The text of version {@code v}. */
  private static SourceText source(Collation collation, int v) {
    return collation.versions().get(v).source();
  }

  private static void unitFields(JsonGenerator json, SourceText source, Unit unit)
      throws IOException {
    json.writeStringField("kind", unit.kind().id());
    JsonOutput.spanFields(json, source, unit.span());
    if (unit.heading().isPresent()) {
      json.writeStringField("label", unit.label());
      json.writeStringField("title", unit.title());
    }
  }

  private static void similarity(JsonGenerator json, OptionalDouble similarity) throws IOException {
    if (similarity.isPresent()) {
      json.writeNumberField("similarity", CompareJsonWriter.round(similarity.getAsDouble(), 4));
    }
  }

  private static void verdict(
      JsonGenerator json, Collation.Verdict verdict, OptionalDouble toConsensus)
      throws IOException {
    json.writeStringField("verdict", verdict.id());
    if (toConsensus.isPresent()) {
      json.writeNumberField("toConsensus", CompareJsonWriter.round(toConsensus.getAsDouble(), 4));
    }
  }

  private static void sentence(
      JsonGenerator json, Collation collation, Collation.CoreSentence sentence) throws IOException {
    json.writeStartObject();
    json.writeNumberField("shared", sentence.shared());
    json.writeNumberField("reference", sentence.reference());
    json.writeStringField("consensus", sentence.consensus());
    json.writeArrayFieldStart("units");
    for (int v = 0; v < sentence.units().size(); v++) {
      Optional<Unit> unit = sentence.units().get(v);
      if (unit.isEmpty()) {
        json.writeNull();
        continue;
      }
      json.writeStartObject();
      JsonOutput.spanFields(json, source(collation, v), unit.get().span());
      similarity(json, sentence.similarity().get(v));
      verdict(json, sentence.verdict(v), sentence.toConsensus().get(v));
      InlineDiff diff = sentence.diffs().get(v);
      json.writeArrayFieldStart("edits");
      for (Edit edit : diff.changes()) {
        json.writeStartObject();
        json.writeStringField("type", CompareJsonWriter.type(edit));
        json.writeFieldName("left");
        JsonOutput.span(json, edit.left());
        json.writeFieldName("right");
        JsonOutput.span(json, edit.right());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
