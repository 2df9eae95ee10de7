package id.siagahumas.quality;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.classification.Classification;
import id.siagahumas.classification.StoryClassifier;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.intake.IntakeService;
import id.siagahumas.intake.Source;
import id.siagahumas.intake.StoryInput;
import id.siagahumas.registry.Reach;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measured quality of intake on labelled stories: the shared samples must all be right; the project's
 * own larger set (invented stories in the style of Indonesian news) is printed per measure and held to
 * the bars of issue 3: 97% negative, 95% primary category, 95% unit, and no two incidents ever merged.
 */
@SiagaSpringTest
class IntakeQualityTest {

  @Autowired StoryClassifier classifier;
  @Autowired IntakeService intake;
  @Autowired CaseDriver driver;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  /** Scores of one labelled set. */
  record Scores(int stories, int negativeRight, int negativeStories, int categoryRight, int unitRight,
      int pairsKeptTogether, int pairsTogether, int incidentsMerged, List<String> misses) {

    double negative() {
      return (double) negativeRight / stories;
    }

    double category() {
      return negativeStories == 0 ? 1 : (double) categoryRight / negativeStories;
    }

    double unit() {
      return (double) unitRight / stories;
    }

    String summary(String name) {
      return "%s: %d stories; negative %.1f%%, primary category %.1f%% (of %d negative), unit %.1f%%, "
          .formatted(name, stories, 100 * negative(), 100 * category(), negativeStories, 100 * unit())
          + "grouping: %d of %d same-incident pairs together, %d incidents merged"
          .formatted(pairsKeptTogether, pairsTogether, incidentsMerged);
    }
  }

  Scores score(List<LabelledStory> stories) {
    int negativeRight = 0;
    int negativeStories = 0;
    int categoryRight = 0;
    int unitRight = 0;
    List<String> misses = new ArrayList<>();
    for (LabelledStory s : stories) {
      Classification c = classifier.classify(s.title(), s.body());
      if (c.negative() == s.expect().negative()) {
        negativeRight++;
      } else {
        misses.add(s.id() + " negative=" + c.negative());
      }
      if (s.expect().negative()) {
        negativeStories++;
        if (c.categories().contains(s.expect().categories().get(0))) {
          categoryRight++;
        } else {
          misses.add(s.id() + " categories=" + c.categories() + " expected " + s.expect().categories());
        }
      }
      if (Objects.equals(c.unitCode(), s.expect().unit())) {
        unitRight++;
      } else {
        misses.add(s.id() + " unit=" + c.unitCode() + " expected " + s.expect().unit());
      }
    }

    // Grouping: the negative stories go through intake in order of publication, as the press prints them.
    Map<String, String> caseOfStory = new HashMap<>();
    List<LabelledStory> negatives = stories.stream().filter(s -> s.expect().negative())
        .sorted(Comparator.comparing(LabelledStory::publishedAt)).toList();
    for (LabelledStory s : negatives) {
      IntakeResult result = intake.submit(new StoryInput(s.url(), s.outlet(), s.title(), s.body(), s.publishedAt(),
          s.reach() == null ? null : Reach.valueOf(s.reach()), null, null, Source.MANUAL), "quality-test");
      caseOfStory.put(s.id(), result.caseId());
    }
    int together = 0;
    int keptTogether = 0;
    Map<String, String> incidentOfCase = new HashMap<>();
    java.util.Set<String> merged = new java.util.TreeSet<>();
    for (int i = 0; i < negatives.size(); i++) {
      LabelledStory a = negatives.get(i);
      String previous = incidentOfCase.putIfAbsent(caseOfStory.get(a.id()), a.expect().incident());
      if (previous != null && !previous.equals(a.expect().incident())) {
        merged.add(previous + "+" + a.expect().incident());
        misses.add(a.id() + " merged into the case of incident " + previous);
      }
      for (int j = i + 1; j < negatives.size(); j++) {
        LabelledStory b = negatives.get(j);
        if (a.expect().incident().equals(b.expect().incident())) {
          together++;
          if (caseOfStory.get(a.id()).equals(caseOfStory.get(b.id()))) {
            keptTogether++;
          } else {
            misses.add(a.id() + "/" + b.id() + " same incident, different cases");
          }
        }
      }
    }
    return new Scores(stories.size(), negativeRight, negativeStories, categoryRight, unitRight, keptTogether,
        together, merged.size(), misses);
  }

  @Test
  void everySharedSampleIsAnsweredRight() {
    Path fixtures = LabelledStory.sharedFixtures();
    Scores scores = score(LabelledStory.read(fixtures));
    System.out.println(scores.summary("Shared samples (" + fixtures + ")"));
    scores.misses().forEach(m -> System.out.println("  miss: " + m));
    assertThat(scores.misses()).isEmpty();
  }

  @Test
  void theProjectsOwnSetMeetsTheBars() {
    Scores scores = score(LabelledStory.read(Path.of("src/test/resources/classification/stories-own.jsonl")));
    System.out.println(scores.summary("Own set"));
    scores.misses().forEach(m -> System.out.println("  miss: " + m));
    assertThat(scores.negative()).isGreaterThanOrEqualTo(0.97);
    assertThat(scores.category()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.unit()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.incidentsMerged()).isZero();
  }
}
