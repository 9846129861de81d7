package org.clausediff.corpus;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the BM25 field: Unicode word segmentation (each Han character a token), width
 * folding (full-width Latin and digits to ASCII, half-width kana to full-width), lower case, and
 * overlapping bigrams of CJK characters (a lone CJK character stays a unigram). Latin words are
 * terms of their own.
 */
final class BigramAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new CJKWidthFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new CJKBigramFilter(stream);
    return new TokenStreamComponents(source, stream);
  }
}
