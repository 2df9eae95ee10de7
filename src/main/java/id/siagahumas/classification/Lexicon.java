package id.siagahumas.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tab-separated data files under {@code classification/}, read from the classpath; '#' starts a comment.
 *
 * <p>Phrases are written as the press writes them and go through the story's own analysis (lower case,
 * Indonesian stemmer), so "kabur" also matches "dikaburkan". Two marks refine a phrase:
 * <ul>
 *   <li>{@code =word} matches that word exactly, not its stem ("=pelarian" does not match "dilarikan", which
 *       the stemmer also turns into "lari");</li>
 *   <li>{@code ...} stands for up to three other words of the same sentence ("tahanan ... polsek" matches
 *       "tahanan yang kabur dari Polsek"), none of them a barrier word (a word of our own units, so "tahanan
 *       Rutan Pati dibantu Polres" does not read as a police cell).</li>
 * </ul>
 */
final class Lexicon {

  static final int GAP = 3;

  /** One element of a phrase: a stem, an exact word, or a gap. */
  record Element(String text, boolean exact, boolean gap) {

    boolean matches(IndonesianText.Token token) {
      return exact ? token.word().equals(text) : token.stem().equals(text);
    }
  }

  /** A phrase as elements, with its label (category or kind), weight and the line's other columns. */
  record Phrase(String label, String text, List<Element> elements, double weight, String[] columns) {

    /** The stems of a phrase without gaps or exact words (for callers that compare stems only). */
    List<String> stems() {
      return elements.stream().filter(e -> !e.gap()).map(Element::text).toList();
    }
  }

  /** Where a phrase was found: tokens {@code [start, end)}. */
  record Match(Phrase phrase, int start, int end) {
  }

  private Lexicon() {
  }

  /** The rows of a data file, columns split on tabs, comments and blank lines left out. */
  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing classification data " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].trim();
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Phrases of a file whose first column is the label, second the phrase, third (optional) the weight. */
  static List<Phrase> read(String resource) {
    List<Phrase> phrases = new ArrayList<>();
    for (String[] cols : rows(resource)) {
      if (cols.length < 2) {
        throw new IllegalStateException("Line without a phrase in " + resource + ": " + String.join(" ", cols));
      }
      double weight = cols.length > 2 && !cols[2].isEmpty() && isNumber(cols[2]) ? Double.parseDouble(cols[2]) : 1.0;
      Phrase p = phrase(cols[0], cols[1], weight, cols);
      if (p != null) {
        phrases.add(p);
      }
    }
    return phrases;
  }

  private static boolean isNumber(String s) {
    return s.matches("-?\\d+(\\.\\d+)?");
  }

  /** A phrase compiled to elements; null when nothing of it is left after analysis. */
  static Phrase phrase(String label, String text, double weight, String[] columns) {
    List<Element> elements = new ArrayList<>();
    for (String part : text.trim().split("\\s+")) {
      if (part.equals("...") || part.equals("…")) {
        if (!elements.isEmpty()) {
          elements.add(new Element("", false, true));
        }
      } else if (part.startsWith("=")) {
        IndonesianText.words(part.substring(1)).forEach(w -> elements.add(new Element(w, true, false)));
      } else {
        IndonesianText.stems(part).forEach(s -> elements.add(new Element(s, false, false)));
      }
    }
    while (!elements.isEmpty() && elements.get(elements.size() - 1).gap()) {
      elements.remove(elements.size() - 1);
    }
    return elements.isEmpty() ? null : new Phrase(label, text, List.copyOf(elements), weight, columns);
  }

  /** Phrases indexed by their first element, for matching many phrases over long texts. */
  static final class Index {
    private final Map<String, List<Phrase>> byStem = new HashMap<>();
    private final Map<String, List<Phrase>> byWord = new HashMap<>();

    Index(List<Phrase> phrases) {
      for (Phrase p : phrases) {
        Element first = p.elements().get(0);
        (first.exact() ? byWord : byStem).computeIfAbsent(first.text(), k -> new ArrayList<>()).add(p);
      }
    }

    /**
     * Every match in {@code tokens}; {@code sentence[i]} is the sentence of token i (gaps stay inside one),
     * {@code barrier} the stems a gap may not pass.
     */
    List<Match> find(List<IndonesianText.Token> tokens, int[] sentence, Set<String> barrier) {
      List<Match> out = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        IndonesianText.Token t = tokens.get(i);
        for (List<Phrase> candidates : List.of(byStem.getOrDefault(t.stem(), List.of()),
            byWord.getOrDefault(t.word(), List.of()))) {
          for (Phrase p : candidates) {
            int end = matchAt(p.elements(), 0, tokens, i, sentence, barrier);
            if (end > 0) {
              out.add(new Match(p, i, end));
            }
          }
        }
      }
      return out;
    }
  }

  /** The end of a match of {@code elements[e..]} starting at token {@code i}, or -1. */
  private static int matchAt(List<Element> elements, int e, List<IndonesianText.Token> tokens, int i, int[] sentence,
      Set<String> barrier) {
    if (e == elements.size()) {
      return i;
    }
    Element el = elements.get(e);
    if (el.gap()) {
      for (int skip = 0; skip <= GAP; skip++) {
        int at = i + skip;
        if (at >= tokens.size() || (skip > 0 && (sentence[at - 1] != sentence[i - 1]
            || barrier.contains(tokens.get(at - 1).stem())))) {
          break;
        }
        int end = matchAt(elements, e + 1, tokens, at, sentence, barrier);
        if (end > 0) {
          return end;
        }
      }
      return -1;
    }
    if (i >= tokens.size() || !el.matches(tokens.get(i))) {
      return -1;
    }
    if (e > 0 && i > 0 && sentence[i] != sentence[i - 1]) {
      return -1;
    }
    return matchAt(elements, e + 1, tokens, i + 1, sentence, barrier);
  }
}
