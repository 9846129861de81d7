package org.clausediff.corpus;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.clausediff.ClauseDiff;
import org.clausediff.compare.CompareOptions;
import org.clausediff.compare.Comparison;
import org.clausediff.fingerprint.DocumentFingerprint;
import org.clausediff.fingerprint.DocumentMatch;
import org.clausediff.fingerprint.FingerprintIndex;
import org.clausediff.fingerprint.Fingerprinter;
import org.clausediff.fingerprint.UnitFingerprint;
import org.clausediff.segment.Unit;
import org.clausediff.segment.UnitKind;
import org.clausediff.text.SourceText;

/** One {@link Corpus#similar} search: candidates from the index, estimates, verification. */
final class SimilarSearch {
  /**
   * Units with fewer key tokens are not looked up by key (too formulaic to tell documents apart).
   */
  static final int MIN_KEY_LENGTH = 8;

  /** The most bigram terms in the BM25 query (a fixed sample of the query's bigrams). */
  private static final int MAX_TERMS = 400;

  /** The most key hashes looked up: the query's longest sentences. */
  private static final int MAX_KEYS = 400;

  private static final Analyzer ANALYZER = new BigramAnalyzer();

  private final IndexSearcher searcher;
  private final Fingerprinter fingerprinter;
  private final java.util.concurrent.Executor executor;

  SimilarSearch(
      IndexSearcher searcher, Fingerprinter fingerprinter, java.util.concurrent.Executor executor) {
    this.searcher = searcher;
    this.fingerprinter = fingerprinter;
    this.executor = executor;
  }

  private record Candidate(int docId, DocumentFingerprint fingerprint, DocumentMatch match) {}

  SimilarResult search(SourceText document, int topK) throws IOException {
    DocumentFingerprint query = fingerprinter.fingerprint(document);
    if (query.units().stream().noneMatch(u -> u.keyLength() > 0)) {
      throw new CorpusException(document.name(), "has no sentences to compare");
    }
    int pool = Math.max(50, 3 * topK);
    TreeSet<Integer> ids = new TreeSet<>();
    ids.addAll(top(bigramQuery(document.text()), pool));
    ids.addAll(top(keyQuery(query), pool));
    ids.addAll(top(bandQuery(query), pool));

    FingerprintIndex index = FingerprintIndex.of(query);
    StoredFields stored = searcher.getIndexReader().storedFields();
    List<Candidate> candidates = new ArrayList<>();
    for (int id : ids) {
      DocumentFingerprint fingerprint =
          StoredDocument.fingerprint(stored, id, fingerprinter.options());
      candidates.add(new Candidate(id, fingerprint, index.match(fingerprint, Corpus.UNIT_MATCH)));
    }
    candidates.sort(
        Comparator.comparingDouble((Candidate c) -> -c.match().similarity())
            .thenComparing(c -> c.fingerprint().name()));

    int verify = Math.min(candidates.size(), topK + Math.max(3, topK / 4));
    List<Candidate> best = candidates.subList(0, verify);
    List<SourceText> texts = new ArrayList<>();
    for (Candidate candidate : best) {
      texts.add(StoredDocument.text(stored, candidate.docId()));
    }
    // The query is segmented and keyed once for all the comparisons, which run on the executor.
    List<Comparison> comparisons =
        ClauseDiff.using(executor).compareEach(document, texts, CompareOptions.defaults());
    List<SimilarHit> hits = new ArrayList<>();
    for (int i = 0; i < verify; i++) {
      hits.add(hit(comparisons.get(i), best.get(i)));
    }
    hits.sort(
        Comparator.comparingDouble((SimilarHit h) -> -h.similarity())
            .thenComparingDouble(h -> -h.estimate())
            .thenComparing(SimilarHit::path));
    return new SimilarResult(
        document.name(),
        document.sha256(),
        document.length(),
        query.units().size(),
        candidates.size(),
        hits.subList(0, Math.min(topK, hits.size())));
  }

  private static SimilarHit hit(Comparison comparison, Candidate candidate) {
    int sentences = comparison.left().document().units(UnitKind.SENTENCE).size();
    long unlinked = 0;
    for (Unit unit : comparison.deleted()) {
      if (unit.kind() == UnitKind.SENTENCE) {
        unlinked++;
      }
    }
    double coverage = sentences == 0 ? 0 : (double) (sentences - unlinked) / sentences;
    DocumentFingerprint fingerprint = candidate.fingerprint();
    return new SimilarHit(
        fingerprint.name(),
        fingerprint.sha256(),
        fingerprint.length(),
        comparison.similarity().value(),
        coverage,
        candidate.match().similarity(),
        candidate.match().exactUnits());
  }

  private List<Integer> top(Query query, int n) throws IOException {
    List<Integer> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
      ids.add(hit.doc);
    }
    return ids;
  }

  private static long termHash(String term) {
    return Hashing.murmur3_128().hashString(term, StandardCharsets.UTF_8).asLong();
  }

  /** A BM25 query of a sample of the query's bigrams. */
  private Query bigramQuery(String text) throws IOException {
    Map<String, Integer> frequencies = new HashMap<>();
    try (TokenStream tokens = ANALYZER.tokenStream(Fields.BIGRAMS, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        frequencies.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // A fixed sample of the query's distinct bigrams: those with the smallest hashes (the same
    // choice in every document, so similar documents' samples overlap as their texts do). BM25
    // weighs them by their rarity in the index; no term statistics need to be looked up.
    List<Map.Entry<String, Integer>> best = new ArrayList<>(frequencies.entrySet());
    best.sort(
        Comparator.comparingLong((Map.Entry<String, Integer> e) -> termHash(e.getKey()))
            .thenComparing(Map.Entry::getKey));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Map.Entry<String, Integer> entry : best.subList(0, Math.min(MAX_TERMS, best.size()))) {
      query.add(
          new TermQuery(new Term(Fields.BIGRAMS, entry.getKey())), BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** The key hashes of the query's longest sentences. */
  private static Query keyQuery(DocumentFingerprint query) {
    List<UnitFingerprint> units = new ArrayList<>(query.units());
    units.removeIf(u -> u.keyLength() < MIN_KEY_LENGTH);
    units.sort(
        Comparator.comparingInt((UnitFingerprint u) -> -u.keyLength())
            .thenComparingInt(UnitFingerprint::start));
    TreeSet<Long> keys = new TreeSet<>();
    for (UnitFingerprint unit : units) {
      if (keys.size() >= MAX_KEYS) {
        break;
      }
      keys.add(unit.keyHash());
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (long key : keys) {
      builder.add(
          new TermQuery(new Term(Fields.KEY, new BytesRef(UnitCodec.longBytes(key)))),
          BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }

  /** The band keys of the query's document signature. */
  private static Query bandQuery(DocumentFingerprint query) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (long band : query.bandKeys()) {
      builder.add(
          new TermQuery(new Term(Fields.BAND, new BytesRef(UnitCodec.longBytes(band)))),
          BooleanClause.Occur.SHOULD);
    }
    return builder.build();
  }
}
