package id.siagahumas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.casefile.CaseDetail;
import id.siagahumas.casefile.CaseDetailService;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo profile's sample cases: invented stories, marked as such, taken through the real process to their
 * stages in two regions; never on a database that already has cases, and off in the tests' configuration.
 */
@SiagaSpringTest
class SampleCasesTest {

  @Autowired SampleCases samples;
  @Autowired CaseDetailService details;
  @Autowired CaseDriver driver;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  @Test
  void sampleCasesReachTheirStagesInTwoRegionsAndAreMarkedAsExamples() {
    List<String> caseIds = samples.createAll();

    assertThat(caseIds).hasSize(SampleCases.SAMPLES.size()).doesNotHaveDuplicates();
    Map<String, String> stages = new java.util.LinkedHashMap<>();
    for (int i = 0; i < caseIds.size(); i++) {
      CaseDetail detail = details.detail(caseIds.get(i));
      SampleCases.Sample sample = SampleCases.SAMPLES.get(i);
      stages.put(sample.slug(), detail.stage());
      assertThat(detail.unitCode()).isEqualTo(sample.unitCode());
      assertThat(detail.stories()).singleElement().satisfies(story -> {
        assertThat(story.title()).startsWith("[CONTOH] ");
        assertThat(story.outlet()).isEqualTo("Contoh Media");
        assertThat(story.url()).startsWith("https://contoh-media.example/");
        assertThat(story.body()).startsWith("Berita contoh").contains("bukan peristiwa nyata");
      });
    }
    assertThat(stages).containsExactly(
        Map.entry("keributan-lapas-palembang", "verifyFacts"),
        Map.entry("antrean-kunjungan-rutan-palembang", "verifyFacts"),
        Map.entry("pungutan-lapas-muara-enim", "draftStatement"),
        Map.entry("razia-ponsel-lapas-sekayu", "approveStatement"),
        Map.entry("narkoba-lapas-banjarmasin", "publishing"),
        Map.entry("kepadatan-rutan-banjarmasin", "verifyFacts"));
    CaseDetail published = details.detail(caseIds.get(4));
    assertThat(published.statements()).isNotEmpty();
    assertThat(published.publications()).as("the hak jawab to the (invented) outlet is on record").isNotEmpty();
    assertThat(caseIds.stream().map(id -> details.detail(id).region()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("sumsel", "kalsel");
    assertThat(caseIds.stream().map(id -> details.detail(id).severity()).collect(Collectors.toSet()))
        .as("told apart by severity too").contains("KRITIS", "RENDAH");

    // a database with cases never gets samples, on this node or another starting beside it
    assertThat(samples.claimEmptyDatabase()).isFalse();
  }

  @Test
  void theTestsRunWithoutSampleCases() {
    samples.createOnFirstStart(); // switched off by siaga.demo.sample-cases=false (application-test.yaml)
    assertThat(jdbc.sql("SELECT COUNT(*) FROM story WHERE title LIKE '[CONTOH]%' AND case_id IN "
        + "(SELECT case_id FROM crisis_case WHERE status <> 'CLOSED')").query(Long.class).single()).isZero();
  }
}
