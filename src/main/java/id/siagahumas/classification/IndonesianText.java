package id.siagahumas.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns Indonesian text into the stems Lucene's Indonesian stemmer gives, in order. No stop words are
 * dropped: negators such as "tidak" carry meaning here. Lexicon phrases go through the same chain, so
 * "melarikan diri", "larikan diri" and "pelarian" meet on the stem "lari".
 */
final class IndonesianText {

  private static final Analyzer STEMS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      stream = new IndonesianStemFilter(stream);
      return new TokenStreamComponents(tokenizer, stream);
    }
  };

  private static final Analyzer WORDS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }
  };

  private IndonesianText() {
  }

  static List<String> stems(String text) {
    return tokens(STEMS, text);
  }

  /** Lower-cased words without stemming, for names (units, places). */
  static List<String> words(String text) {
    return tokens(WORDS, text);
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text == null ? "" : text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
