package id.siagahumas.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.siagahumas.classification.Classification;
import id.siagahumas.classification.StoryClassifier;
import id.siagahumas.classification.UnitGazetteer;
import id.siagahumas.classification.UnitNames;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier on realistic Indonesian reporting (issue 11): long stories with quotes, context paragraphs and
 * boilerplate, written for this project in the style of real outlets (not copies of real articles), in
 * {@code src/test/resources/classification/realistic/}: {@code incidents.jsonl} (negative stories of every
 * category, some reported inside positive-sounding text) and {@code benign.jsonl} (positive, routine and
 * out-of-scope stories). Each line's {@code expect} gives negative, scope, frame, categories (primary first),
 * the registered unit (or null) and the unit's canonical name, and a {@code class}.
 *
 * <p>The classifier's data files were tuned on part of the set: every 5th story of each file (index 4, 9, 14 ...)
 * was held out. Its first measurement (46 stories: negative right 95.7%, false alarms 1/21, primary category
 * 22/24, no wrong unit, names 39/39) came after tuning; a few general fixes followed from its misses, so it is no
 * longer unseen. The test prints figures for the tuned part, the held-out part and both, per class, for
 * out-of-scope and positive stories, per category and for units; it holds the whole set to the goals of issue 11:
 * <ul>
 *   <li>negative/not negative right on at least 95% of the stories;</li>
 *   <li>at most 5% false alarms on positive, routine and out-of-scope stories;</li>
 *   <li>the primary category right on at least 95% of the negative stories detected;</li>
 *   <li>no story given a wrong registered unit (a code that is neither the expected one nor null);</li>
 *   <li>the unit's name right on at least 90% of the stories that name one.</li>
 * </ul>
 * The expected code may be null in the file because the unit was not registered when the story was written: it
 * is resolved from the canonical name against the registry (data/units.csv) when the test runs. Plain JUnit: the
 * classifier is built from the registry CSV, without Spring.
 */
class RealisticClassificationTest {

  static final Path DIR = Path.of("src/test/resources/classification/realistic");
  static final int HELD_OUT_EVERY = 5;

  record Story(String file, int index, String id, String title, String body, JsonNode expect) {

    boolean heldOut() {
      return index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1;
    }

    boolean negative() {
      return expect.get("negative").asBoolean();
    }

    String cls() {
      return expect.get("class").asText();
    }

    String scope() {
      return expect.path("scope").asText("IN");
    }

    String primary() {
      JsonNode c = expect.get("categories");
      return c == null || c.isEmpty() ? null : c.get(0).asText();
    }

    String text(String field) {
      JsonNode n = expect.get(field);
      return n == null || n.isNull() ? null : n.asText();
    }
  }

  /** One story's answer against the expectation. */
  record Result(Story story, Classification got, String expectedCode, boolean negativeRight, boolean categoryRight,
      boolean wrongUnit, Boolean nameRight) {
  }

  static List<Unit> units;
  static StoryClassifier classifier;
  static UnitGazetteer gazetteer;
  static List<Result> results;

  @BeforeAll
  static void classifyAll() {
    units = List.copyOf(new UnitRegistry().units());
    classifier = new StoryClassifier(units);
    gazetteer = new UnitGazetteer(units);
    Set<String> codes = units.stream().map(Unit::code).collect(Collectors.toSet());
    results = new ArrayList<>();
    for (String file : List.of("incidents.jsonl", "benign.jsonl")) {
      List<Story> stories = read(DIR.resolve(file), file);
      for (Story s : stories) {
        Classification c = classifier.classify(s.title(), s.body());
        String unit = s.text("unit");
        String unitName = s.text("unitName");
        String expectedCode = unit != null && codes.contains(unit) ? unit
            : unitName == null ? null : gazetteer.resolve(unitName).map(Unit::code).orElse(null);
        boolean negativeRight = c.negative() == s.negative();
        boolean categoryRight = !(s.negative() && c.negative())
            || (!c.categories().isEmpty() && c.categories().get(0).equals(s.primary()));
        boolean wrongUnit = c.unitCode() != null && !c.unitCode().equals(expectedCode);
        Boolean nameRight = null;
        if (unitName != null) {
          if (expectedCode != null) {
            nameRight = expectedCode.equals(c.unitCode()) || (c.unitName() != null
                && gazetteer.resolve(c.unitName()).map(Unit::code).orElse("").equals(expectedCode));
          } else {
            nameRight = c.unitName() != null && UnitNames.sameUnit(c.unitName(), unitName);
          }
        }
        results.add(new Result(s, c, expectedCode, negativeRight, categoryRight, wrongUnit, nameRight));
      }
    }
  }

  static List<Story> read(Path file, String name) {
    ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      List<Story> out = new ArrayList<>();
      List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
      for (int i = 0; i < lines.size(); i++) {
        JsonNode n = json.readTree(lines.get(i));
        out.add(new Story(name, i, n.get("id").asText(), n.get("title").asText(), n.get("body").asText(),
            n.get("expect")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The figures of a part of the set. */
  record Figures(int stories, int negativeRight, int benign, int falseAlarms, int detected, int categoryRight,
      int wrongUnits, int named, int nameRight) {

    static Figures of(List<Result> rs) {
      int negativeRight = 0;
      int benign = 0;
      int falseAlarms = 0;
      int detected = 0;
      int categoryRight = 0;
      int wrongUnits = 0;
      int named = 0;
      int nameRight = 0;
      for (Result r : rs) {
        negativeRight += r.negativeRight() ? 1 : 0;
        if (!r.story().negative()) {
          benign++;
          falseAlarms += r.got().negative() ? 1 : 0;
        } else if (r.got().negative()) {
          detected++;
          categoryRight += r.categoryRight() ? 1 : 0;
        }
        wrongUnits += r.wrongUnit() ? 1 : 0;
        if (r.nameRight() != null) {
          named++;
          nameRight += r.nameRight() ? 1 : 0;
        }
      }
      return new Figures(rs.size(), negativeRight, benign, falseAlarms, detected, categoryRight, wrongUnits, named,
          nameRight);
    }

    double negative() {
      return stories == 0 ? 1 : (double) negativeRight / stories;
    }

    double falseAlarmRate() {
      return benign == 0 ? 0 : (double) falseAlarms / benign;
    }

    double category() {
      return detected == 0 ? 1 : (double) categoryRight / detected;
    }

    double names() {
      return named == 0 ? 1 : (double) nameRight / named;
    }

    String line(String label) {
      return String.format("%-22s %4d stories | negative right %5.1f%% | false alarms %d/%d (%.1f%%) | primary "
              + "category %d/%d (%.1f%%) | wrong units %d | unit names %d/%d (%.1f%%)", label, stories,
          100 * negative(), falseAlarms, benign, 100 * falseAlarmRate(), categoryRight, detected, 100 * category(),
          wrongUnits, nameRight, named, 100 * names());
    }
  }

  static void print(String title, List<Result> rs) {
    System.out.println("== " + title);
    System.out.println(Figures.of(rs).line("all"));
    Map<String, List<Result>> byClass = new TreeMap<>(rs.stream().collect(Collectors.groupingBy(r -> r.story().cls())));
    byClass.forEach((cls, list) -> System.out.println(Figures.of(list).line("class " + cls)));
    System.out.println(Figures.of(rs.stream().filter(r -> r.story().scope().equals("OUT")).toList())
        .line("out of scope"));
    System.out.println(Figures.of(rs.stream().filter(r -> !r.story().negative() && r.story().scope().equals("IN"))
        .toList()).line("positive/routine"));
    Map<String, List<Result>> byCategory = new TreeMap<>(rs.stream().filter(r -> r.story().negative())
        .collect(Collectors.groupingBy(r -> String.valueOf(r.story().primary()))));
    byCategory.forEach((cat, list) -> System.out.println(Figures.of(list).line("category " + cat)));
    List<Result> registered = rs.stream().filter(r -> r.expectedCode() != null).toList();
    List<Result> unregistered = rs.stream().filter(r -> r.expectedCode() == null && r.story().text("unitName") != null)
        .toList();
    System.out.println(Figures.of(registered).line("units registered"));
    System.out.println(Figures.of(unregistered).line("units unregistered"));
    long frames = rs.stream().filter(r -> r.story().expect().has("frame")
        && r.story().text("frame").equals(r.got().frame().name())).count();
    long scopes = rs.stream().filter(r -> r.story().scope().equals(r.got().scope().name())).count();
    System.out.printf("scope right %d/%d, frame right %d/%d%n", scopes, rs.size(), frames, rs.size());
  }

  static List<String> misses(List<Result> rs) {
    List<String> out = new ArrayList<>();
    for (Result r : rs) {
      List<String> why = new ArrayList<>();
      if (!r.negativeRight()) {
        why.add("negative=" + r.got().negative());
      }
      if (!r.categoryRight()) {
        why.add("categories=" + r.got().categories() + " expected " + r.story().primary());
      }
      if (r.wrongUnit()) {
        why.add("WRONG UNIT " + r.got().unitCode() + " expected " + r.expectedCode());
      }
      if (Boolean.FALSE.equals(r.nameRight())) {
        why.add("unitName=" + r.got().unitName() + " expected " + r.story().text("unitName"));
      }
      if (!why.isEmpty()) {
        out.add((r.story().heldOut() ? "[held-out] " : "") + r.story().id() + " (" + r.story().cls() + ") "
            + String.join("; ", why) + " | " + r.story().title() + " | evidence " + r.got().evidence());
      }
    }
    return out;
  }

  @Test
  void meetsTheGoalsOnRealisticStories() {
    List<Result> tuned = results.stream().filter(r -> !r.story().heldOut()).toList();
    List<Result> heldOut = results.stream().filter(r -> r.story().heldOut()).toList();
    print("tuned part (" + tuned.size() + " stories)", tuned);
    print("held-out part, every " + HELD_OUT_EVERY + "th story (" + heldOut.size() + " stories)", heldOut);
    print("whole set", results);
    misses(results).forEach(m -> System.out.println("  miss: " + m));

    Figures all = Figures.of(results);
    assertThat(results).hasSizeGreaterThanOrEqualTo(150);
    assertThat(all.negative()).as("negative right").isGreaterThanOrEqualTo(0.95);
    assertThat(all.falseAlarmRate()).as("false alarms").isLessThanOrEqualTo(0.05);
    assertThat(all.category()).as("primary category").isGreaterThanOrEqualTo(0.95);
    assertThat(results.stream().filter(Result::wrongUnit).map(r -> r.story().id() + " " + r.got().unitCode()))
        .as("wrong registered units").isEmpty();
    assertThat(all.names()).as("unit names").isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void theExpectationsAreWellFormed() {
    for (Result r : results) {
      assertThat(r.story().expect().get("negative")).as(r.story().id()).isNotNull();
      if (r.story().negative()) {
        assertThat(r.story().primary()).as(r.story().id()).isNotNull();
      }
    }
    assertThat(results.stream().map(r -> r.story().id()).distinct().count()).isEqualTo(results.size());
    assertThat(Objects.requireNonNull(DIR.toFile().list())).contains("incidents.jsonl", "benign.jsonl");
  }
}
