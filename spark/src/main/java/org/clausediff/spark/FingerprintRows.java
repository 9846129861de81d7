package org.clausediff.spark;

import com.google.common.collect.Iterators;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clausediff.ClauseDiffException;
import org.clausediff.fingerprint.DocumentFingerprint;
import org.clausediff.fingerprint.FingerprintOptions;
import org.clausediff.fingerprint.Fingerprinter;
import org.clausediff.fingerprint.UnitFingerprint;
import org.clausediff.text.Encoding;
import org.clausediff.text.SourceText;

/**
 * The library's {@link DocumentFingerprint}s as Spark rows, made in the executors by {@link
 * Fingerprinter}: one row per document with its text, its units (position, span, section path, key
 * hash and length, MinHash signature as {@link Signatures} bytes) and its document signature.
 *
 * <p>{@link #toFingerprint} turns a row back into the library's value, equal to the one the
 * fingerprinter made, for the library's estimates ({@link
 * org.clausediff.fingerprint.FingerprintIndex}).
 */
final class FingerprintRows {
  static final StructType UNIT =
      new StructType()
          .add("pos", DataTypes.IntegerType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("sectionPath", DataTypes.StringType, false)
          .add("keyHash", DataTypes.LongType, false)
          .add("keyLength", DataTypes.IntegerType, false)
          .add("signature", DataTypes.BinaryType, false);

  /**
   * {@code (doc, text, encoding, sha256, length, unitLength, units, signature, problem)}; a
   * document that could not be read or fingerprinted has only {@code doc} and {@code problem}.
   * {@code unitLength} is the code points of all its units, as the one-machine shares count them.
   */
  static final StructType SCHEMA =
      new StructType()
          .add("doc", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, true)
          .add("encoding", DataTypes.StringType, true)
          .add("sha256", DataTypes.StringType, true)
          .add("length", DataTypes.IntegerType, true)
          .add("unitLength", DataTypes.LongType, true)
          .add("units", DataTypes.createArrayType(UNIT, false), true)
          .add("signature", DataTypes.BinaryType, true)
          .add("problem", DataTypes.StringType, true);

  private FingerprintRows() {}

  /** Fingerprints the documents of {@link CorpusInput#read} in the executors. */
  static Dataset<Row> fingerprint(Dataset<Row> documents, FingerprintOptions options) {
    MapPartitionsFunction<Row, Row> function =
        rows -> {
          Fingerprinter fingerprinter = Fingerprinter.of(options);
          return Iterators.transform(rows, row -> row(fingerprinter, row));
        };
    return documents.mapPartitions(function, Encoders.row(SCHEMA));
  }

  private static Row row(Fingerprinter fingerprinter, Row document) {
    String id = document.getString(0);
    if (!document.isNullAt(3)) {
      return failed(id, document.getString(3));
    }
    SourceText text;
    DocumentFingerprint fingerprint;
    try {
      text = SourceText.of(id, document.getString(1));
      fingerprint = fingerprinter.fingerprint(text);
    } catch (ClauseDiffException e) {
      return failed(id, e.getMessage());
    }
    List<Row> units = new ArrayList<>(fingerprint.units().size());
    long unitLength = 0;
    for (int p = 0; p < fingerprint.units().size(); p++) {
      UnitFingerprint unit = fingerprint.units().get(p);
      unitLength += unit.end() - unit.start();
      units.add(
          RowFactory.create(
              p,
              unit.start(),
              unit.end(),
              unit.sectionPath(),
              unit.keyHash(),
              unit.keyLength(),
              Signatures.encode(unit.signature())));
    }
    return RowFactory.create(
        id,
        text.text(),
        text.encoding().map(Encoding::name).orElse(null),
        fingerprint.sha256(),
        fingerprint.length(),
        unitLength,
        units.toArray(new Row[0]),
        Signatures.encode(fingerprint.signature()),
        null);
  }

  private static Row failed(String id, String problem) {
    return RowFactory.create(id, null, null, null, null, null, null, null, problem);
  }

  /** The library's fingerprint of a document from the fields of its row of {@link #SCHEMA}. */
  static DocumentFingerprint toFingerprint(
      String doc,
      String sha256,
      int length,
      List<Row> rows,
      byte[] signature,
      FingerprintOptions options) {
    List<UnitFingerprint> units = new ArrayList<>(rows.size());
    for (Row unit : rows) {
      units.add(
          new UnitFingerprint(
              unit.getInt(1),
              unit.getInt(2),
              options.level(),
              unit.getString(3),
              unit.getLong(4),
              unit.getInt(5),
              Signatures.decode((byte[]) unit.get(6))));
    }
    return new DocumentFingerprint(
        doc, sha256, length, options, units, Signatures.decode(signature));
  }
}
