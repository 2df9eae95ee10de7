package id.siagahumas.intake;

import id.siagahumas.registry.UnitRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The grouping decision on the project's own long stories (src/test/resources/grouping/own-incidents.jsonl,
 * invented events): outlets that word one incident differently stay in one case, also when the unit is not
 * registered; two incidents at one unit within days (a fatal fight and a water shortage, two escapes) never
 * merge. Plain JUnit, no Spring.
 */
class StorySimilarityTest {

  private static final List<IncidentStory> STORIES =
      IncidentStory.read(Path.of("src/test/resources/grouping/own-incidents.jsonl"));
  private static final Map<String, IncidentStory> BY_ID =
      STORIES.stream().collect(Collectors.toMap(IncidentStory::id, Function.identity()));

  private final StorySimilarity similarity = new StorySimilarity(GroupingSettings.defaults(), new UnitRegistry());

  private StorySimilarity.Comparison compare(String a, String b) {
    IncidentStory x = BY_ID.get(a);
    IncidentStory y = BY_ID.get(b);
    return similarity.compare(similarity.profile(x.title(), x.body(), x.unitCode(), x.unitName()),
        similarity.profile(y.title(), y.body(), y.unitCode(), y.unitName()),
        Duration.between(x.publishedAt(), y.publishedAt()));
  }

  @Test
  void everyPairOfOneUnitWithinTheWindowIsDecidedRight() {
    StringBuilder table = new StringBuilder();
    int wrong = 0;
    for (int i = 0; i < STORIES.size(); i++) {
      for (int j = i + 1; j < STORIES.size(); j++) {
        IncidentStory a = STORIES.get(i);
        IncidentStory b = STORIES.get(j);
        if (!Objects.equals(a.unitCode(), b.unitCode()) || !Objects.equals(a.unitName(), b.unitName())
            || Duration.between(a.publishedAt(), b.publishedAt()).abs().toHours() > 72) {
          continue; // other units, or outside the window: never compared
        }
        StorySimilarity.Comparison c = compare(a.id(), b.id());
        boolean same = a.incident().equals(b.incident());
        if (c.sameIncident() != same) {
          wrong++;
        }
        table.append("%s %s/%s %-6s text %.3f particulars %.3f score %.3f type %s shared %s%n".formatted(
            c.sameIncident() == same ? " " : "X", a.id(), b.id(), same ? "same" : "differ", c.text(), c.particulars(),
            c.score(), c.sharedType(), c.shared()));
      }
    }
    System.out.print(table);
    assertThat(wrong).as("pairs decided wrongly").isZero();
  }

  @Test
  void aFatalFightAndAWaterShortageAtOneLapasStayApart() {
    for (String fight : List.of("g04", "g05")) {
      for (String water : List.of("g06", "g07")) {
        assertThat(compare(fight, water).sameIncident()).as(fight + "/" + water).isFalse();
      }
    }
    assertThat(compare("g04", "g05").sameIncident()).isTrue();
    assertThat(compare("g06", "g07").sameIncident()).isTrue();
  }

  @Test
  void twoEscapesFromOneLapasInOneWeekStayApart() {
    for (String hospital : List.of("g08", "g09")) {
      for (String workParty : List.of("g10", "g11")) {
        assertThat(compare(hospital, workParty).sameIncident()).as(hospital + "/" + workParty).isFalse();
      }
    }
  }

  @Test
  void aFeedSummaryJoinsTheLongReportOfItsIncidentButNotAnotherIncident() {
    IncidentStory escape = BY_ID.get("g01");
    IncidentStory water = BY_ID.get("g06");
    StorySimilarity.Profile summary = similarity.profile("Tiga Napi Lapas Sekayu Kabur Lewat Jendela",
        "Tiga narapidana Lapas Sekayu melarikan diri setelah menggergaji teralis jendela blok hunian, Minggu dini hari.",
        "lapas-sekayu", "Lapas Kelas IIB Sekayu");
    assertThat(similarity.compare(summary, similarity.profile(escape.title(), escape.body(), escape.unitCode(),
        escape.unitName()), Duration.ofHours(3)).sameIncident()).isTrue();

    StorySimilarity.Profile fightSummary = similarity.profile("Napi Lapas Jember Tewas Dikeroyok",
        "Seorang narapidana Lapas Jember meninggal dunia setelah dikeroyok teman satu kamar.", "lapas-jember",
        "Lapas Kelas IIA Jember");
    assertThat(similarity.compare(fightSummary, similarity.profile(water.title(), water.body(), water.unitCode(),
        water.unitName()), Duration.ofHours(20)).sameIncident()).isFalse();
  }

  @Test
  void anUnregisteredUnitGroupsByItsNameAndOnlyByIt() {
    IncidentStory first = BY_ID.get("g12");
    IncidentStory second = BY_ID.get("g13");
    IncidentStory elsewhere = new IncidentStory("g13b", second.publishedAt(), second.outlet(), second.title(),
        second.body(), null, "Lapas Kelas IIB Bojonegoro", second.categories(), "bojonegoro-levy", true);
    GroupingReplay.Result result = new GroupingReplay(similarity).replay(List.of(first, second, elsewhere));
    assertThat(result.caseOf().get("g13")).isEqualTo(result.caseOf().get("g12"));
    assertThat(result.caseOf().get("g13b")).isNotEqualTo(result.caseOf().get("g12"));
    assertThat(CaseMatcher.unitNameKey("  Lapas  Kelas IIB\tTuban ")).isEqualTo("Lapas Kelas IIB Tuban");
    assertThat(CaseMatcher.unitNameKey(" ")).isNull();
  }

  @Test
  void replayedInOrderEveryIncidentIsOneCase() {
    GroupingReplay.Result result = new GroupingReplay(similarity).replay(STORIES);
    System.out.println(result.summary("Own long stories"));
    result.misses().forEach(m -> System.out.println("  " + m));
    assertThat(result.wrongMerges()).isZero();
    assertThat(result.pairsTogether()).isEqualTo(result.pairs());
    // An unregistered unit groups by its name; a second escape three weeks later opens a new case.
    assertThat(result.caseOf().get("g12")).isEqualTo(result.caseOf().get("g13"));
    assertThat(result.caseOf().get("g14")).isNotEqualTo(result.caseOf().get("g01"));
  }
}
