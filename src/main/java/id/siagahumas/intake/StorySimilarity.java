package id.siagahumas.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * How alike two stories read: cosine similarity of their stemmed content words (Lucene's Indonesian
 * analyzer drops stop words and affixes, so "melarikan diri" and "pelarian" meet). Two outlets' wordings
 * of one incident share its particulars (how many, where, how); two incidents rarely do.
 */
@Component
public class StorySimilarity {

  private final Analyzer analyzer = new IndonesianAnalyzer();

  public Map<String, Integer> terms(String text) {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 2) {
          counts.merge(term.toString(), 1, Integer::sum);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  public static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer other = b.get(e.getKey());
      if (other != null) {
        dot += (double) e.getValue() * other;
      }
    }
    return dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Integer> v) {
    double sum = 0;
    for (int x : v.values()) {
      sum += (double) x * x;
    }
    return Math.sqrt(sum);
  }
}
