package id.siagahumas.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Tab-separated data files under {@code classification/}, read from the classpath; '#' starts a comment. */
final class Lexicon {

  /** A phrase as stems, with its category (or frame kind) and weight. */
  record Phrase(String label, List<String> stems, double weight) {
  }

  private Lexicon() {
  }

  static List<Phrase> read(String resource) {
    List<Phrase> phrases = new ArrayList<>();
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
        List<String> stems = IndonesianText.stems(cols[1]);
        if (!stems.isEmpty()) {
          phrases.add(new Phrase(cols[0].trim(), stems, cols.length > 2 ? Double.parseDouble(cols[2]) : 1.0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return phrases;
  }

  /** Positions in {@code tokens} where {@code phrase} starts. */
  static List<Integer> find(List<String> tokens, List<String> phrase) {
    List<Integer> at = new ArrayList<>();
    outer:
    for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
      for (int j = 0; j < phrase.size(); j++) {
        if (!tokens.get(i + j).equals(phrase.get(j))) {
          continue outer;
        }
      }
      at.add(i);
    }
    return at;
  }
}
