package id.siagahumas.intake;

import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Finds the open case a story belongs to (DESIGN.md, "Grouping stories into cases"): the same unit — registered
 * ({@code unitCode}) or, when not in the registry, as the story names it ({@code unitName}) — a shared category,
 * published within {@code siaga.grouping.window} of the case's latest story, and text that reads as the same
 * incident ({@link StorySimilarity}). Candidates come from indexed lookups ((status, unit, latest story) and the
 * story's case), so the rows examined do not grow with the number of stories stored; the readings of stored
 * stories are remembered, so a story compared again costs nothing.
 */
@Component
public class CaseMatcher {

  /** The two lookups grouping needs; the database's by default, an in-memory stand-in in evaluations. */
  public interface Candidates {

    /** Open cases of the unit (by code, else by name) whose latest story is not older than {@code since}. */
    List<CaseRecord> openCases(String unitCode, String unitName, Instant since);

    /** The latest stories of a case, newest first, at most {@code limit}. */
    List<Story> latestStories(String caseId, int limit);
  }

  /** The matching case, if any, how many stored rows were examined to find it, and the best score seen. */
  public record Match(Optional<CaseRecord> openCase, int rowsExamined, double similarity) {
  }

  private final Candidates candidates;
  private final StorySimilarity similarity;
  private final GroupingSettings settings;
  private final Map<ProfileKey, StorySimilarity.Profile> profiles;

  /** A stored story's reading is remembered under its id and a check of its text (ids of a reset store recur). */
  private record ProfileKey(long storyId, int titleHash, int bodyLength) {
  }

  @Autowired
  public CaseMatcher(CaseRepository cases, StoryRepository stories, StorySimilarity similarity) {
    this(databaseCandidates(cases, stories), similarity);
  }

  public CaseMatcher(Candidates candidates, StorySimilarity similarity) {
    this.candidates = candidates;
    this.similarity = similarity;
    this.settings = similarity.settings();
    int cacheSize = Math.max(0, settings.profileCacheSize());
    this.profiles = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<ProfileKey, StorySimilarity.Profile> eldest) {
        return size() > cacheSize;
      }
    });
  }

  /**
   * Candidates of a registered unit are its open cases; those of an unregistered unit the open cases opened under
   * the same name. A registered story also finds a case opened under its name before the unit was known.
   */
  static Candidates databaseCandidates(CaseRepository cases, StoryRepository stories) {
    return new Candidates() {
      @Override
      public List<CaseRecord> openCases(String unitCode, String unitName, Instant since) {
        if (unitCode != null) {
          List<CaseRecord> found = cases.openCasesOfUnitSince(unitCode, since);
          if (unitName == null) {
            return found;
          }
          List<CaseRecord> all = new java.util.ArrayList<>(found);
          for (CaseRecord byName : cases.openCasesOfUnitNameSince(unitName, since)) {
            if (byName.unitCode() == null) {
              all.add(byName);
            }
          }
          return all;
        }
        return unitName == null ? List.of() : cases.openCasesOfUnitNameSince(unitName, since);
      }

      @Override
      public List<Story> latestStories(String caseId, int limit) {
        return stories.latestOfCase(caseId, limit);
      }
    };
  }

  /** The unit name as a grouping key: trimmed, inner spaces collapsed, at most 200 characters; null when blank. */
  public static String unitNameKey(String unitName) {
    if (unitName == null || unitName.isBlank()) {
      return null;
    }
    String key = unitName.strip().replaceAll("\\s+", " ");
    return key.length() <= 200 ? key : key.substring(0, 200);
  }

  public Match match(String unitCode, String unitName, List<String> categories, Instant publishedAt, String title,
      String body) {
    String name = unitNameKey(unitName);
    if (unitCode == null && name == null) {
      return new Match(Optional.empty(), 0, 0);
    }
    List<CaseRecord> open = candidates.openCases(unitCode, name, publishedAt.minus(settings.window()));
    int examined = open.size();
    StorySimilarity.Profile incoming = null;
    CaseRecord best = null;
    double bestScore = 0;
    double bestSeen = 0;
    for (CaseRecord candidate : open) {
      if (candidate.lastStoryAt().toInstant().isAfter(publishedAt.plus(settings.window()))
          || Arrays.stream(candidate.categories().split(",")).noneMatch(categories::contains)) {
        continue;
      }
      if (incoming == null) {
        incoming = similarity.profile(title, body, unitCode, name);
      }
      List<Story> recent = candidates.latestStories(candidate.caseId(), settings.storiesPerCase());
      examined += recent.size();
      for (Story story : recent) {
        StorySimilarity.Comparison comparison = similarity.compare(incoming, profileOf(story),
            java.time.Duration.between(story.publishedAt(), publishedAt));
        bestSeen = Math.max(bestSeen, comparison.score());
        if (comparison.sameIncident() && comparison.score() > bestScore) {
          bestScore = comparison.score();
          best = candidate;
        }
      }
    }
    return new Match(Optional.ofNullable(best), examined, best == null ? bestSeen : bestScore);
  }

  private StorySimilarity.Profile profileOf(Story story) {
    if (story.storyId() <= 0) {
      return similarity.profile(story.title(), story.body(), story.unitCode(), story.unitName());
    }
    ProfileKey key = new ProfileKey(story.storyId(), story.title().hashCode(), story.body().length());
    StorySimilarity.Profile known = profiles.get(key);
    if (known == null) {
      known = similarity.profile(story.title(), story.body(), story.unitCode(), story.unitName());
      profiles.put(key, known);
    }
    return known;
  }
}
