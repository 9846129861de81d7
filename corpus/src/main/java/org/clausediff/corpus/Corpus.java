package org.clausediff.corpus;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.clausediff.ClauseDiffException;
import org.clausediff.fingerprint.DocumentFingerprint;
import org.clausediff.fingerprint.FingerprintOptions;
import org.clausediff.fingerprint.Fingerprinter;
import org.clausediff.fingerprint.UnitFingerprint;
import org.clausediff.text.Encoding;
import org.clausediff.text.SourceFormat;
import org.clausediff.text.SourceText;

/**
 * A corpus of documents in an embedded, durable Apache Lucene index on disk: add files and
 * directories incrementally, find the documents most like a given one, and find passages shared
 * between documents.
 *
 * <pre>{@code
 * try (Corpus corpus = Corpus.open(Path.of("policies.index"))) {
 *   corpus.index(List.of(Path.of("policies/")), IndexOptions.defaults(), executor,
 *       IndexProgress.none());
 *   SimilarResult r = corpus.similar(ClauseDiff.read(Path.of("state-council.txt")), 10);
 *   ReuseReport shared = corpus.reuse(ReuseOptions.defaults());
 * }
 * }</pre>
 *
 * <p>Each file is one document: its path, the SHA-256 of its bytes (to skip it when unchanged) and
 * of its text, its text, and its {@link DocumentFingerprint} (units with section paths, key hashes
 * and MinHash signatures, made by the library's {@link Fingerprinter}); indexed are its CJK bigrams
 * (for BM25), its units' key hashes and its document signature's band keys. Indexing commits every
 * few seconds, so a crash or an interrupt leaves the index at its last commit, usable, and indexing
 * the same paths again completes it.
 *
 * <p>Thread-safe: any number of threads may search while one indexes (searches see the last
 * commit); a second {@code index} call waits for the first. Another process may search the same
 * directory at any time, but only one may index it at once. The library starts no threads: {@link
 * #index} reads and fingerprints files on the caller's {@link Executor}.
 */
public final class Corpus implements AutoCloseable {
  /**
   * The BM25 field: analyzed, with term frequencies and norms but without positions (no phrase is
   * ever searched), so no positions are written.
   */
  private static final FieldType BIGRAM_FIELD = bigramField();

  private static FieldType bigramField() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(false);
    type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /** The most files read and fingerprinted at once on the executor. */
  private static final int MAX_RUNNING = 64;

  /** Two units match in {@link #similar}'s estimates from this estimated Jaccard similarity. */
  static final double UNIT_MATCH = 0.7;

  private final Path path;
  private final Directory directory;
  private final DocumentReader reader;
  private final FingerprintOptions options;
  private final Fingerprinter fingerprinter;
  private final SearcherManager searchers;
  private final ReentrantLock writing = new ReentrantLock();

  /**
   * Why the index cannot be searched or added to: it was written by another version (of the index
   * format or of the fingerprints); empty once it is current, as after a rebuild.
   */
  private volatile Optional<String> otherVersion;

  private Corpus(
      Path path,
      Directory directory,
      DocumentReader reader,
      Stamp stamp,
      SearcherManager searchers) {
    this.path = path;
    this.directory = directory;
    this.reader = reader;
    this.options = stamp.options();
    this.fingerprinter = Fingerprinter.of(options);
    this.otherVersion = stamp.otherVersion();
    this.searchers = searchers;
  }

  /**
   * Opens the index in {@code directory}, creating it (and the directory) when there is none; files
   * are read as plain text ({@link DocumentReader#plainText()}).
   *
   * <p>An index written by another version of clausediff — another index format, or fingerprints
   * that another segmentation or normalization made ({@link Fingerprinter#version()}) — opens, but
   * every search and every {@link #index} call without {@link IndexOptions#rebuild()} throws a
   * {@link CorpusException} saying to rebuild it: mixing its fingerprints with new ones, or
   * matching a query's fingerprint with them, would give wrong answers.
   *
   * @throws IOException if the directory cannot be read or created
   * @throws CorpusException if the directory holds something other than a clausediff index, or
   *     another process is creating the index
   */
  public static Corpus open(Path directory) throws IOException {
    return open(directory, DocumentReader.plainText());
  }

  /**
   * Opens the existing index in {@code directory}, for searching (and indexing) without creating
   * one.
   *
   * @throws CorpusException if {@code directory} does not exist or holds no clausediff index
   */
  public static Corpus openExisting(Path directory) throws IOException {
    checkNotNull(directory, "directory");
    Path path = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      throw new CorpusException(directory.toString(), "no such index directory");
    }
    try (FSDirectory fs = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(fs)) {
        throw new CorpusException(directory.toString(), "is not a clausediff corpus index");
      }
    }
    return open(directory);
  }

  /**
   * Opens the index in {@code directory} as {@link #open(Path)} does, reading files with {@code
   * reader}.
   */
  public static Corpus open(Path directory, DocumentReader reader) throws IOException {
    checkNotNull(directory, "directory");
    checkNotNull(reader, "reader");
    Path path = directory.toAbsolutePath().normalize();
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new CorpusException(path.toString(), "is a file, not an index directory");
    }
    Files.createDirectories(path);
    FSDirectory fs = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(fs)) {
        try (Stream<Path> entries = Files.list(path)) {
          if (entries.anyMatch(p -> !p.getFileName().toString().equals("write.lock"))) {
            throw new CorpusException(
                path.toString(), "is neither empty nor a clausediff corpus index");
          }
        }
        create(fs, path);
      }
      return new Corpus(path, fs, reader, stamp(fs, path), new SearcherManager(fs, null));
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
  }

  private static void create(Directory directory, Path path) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(new BigramAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      writer.setLiveCommitData(commitData(FingerprintOptions.defaults(), false).entrySet());
      writer.commit();
    } catch (LockObtainFailedException e) {
      throw locked(path, e);
    }
  }

  /**
   * What the newest commit says: the fingerprint options of the index, and, if it was written by
   * another version of clausediff, which (the options are then the defaults a rebuild uses).
   */
  private record Stamp(FingerprintOptions options, Optional<String> otherVersion) {}

  private static Stamp stamp(Directory directory, Path path) throws IOException {
    List<IndexCommit> commits = DirectoryReader.listCommits(directory);
    Map<String, String> data = commits.get(commits.size() - 1).getUserData();
    String format = data.get(Fields.FORMAT);
    if (format == null) {
      throw new CorpusException(path.toString(), "is a Lucene index but not a clausediff corpus");
    }
    // Indexes of format 1 recorded no fingerprint version: theirs was the first.
    String fingerprints = data.getOrDefault(Fields.FINGERPRINT_VERSION, "1");
    if (!format.equals(Fields.FORMAT_VERSION) || !fingerprints.equals(Fingerprinter.version())) {
      return new Stamp(
          FingerprintOptions.defaults(),
          Optional.of(
              "index format "
                  + format
                  + " with fingerprints "
                  + fingerprints
                  + ", where this version writes format "
                  + Fields.FORMAT_VERSION
                  + " with fingerprints "
                  + Fingerprinter.version()));
    }
    try {
      return new Stamp(
          UnitCodec.decodeOptions(data.getOrDefault(Fields.FINGERPRINT, "")), Optional.empty());
    } catch (IllegalArgumentException e) {
      throw new CorpusException(
          path.toString(), "has damaged commit data (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Throws the one sentence that tells the user to rebuild an index of another version.
   *
   * @throws CorpusException if the index was written by another version of clausediff
   */
  private void checkCurrent() {
    Optional<String> other = otherVersion;
    if (other.isPresent()) {
      throw new CorpusException(
          path.toString(),
          "was made by another version of clausediff ("
              + other.get()
              + "); rebuild it from the files with: clausediff corpus index --rebuild "
              + path
              + " PATH…");
    }
  }

  private static Map<String, String> commitData(FingerprintOptions options, boolean stamp) {
    Map<String, String> data = new java.util.TreeMap<>();
    data.put(Fields.FORMAT, Fields.FORMAT_VERSION);
    data.put(Fields.FINGERPRINT_VERSION, Fingerprinter.version());
    data.put(Fields.FINGERPRINT, UnitCodec.encodeOptions(options));
    if (stamp) {
      data.put(Fields.UPDATED, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }
    return data;
  }

  private static CorpusException locked(Path path, Exception cause) {
    return new CorpusException(
        path.toString(), "is being indexed by another process; wait for it to finish", cause);
  }

  /** The index directory (absolute). */
  public Path directory() {
    return path;
  }

  /**
   * Indexes the files in {@code paths} on the calling thread, with {@link IndexOptions#defaults()}.
   */
  public IndexReport index(List<Path> paths) throws IOException {
    return index(paths, IndexOptions.defaults(), Runnable::run, IndexProgress.none());
  }

  /**
   * Adds or updates the files in {@code paths}: each file named, and every file that the reader
   * {@link DocumentReader#accepts} under each directory named, recursively (hidden files and
   * directories, and the index directory itself, are skipped). A file whose bytes have the SHA-256
   * recorded for its path is skipped; a changed one replaces the indexed document. Files that
   * cannot be read or decoded are listed in the report and do not stop the run. With {@link
   * IndexOptions#prune()}, documents whose file no longer exists are dropped.
   *
   * <p>Files are read, decoded and fingerprinted as tasks on {@code executor} (at most 64 at a
   * time); {@code progress} is told on this thread. The index is committed every {@link
   * IndexOptions#commitInterval()} and at the end; searches see each commit.
   *
   * <p>With {@link IndexOptions#rebuild()}, every document is dropped first: the index then holds
   * the files named now, fingerprinted by this version (the documents go at the first commit, so an
   * interrupted rebuild leaves the index as it was, or holding the files indexed so far).
   *
   * @throws NoSuchFileException if a path named does not exist
   * @throws IOException if a directory cannot be walked or the index cannot be written
   * @throws CorpusException if another process is indexing into the same directory, or the index
   *     was written by another version of clausediff and {@code rebuild} is not set
   */
  public IndexReport index(
      List<Path> paths, IndexOptions indexOptions, Executor executor, IndexProgress progress)
      throws IOException {
    checkNotNull(paths, "paths");
    checkNotNull(indexOptions, "indexOptions");
    checkNotNull(executor, "executor");
    checkNotNull(progress, "progress");
    writing.lock();
    try {
      checkState(!closed, "the corpus %s is closed", path);
      if (!indexOptions.rebuild()) {
        checkCurrent();
      }
      List<Path> files = collect(paths);
      Map<String, String> known = indexOptions.rebuild() ? Map.of() : knownFiles();
      IndexWriterConfig config =
          new IndexWriterConfig(new BigramAnalyzer())
              .setOpenMode(
                  indexOptions.rebuild()
                      ? IndexWriterConfig.OpenMode.CREATE
                      : IndexWriterConfig.OpenMode.APPEND)
              .setRAMBufferSizeMB(128);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw locked(path, e);
      }
      try (writer) {
        IndexReport report = index(files, known, writer, indexOptions, executor, progress);
        writer.setLiveCommitData(commitData(options, true).entrySet());
        writer.commit();
        otherVersion = Optional.empty();
        return report;
      } finally {
        searchers.maybeRefreshBlocking();
      }
    } finally {
      writing.unlock();
    }
  }

  /** The outcome of one file. */
  private enum Outcome {
    ADDED,
    REPLACED,
    UNCHANGED,
    FAILED
  }

  private record Handled(String path, Outcome outcome, Optional<String> problem) {}

  private IndexReport index(
      List<Path> files,
      Map<String, String> known,
      IndexWriter writer,
      IndexOptions indexOptions,
      Executor executor,
      IndexProgress progress)
      throws IOException {
    int[] counts = new int[Outcome.values().length];
    List<IndexReport.Failure> failures = new ArrayList<>();
    ArrayDeque<CompletableFuture<Handled>> running = new ArrayDeque<>();
    long lastCommit = System.nanoTime();
    int done = 0;
    int next = 0;
    try {
      while (next < files.size() || !running.isEmpty()) {
        if (next < files.size() && running.size() < MAX_RUNNING) {
          Path file = files.get(next++);
          running.add(CompletableFuture.supplyAsync(() -> handle(file, known, writer), executor));
        }
        // Tell of every file handled so far, in order: at once when the executor runs tasks on
        // this thread, and when the window is full otherwise.
        while (!running.isEmpty()
            && (running.peek().isDone() || running.size() >= MAX_RUNNING || next == files.size())) {
          Handled handled = join(running.poll());
          counts[handled.outcome().ordinal()]++;
          handled
              .problem()
              .ifPresent(p -> failures.add(new IndexReport.Failure(handled.path(), p)));
          progress.update(++done, files.size(), handled.path());
          if (System.nanoTime() - lastCommit >= indexOptions.commitInterval().toNanos()) {
            writer.setLiveCommitData(commitData(options, true).entrySet());
            writer.commit();
            searchers.maybeRefresh();
            lastCommit = System.nanoTime();
          }
        }
      }
    } catch (IOException | RuntimeException | Error e) {
      for (CompletableFuture<Handled> task : running) {
        try {
          task.join();
        } catch (CompletionException ignored) {
          // The first problem is the one reported.
        }
      }
      throw e;
    }
    int pruned = 0;
    if (indexOptions.prune()) {
      for (String indexed : known.keySet()) {
        if (!Files.exists(Path.of(indexed))) {
          writer.deleteDocuments(new Term(Fields.PATH, indexed));
          pruned++;
        }
      }
    }
    failures.sort(java.util.Comparator.comparing(IndexReport.Failure::path));
    return new IndexReport(
        counts[Outcome.ADDED.ordinal()],
        counts[Outcome.REPLACED.ordinal()],
        counts[Outcome.UNCHANGED.ordinal()],
        pruned,
        failures);
  }

  private static <T> T join(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException) {
        throw ((UncheckedIOException) cause).getCause();
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
  }

  /** Reads, fingerprints and adds one file; runs on the executor. */
  private Handled handle(Path file, Map<String, String> known, IndexWriter writer) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Handled(name, Outcome.FAILED, Optional.of(name + ": " + reason(e)));
    }
    String fileHash = Hashing.sha256().hashBytes(bytes).toString();
    String old = known.get(name);
    if (fileHash.equals(old)) {
      return new Handled(name, Outcome.UNCHANGED, Optional.empty());
    }
    SourceText text;
    DocumentFingerprint fingerprint;
    try {
      text = reader.read(file, bytes);
      fingerprint = fingerprinter.fingerprint(text);
    } catch (ClauseDiffException e) {
      return new Handled(name, Outcome.FAILED, Optional.of(e.getMessage()));
    } catch (IOException e) {
      return new Handled(name, Outcome.FAILED, Optional.of(name + ": " + reason(e)));
    }
    try {
      writer.updateDocument(
          new Term(Fields.PATH, name), document(name, fileHash, text, fingerprint));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Handled(name, old == null ? Outcome.ADDED : Outcome.REPLACED, Optional.empty());
  }

  private static List<org.apache.lucene.index.IndexableField> document(
      String name, String fileHash, SourceText text, DocumentFingerprint fingerprint) {
    List<org.apache.lucene.index.IndexableField> fields = new ArrayList<>();
    fields.add(new StringField(Fields.PATH, name, Field.Store.YES));
    fields.add(new StoredField(Fields.FILE_SHA256, fileHash));
    fields.add(new StoredField(Fields.SHA256, fingerprint.sha256()));
    fields.add(new StoredField(Fields.LENGTH, fingerprint.length()));
    fields.add(new NumericDocValuesField(Fields.LENGTH, fingerprint.length()));
    fields.add(new NumericDocValuesField(Fields.UNIT_COUNT, fingerprint.units().size()));
    fields.add(new StoredField(Fields.ENCODING, text.encoding().map(Encoding::name).orElse("")));
    fields.add(new StoredField(Fields.TEXT, text.text()));
    if (text.format() != SourceFormat.TEXT) {
      fields.add(new StoredField(Fields.SOURCE_FORMAT, text.format().name()));
      fields.add(new StoredField(Fields.SOURCE_MAP, SourceMapCodec.encode(text.sourceMap())));
    }
    for (String note : text.notes()) {
      fields.add(new StoredField(Fields.NOTES, note));
    }
    fields.add(new StoredField(Fields.UNITS, UnitCodec.encode(fingerprint.units())));
    fields.add(
        new StoredField(Fields.SIGNATURE, UnitCodec.encodeSignature(fingerprint.signature())));
    fields.add(new Field(Fields.BIGRAMS, text.text(), BIGRAM_FIELD));
    for (long band : fingerprint.bandKeys()) {
      fields.add(
          new StringField(Fields.BAND, new BytesRef(UnitCodec.longBytes(band)), Field.Store.NO));
    }
    Set<Long> keys = new TreeSet<>();
    for (UnitFingerprint unit : fingerprint.units()) {
      if (unit.keyLength() >= SimilarSearch.MIN_KEY_LENGTH) {
        keys.add(unit.keyHash());
      }
    }
    for (long key : keys) {
      fields.add(
          new StringField(Fields.KEY, new BytesRef(UnitCodec.longBytes(key)), Field.Store.NO));
    }
    return fields;
  }

  /** The files to index: sorted, without duplicates. */
  private List<Path> collect(List<Path> paths) throws IOException {
    TreeSet<Path> files = new TreeSet<>();
    for (Path given : paths) {
      Path p = given.toAbsolutePath().normalize();
      if (!Files.exists(p)) {
        throw new NoSuchFileException(given.toString());
      }
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(f -> !f.startsWith(path))
            .filter(f -> !hidden(p, f))
            .filter(Files::isRegularFile)
            .filter(reader::accepts)
            .forEach(files::add);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return new ArrayList<>(files);
  }

  /** Whether {@code file} or a directory between {@code root} and it is hidden (a dot name). */
  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Path → SHA-256 of the bytes, of every indexed document. */
  private Map<String, String> knownFiles() throws IOException {
    Map<String, String> known = new HashMap<>();
    IndexSearcher searcher = acquire();
    try {
      StoredFields stored = searcher.getIndexReader().storedFields();
      Set<String> wanted = Set.of(Fields.PATH, Fields.FILE_SHA256);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            org.apache.lucene.document.Document d = stored.document(leaf.docBase + doc, wanted);
            known.put(d.get(Fields.PATH), d.get(Fields.FILE_SHA256));
          }
        }
      }
    } finally {
      searchers.release(searcher);
    }
    return known;
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * The documents of the corpus most like {@code document}, best first: at most {@code topK}, each
   * with its similarity to {@code document} as {@code compare} measures it and the share of {@code
   * document}'s sentences it covers.
   *
   * <p>Candidates are the documents that BM25 over CJK bigrams ranks highest for {@code document}'s
   * bigrams (a fixed sample of 400), those that share the most of its sentences' key hashes, and
   * those that share the most band keys of its document signature; their fingerprints are matched
   * with {@code document}'s ({@link org.clausediff.fingerprint.FingerprintIndex}) and the best are
   * verified by comparing the texts with the library ({@code ClauseDiff.compareEach}: {@code
   * document} is segmented and keyed once for all of them). The document itself is found when it is
   * indexed.
   *
   * @throws CorpusException if {@code document} has no sentences
   * @throws IllegalArgumentException if {@code topK} is not in {@code [1, 1000]}
   */
  public SimilarResult similar(SourceText document, int topK) throws IOException {
    return similar(document, topK, Runnable::run);
  }

  /**
   * {@link #similar(SourceText, int)}, verifying the best candidates as tasks on {@code executor}
   * (the comparisons are most of the work).
   */
  public SimilarResult similar(SourceText document, int topK, Executor executor)
      throws IOException {
    checkNotNull(document, "document");
    checkNotNull(executor, "executor");
    checkArgument(topK >= 1 && topK <= 1000, "topK must be in [1, 1000] but was %s", topK);
    IndexSearcher searcher = acquire();
    try {
      return new SimilarSearch(searcher, fingerprinter, executor).search(document, topK);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The passages that occur in at least {@code options.minDocs()} documents, exact and near,
   * clustered, labelled BOILERPLATE or REUSE, with the document pairs that share the most; see
   * {@link ReuseReport}. Reads every document's fingerprint; time grows as {@code n log n} in the
   * number of units.
   */
  public ReuseReport reuse(ReuseOptions options) throws IOException {
    checkNotNull(options, "options");
    IndexSearcher searcher = acquire();
    try {
      return new ReuseFinder(searcher.getIndexReader(), this.options, options).find();
    } finally {
      searchers.release(searcher);
    }
  }

  /** What the index holds. */
  public CorpusStatus status() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
      long units = sum(reader, Fields.UNIT_COUNT);
      long codePoints = sum(reader, Fields.LENGTH);
      long bytes = 0;
      for (String file : directory.listAll()) {
        try {
          bytes += directory.fileLength(file);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
          // Deleted by a writer's commit since it was listed: no longer on disk.
        }
      }
      return new CorpusStatus(
          path.toString(),
          reader.numDocs(),
          units,
          codePoints,
          bytes,
          options,
          Optional.ofNullable(reader.getIndexCommit().getUserData().get(Fields.UPDATED)));
    } finally {
      searchers.release(searcher);
    }
  }

  private static long sum(DirectoryReader reader, String field) throws IOException {
    long sum = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(field);
      if (values == null) {
        continue;
      }
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          sum += values.longValue();
        }
      }
    }
    return sum;
  }

  /**
   * The text of the indexed document at {@code file} (a path as {@link SimilarHit#path()} gives
   * it), as it was when indexed; empty if no document has that path.
   */
  public Optional<SourceText> document(String file) throws IOException {
    checkNotNull(file, "file");
    IndexSearcher searcher = acquire();
    try {
      org.apache.lucene.search.TopDocs top =
          searcher.search(new org.apache.lucene.search.TermQuery(new Term(Fields.PATH, file)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(
          StoredDocument.text(searcher.getIndexReader().storedFields(), top.scoreDocs[0].doc));
    } finally {
      searchers.release(searcher);
    }
  }

  private IndexSearcher acquire() throws IOException {
    checkState(!closed, "the corpus %s is closed", path);
    checkCurrent();
    searchers.maybeRefresh();
    return searchers.acquire();
  }

  private volatile boolean closed;

  /** Closes the index; searches still running finish first. */
  @Override
  public void close() throws IOException {
    writing.lock();
    try {
      if (!closed) {
        closed = true;
        searchers.close();
        directory.close();
      }
    } finally {
      writing.unlock();
    }
  }

  @Override
  public String toString() {
    return "Corpus[" + path + "]";
  }
}
