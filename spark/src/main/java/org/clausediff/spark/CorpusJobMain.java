package org.clausediff.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.clausediff.ClauseDiffException;

/**
 * The {@code spark-submit} entry point of the corpus jobs.
 *
 * <pre>
 * reuse   --input PATH --output DIR [--input-format files|parquet|json] [--min-docs N]
 *         [--min-length N] [--near X] [--boilerplate-groups N] [--max-pairs N] [--driver-edges N]
 * similar --input PATH --output DIR [--input-format files|parquet|json] [--top K] [--pool N]
 *         [--max-df N]
 * </pre>
 *
 * <p>Exit status 0 when the output is written, 2 for trouble (a usage error, a missing input, an
 * existing output directory), with one plain line on standard error.
 */
public final class CorpusJobMain {
  private CorpusJobMain() {}

  /**
   * Runs a job in the Spark session that {@code spark-submit} configures; exits with its status.
   */
  public static void main(String[] args) {
    int status;
    SparkSession spark = null;
    try {
      Arguments parsed = Arguments.parse(args);
      spark = SparkSession.builder().appName("clausediff " + parsed.job()).getOrCreate();
      status = run(spark, parsed, System.err);
    } catch (IllegalArgumentException e) {
      System.err.println("clausediff-spark: " + e.getMessage());
      status = 2;
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
    System.exit(status);
  }

  /** Runs the job {@code args} name in {@code spark}; returns the exit status. */
  static int run(SparkSession spark, String[] args, PrintStream err) {
    try {
      return run(spark, Arguments.parse(args), err);
    } catch (IllegalArgumentException e) {
      err.println("clausediff-spark: " + e.getMessage());
      return 2;
    }
  }

  private static int run(SparkSession spark, Arguments args, PrintStream err) {
    JobOutput output = null;
    try {
      output = JobOutput.create(spark, args.output());
      Dataset<Row> documents = CorpusInput.read(spark, args.inputFormat(), args.input());
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("job", args.job());
      if (args.job().equals("reuse")) {
        ReuseJobOptions options = args.reuseOptions();
        try (ReuseOutput result = ReuseJob.run(spark, documents, options)) {
          output.write("clusters", result.clusters());
          output.write("pairs", result.pairs());
          output.write("failures", result.failures());
          Map<String, Object> map = new LinkedHashMap<>();
          map.put("minDocs", options.minDocs());
          map.put("minLength", options.minLength());
          map.put("near", Rounding.rounded(options.near()));
          map.put("boilerplateGroups", options.boilerplateGroups());
          summary.put("options", map);
          summary.put("documents", result.documents());
          summary.put("units", result.units());
          summary.put("failures", result.failures().count());
        }
      } else {
        SimilarJobOptions options = args.similarOptions();
        try (SimilarOutput result = SimilarJob.run(spark, documents, options)) {
          output.write("results", result.results());
          output.write("failures", result.failures());
          Map<String, Object> map = new LinkedHashMap<>();
          map.put("top", options.topK());
          map.put("pool", options.pool());
          map.put("maxDocumentFrequency", options.maxDocumentFrequency());
          summary.put("options", map);
          summary.put("documents", result.documents());
          summary.put("failures", result.failures().count());
        }
      }
      output.summary(summary);
      output.commit();
      return 0;
    } catch (ClauseDiffException e) {
      err.println("clausediff-spark: " + e.getMessage());
      abort(output);
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("clausediff-spark: " + e.getMessage());
      abort(output);
      return 2;
    }
  }

  private static void abort(JobOutput output) {
    if (output != null) {
      try {
        output.abort();
      } catch (IOException e) {
        // The first problem is the one reported.
      }
    }
  }

  /** The parsed command line. */
  record Arguments(
      String job,
      String input,
      CorpusInput.Format inputFormat,
      String output,
      Map<String, String> options) {

    private static final List<String> REUSE =
        List.of(
            "min-docs", "min-length", "near", "boilerplate-groups", "max-pairs", "driver-edges");
    private static final List<String> SIMILAR = List.of("top", "pool", "max-df");

    static Arguments parse(String[] args) {
      if (args.length == 0 || !(args[0].equals("reuse") || args[0].equals("similar"))) {
        throw new IllegalArgumentException(
            "usage: reuse|similar --input PATH --output DIR [options] (see docs/SPARK.md)");
      }
      String job = args[0];
      Map<String, String> options = new LinkedHashMap<>();
      List<String> allowed = new ArrayList<>(List.of("input", "output", "input-format"));
      allowed.addAll(job.equals("reuse") ? REUSE : SIMILAR);
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("--") || !allowed.contains(arg.substring(2))) {
          throw new IllegalArgumentException(
              "unknown option "
                  + arg
                  + " for "
                  + job
                  + " (accepted: --"
                  + String.join(", --", allowed)
                  + ")");
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        options.put(arg.substring(2), args[++i]);
      }
      for (String required : List.of("input", "output")) {
        if (!options.containsKey(required)) {
          throw new IllegalArgumentException(job + " needs --" + required);
        }
      }
      CorpusInput.Format format =
          CorpusInput.Format.parse(options.getOrDefault("input-format", "files"));
      return new Arguments(job, options.get("input"), format, options.get("output"), options);
    }

    ReuseJobOptions reuseOptions() {
      ReuseJobOptions o = ReuseJobOptions.defaults();
      o = o.withMinDocs(integer("min-docs", o.minDocs()));
      o = o.withMinLength(integer("min-length", o.minLength()));
      o = o.withNear(number("near", o.near()));
      o = o.withBoilerplateGroups(integer("boilerplate-groups", o.boilerplateGroups()));
      o = o.withMaxPairs(integer("max-pairs", o.maxPairs()));
      return o.withDriverEdges(integer("driver-edges", o.driverEdges()));
    }

    SimilarJobOptions similarOptions() {
      SimilarJobOptions o = SimilarJobOptions.withTopK((int) integer("top", 10));
      o = o.withPool((int) integer("pool", o.pool()));
      return o.withMaxDocumentFrequency((int) integer("max-df", o.maxDocumentFrequency()));
    }

    private long integer(String name, long fallback) {
      String value = options.get(name);
      if (value == null) {
        return fallback;
      }
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--" + name + " must be a whole number but was " + value.toLowerCase(Locale.ROOT));
      }
    }

    private int integer(String name, int fallback) {
      return Math.toIntExact(integer(name, (long) fallback));
    }

    private double number(String name, double fallback) {
      String value = options.get(name);
      if (value == null) {
        return fallback;
      }
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--" + name + " must be a number but was " + value);
      }
    }
  }
}
