package id.siagahumas.intake;

import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the open case a story belongs to (DESIGN.md, "Grouping"): same unit, a shared category, published
 * within 72 hours of the case's latest story, and text that reads as the same incident. Both lookups use
 * indexes ((status, unit, latest story) and the story's case), so the rows examined do not grow with
 * the number of stories stored.
 */
@Component
public class CaseMatcher {

  static final Duration WINDOW = Duration.ofHours(72);
  /** Similarity from which two wordings read as one incident (measured on the test corpus). */
  static final double SAME_INCIDENT = 0.12;
  /** Stories of a candidate case compared with the new one: its latest few suffice. */
  static final int STORIES_PER_CASE = 10;

  private final CaseRepository cases;
  private final StoryRepository stories;
  private final StorySimilarity similarity;

  public CaseMatcher(CaseRepository cases, StoryRepository stories, StorySimilarity similarity) {
    this.cases = cases;
    this.stories = stories;
    this.similarity = similarity;
  }

  /** The matching case, if any, and how many stored rows were examined to find it. */
  public record Match(Optional<CaseRecord> openCase, int rowsExamined, double similarity) {
  }

  public Match match(String unitCode, List<String> categories, Instant publishedAt, String title, String body) {
    if (unitCode == null) {
      return new Match(Optional.empty(), 0, 0);
    }
    List<CaseRecord> candidates = cases.openCasesOfUnitSince(unitCode, publishedAt.minus(WINDOW));
    int examined = candidates.size();
    Map<String, Integer> terms = similarity.terms(title + "\n" + body);
    CaseRecord best = null;
    double bestScore = 0;
    for (CaseRecord candidate : candidates) {
      if (candidate.lastStoryAt().toInstant().isAfter(publishedAt.plus(WINDOW))
          || Arrays.stream(candidate.categories().split(",")).noneMatch(categories::contains)) {
        continue;
      }
      List<Story> recent = stories.latestOfCase(candidate.caseId(), STORIES_PER_CASE);
      examined += recent.size();
      for (Story story : recent) {
        double score = StorySimilarity.cosine(terms, similarity.terms(story.title() + "\n" + story.body()));
        if (score > bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
    }
    return new Match(bestScore >= SAME_INCIDENT ? Optional.of(best) : Optional.empty(), examined, bestScore);
  }
}
