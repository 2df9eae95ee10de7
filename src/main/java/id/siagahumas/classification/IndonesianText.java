package id.siagahumas.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns Indonesian text into the stems Lucene's Indonesian stemmer gives, in order. No stop words are
 * dropped: negators such as "tidak" carry meaning here. Lexicon phrases go through the same chain, so
 * "melarikan diri", "larikan diri" and "lari" meet on the stem "lari". Each token keeps its lower-cased word
 * too (the stemmer also turns "dilarikan ke rumah sakit" into "lari", so some phrases match the word) and its
 * place in the text (evidence is quoted as the story wrote it).
 */
final class IndonesianText {

  /** One word of a text: its stem, its lower-cased form, and where it stands. */
  record Token(String stem, String word, int start, int end) {
  }

  private static final Analyzer WORDS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
    }
  };

  private static final Analyzer STEMS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      stream = new IndonesianStemFilter(stream);
      return new TokenStreamComponents(tokenizer, stream);
    }
  };

  private IndonesianText() {
  }

  /** The stems of a text, in order. */
  static List<String> stems(String text) {
    return tokens(text).stream().map(Token::stem).toList();
  }

  /** Lower-cased words without stemming, for names (units, places). */
  static List<String> words(String text) {
    return tokens(text).stream().map(Token::word).toList();
  }

  /** The tokens of a text: stem, lower-cased word and offsets. */
  static List<Token> tokens(String text) {
    String source = text == null ? "" : text;
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    try (TokenStream stream = WORDS.tokenStream("text", source)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
        spans.add(new int[] {offset.startOffset(), offset.endOffset()});
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Token> out = new ArrayList<>(words.size());
    int i = 0;
    // Stemming never splits or joins tokens, so the two streams stay aligned.
    try (TokenStream stream = STEMS.tokenStream("text", source)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && i < words.size()) {
        out.add(new Token(term.toString(), words.get(i), spans.get(i)[0], spans.get(i)[1]));
        i++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Lower case in the Indonesian locale-independent way used throughout. */
  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
