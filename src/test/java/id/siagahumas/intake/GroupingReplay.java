package id.siagahumas.intake;

import id.siagahumas.cases.CaseRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Replays stories in order of publication through {@link CaseMatcher}'s decision, with an in-memory stand-in
 * for the two lookups (open cases of a unit since a time; the latest stories of a case), and scores the cases
 * it forms against the stories' incidents.
 */
final class GroupingReplay implements CaseMatcher.Candidates {

  private final Map<String, CaseRecord> cases = new LinkedHashMap<>();
  private final Map<String, List<Story>> storiesOfCase = new HashMap<>();
  private final CaseMatcher matcher;
  private long nextStoryId = 1;

  GroupingReplay(StorySimilarity similarity) {
    this.matcher = new CaseMatcher(this, similarity);
  }

  @Override
  public List<CaseRecord> openCases(String unitCode, String unitName, Instant since) {
    return cases.values().stream()
        .filter(c -> unitCode != null ? unitCode.equals(c.unitCode())
            || unitName != null && c.unitCode() == null && unitName.equals(c.unitName())
            : unitName != null && unitName.equals(c.unitName()))
        .filter(c -> !c.lastStoryAt().toInstant().isBefore(since))
        .sorted(Comparator.comparing(CaseRecord::lastStoryAt).reversed()).toList();
  }

  @Override
  public List<Story> latestStories(String caseId, int limit) {
    return storiesOfCase.get(caseId).stream()
        .sorted(Comparator.comparing(Story::publishedAt).reversed()).limit(limit).toList();
  }

  /** The result of a replay: pairs of one incident kept in one case, wrong merges, and what went wrong. */
  record Result(int pairs, int pairsTogether, int wrongMerges, List<String> misses, Map<String, String> caseOf) {

    double together() {
      return pairs == 0 ? 1 : (double) pairsTogether / pairs;
    }

    String summary(String name) {
      return "%s: %d of %d same-incident pairs together (%.1f%%), %d wrong merges".formatted(name, pairsTogether,
          pairs, 100 * together(), wrongMerges);
    }
  }

  Result replay(List<IncidentStory> stories) {
    List<IncidentStory> ordered = stories.stream().filter(IncidentStory::negative)
        .filter(s -> s.incident() != null)
        .sorted(Comparator.comparing(IncidentStory::publishedAt)).toList();
    Map<String, String> caseOf = new HashMap<>();
    for (IncidentStory s : ordered) {
      List<String> categories = s.categories().isEmpty() ? List.of("LAINNYA") : s.categories();
      Instant at = s.publishedAt().toInstant();
      CaseMatcher.Match match = matcher.match(s.unitCode(), s.unitName(), categories, at, s.title(), s.body());
      String unitName = CaseMatcher.unitNameKey(s.unitName());
      Story story;
      if (match.openCase().isPresent()) {
        CaseRecord c = match.openCase().get();
        story = story(s, c.caseId(), unitName, categories);
        storiesOfCase.get(c.caseId()).add(story);
        if (c.lastStoryAt().toInstant().isBefore(at)) {
          cases.put(c.caseId(), new CaseRecord(c.caseId(), null, c.unitCode(), null, c.severity(),
              mergeCategories(c.categories(), categories), CaseRecord.OPEN, false, c.openedAt(),
              at.atOffset(ZoneOffset.UTC), null, null, c.unitName()));
        }
      } else {
        String caseId = "KRS-TEST-%06d".formatted(cases.size() + 1);
        cases.put(caseId, new CaseRecord(caseId, null, s.unitCode(), null, "TINGGI", String.join(",", categories),
            CaseRecord.OPEN, false, at.atOffset(ZoneOffset.UTC), at.atOffset(ZoneOffset.UTC), null, null, unitName));
        story = story(s, caseId, unitName, categories);
        storiesOfCase.put(caseId, new ArrayList<>(List.of(story)));
      }
      caseOf.put(s.id(), story.caseId());
    }
    return score(ordered, caseOf);
  }

  /** Categories of a case grow with its stories, as the process's relateStory does. */
  private static String mergeCategories(String existing, List<String> added) {
    TreeSet<String> all = new TreeSet<>(List.of(existing.split(",")));
    all.addAll(added);
    return String.join(",", all);
  }

  private Story story(IncidentStory s, String caseId, String unitName, List<String> categories) {
    return new Story(nextStoryId++, caseId, "https://test.example/" + s.id(), "test.example/" + s.id(), s.outlet(),
        "LOKAL", s.title(), s.body(), s.publishedAt().toInstant(), s.publishedAt().toInstant(), s.unitCode(),
        categories, true, "MANUAL", "NEW_CASE", unitName);
  }

  private static Result score(List<IncidentStory> ordered, Map<String, String> caseOf) {
    int pairs = 0;
    int together = 0;
    List<String> misses = new ArrayList<>();
    Map<String, String> incidentOfCase = new HashMap<>();
    TreeSet<String> merged = new TreeSet<>();
    for (int i = 0; i < ordered.size(); i++) {
      IncidentStory a = ordered.get(i);
      String previous = incidentOfCase.putIfAbsent(caseOf.get(a.id()), a.incident());
      if (previous != null && !previous.equals(a.incident())) {
        merged.add(previous + "+" + a.incident());
        misses.add("WRONG MERGE: " + a.id() + " (" + a.incident() + ") joined the case of " + previous);
      }
      for (int j = i + 1; j < ordered.size(); j++) {
        IncidentStory b = ordered.get(j);
        if (a.incident().equals(b.incident())) {
          pairs++;
          if (Objects.equals(caseOf.get(a.id()), caseOf.get(b.id()))) {
            together++;
          } else {
            misses.add("split: " + a.id() + "/" + b.id() + " (" + a.incident() + ")");
          }
        }
      }
    }
    return new Result(pairs, together, merged.size(), misses, caseOf);
  }
}
