package id.siagahumas.classification;

import id.siagahumas.registry.Unit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an Indonesian news story: which kinds of trouble it reports (lexicon in
 * {@code classification/lexicon.tsv}), whether its framing makes it harmless (negators and positive
 * frames in {@code classification/frames.tsv}: "petugas gagalkan penyelundupan sabu", "bebas pungli",
 * "tidak ditemukan barang terlarang"), and which unit it is about ({@link UnitGazetteer}).
 */
public final class StoryClassifier {

  /** Categories in the order of DESIGN.md; also the tie-break of equal scores. */
  enum Category {
    KEMATIAN, KERUSUHAN, PELARIAN, NARKOBA, PUNGLI, KEKERASAN, PERLAKUAN_ISTIMEWA, PONSEL_ILEGAL, OVERKAPASITAS,
    PELAYANAN, LAINNYA
  }

  static final double NEGATIVE_AT = 1.0;
  static final int NEGATOR_REACH = 3;
  static final int FRAME_REACH = 8;
  static final double TITLE_WEIGHT = 2.0;

  private final List<Lexicon.Phrase> lexicon = Lexicon.read("classification/lexicon.tsv");
  private final List<Lexicon.Phrase> frames = Lexicon.read("classification/frames.tsv");
  private final UnitGazetteer gazetteer;

  public StoryClassifier(List<Unit> units) {
    this.gazetteer = new UnitGazetteer(units);
  }

  public Classification classify(String title, String body) {
    Map<Category, Double> scores = new EnumMap<>(Category.class);
    score(IndonesianText.stems(title), TITLE_WEIGHT, scores);
    score(IndonesianText.stems(body), 1.0, scores);
    List<String> categories = new ArrayList<>();
    scores.entrySet().stream().filter(e -> e.getValue() >= NEGATIVE_AT)
        .sorted(Map.Entry.<Category, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> categories.add(e.getKey().name()));
    String unitCode = gazetteer.detect(title, body).orElse(null);
    boolean negative = !categories.isEmpty();
    return new Classification(negative, Classification.Scope.IN,
        negative ? Classification.Frame.NEGATIVE : Classification.Frame.NEUTRAL, categories, List.of(), unitCode, null);
  }

  private void score(List<String> tokens, double weight, Map<Category, Double> scores) {
    Set<Integer> cancelled = cancelledPositions(tokens);
    for (Lexicon.Phrase phrase : lexicon) {
      for (int at : Lexicon.find(tokens, phrase.stems())) {
        if (!cancelled.contains(at)) {
          scores.merge(Category.valueOf(phrase.label()), phrase.weight() * weight, Double::sum);
        }
      }
    }
  }

  /** Positions where a category word is negated or sits inside a positive frame. */
  private Set<Integer> cancelledPositions(List<String> tokens) {
    Set<Integer> cancelled = new HashSet<>();
    for (Lexicon.Phrase frame : frames) {
      int reach = "NEGATOR".equals(frame.label()) ? NEGATOR_REACH : FRAME_REACH;
      for (int at : Lexicon.find(tokens, frame.stems())) {
        int end = at + frame.stems().size();
        for (int i = end; i < Math.min(tokens.size(), end + reach); i++) {
          cancelled.add(i);
        }
      }
    }
    return cancelled;
  }

}
