package id.siagahumas.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case API as DESIGN.md lists it: classify, the filtered and paged list, the registries. */
@SiagaSpringTest
class CaseApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDriver driver;

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  private JsonNode post(String path, Map<String, Object> body) {
    return rest.withBasicAuth("monitor", "demo").postForEntity(path, body, JsonNode.class).getBody();
  }

  private JsonNode get(String user, String path) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " " + response.getBody()).isTrue();
    return response.getBody();
  }

  private static Map<String, Object> story(String slug, String title, String body, String publishedAt) {
    return Map.of("url", "https://kasus.example/" + slug + "-" + System.nanoTime(), "outlet", "Kompas",
        "title", title, "body", body, "publishedAt", publishedAt);
  }

  @Test
  void classifyAnswersWhatIntakeWouldDoAndStoresNothing() {
    int before = jdbc.sql("SELECT COUNT(*) FROM story").query(Integer.class).single();
    JsonNode answer = post("/api/stories/classify", story("klasifikasi",
        "Napi Tewas Dikeroyok di Lapas Teluk Dalam",
        "Seorang narapidana Lapas Kelas IIA Banjarmasin meninggal dunia setelah dikeroyok.",
        "2026-10-04T21:00:00+08:00"));
    assertThat(answer.get("negative").asBoolean()).isTrue();
    assertThat(answer.get("categories").toString()).contains("KEMATIAN", "KEKERASAN");
    assertThat(answer.get("unitCode").asText()).isEqualTo("lapas-banjarmasin");
    assertThat(answer.get("region").asText()).isEqualTo("kalsel");
    assertThat(answer.get("severity").asText()).isEqualTo("KRITIS");
    assertThat(answer.get("responseHours").asInt()).isEqualTo(2);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM story").query(Integer.class).single()).isEqualTo(before);

    assertThat(answer.get("scope").asText()).isEqualTo("IN");
    assertThat(answer.get("frame").asText()).isEqualTo("NEGATIVE");
    assertThat(answer.get("unitName").asText()).isEqualTo("Lapas Kelas IIA Banjarmasin");
    assertThat(answer.get("evidence").toString().toLowerCase()).contains("tewas", "dikeroyok");

    JsonNode praise = post("/api/stories/classify", story("wbk", "Lapas Sekayu Raih Predikat WBK",
        "Lapas Kelas IIB Sekayu meraih predikat Wilayah Bebas dari Korupsi.", "2026-10-04T21:00:00+07:00"));
    assertThat(praise.get("negative").asBoolean()).isFalse();
    assertThat(praise.get("frame").asText()).isEqualTo("POSITIVE");
    assertThat(praise.get("unitCode").asText()).isEqualTo("lapas-sekayu");

    JsonNode police = post("/api/stories/classify", story("polsek", "Tiga Tahanan Polsek Kabur Jebol Dinding",
        "Tiga tahanan Polsek Ilir Barat kabur dengan menjebol dinding sel, Minggu dini hari.",
        "2026-10-04T21:00:00+07:00"));
    assertThat(police.get("negative").asBoolean()).isFalse();
    assertThat(police.get("scope").asText()).isEqualTo("OUT");
    assertThat(police.get("evidence").toString()).containsIgnoringCase("tahanan polsek");

    JsonNode unregistered = post("/api/stories/classify", story("cipinang", "Napi LP Cipinang Kabur",
        "Seorang narapidana Lapas Kelas I Cipinang kabur saat kerja bakti.", "2026-10-04T21:00:00+07:00"));
    assertThat(unregistered.get("negative").asBoolean()).isTrue();
    assertThat(unregistered.hasNonNull("unitCode")).isFalse();
    assertThat(unregistered.get("unitName").asText()).isEqualTo("Lapas Kelas I Cipinang");
  }

  @Test
  void theCaseShowsWhatIntakeReadInEachStory() {
    JsonNode created = post("/api/stories", story("baca", "Napi LP Cipinang Kabur Lewat Gorong-gorong",
        "Seorang narapidana Lapas Kelas I Cipinang melarikan diri lewat gorong-gorong, Senin dini hari.",
        "2026-10-05T07:00:00+07:00"));
    JsonNode detail = get("humas.pusat", "/api/cases/" + created.get("caseId").asText());
    JsonNode first = detail.get("stories").get(0);
    assertThat(first.get("scope").asText()).isEqualTo("IN");
    assertThat(first.get("frame").asText()).isEqualTo("NEGATIVE");
    assertThat(first.get("unitName").asText()).isEqualTo("Lapas Kelas I Cipinang");
    assertThat(first.get("evidence").toString().toLowerCase()).contains("kabur", "melarikan diri");
  }

  @Test
  void theListFiltersAndPagesNewestFirst() {
    List<String> created = new ArrayList<>();
    created.add(post("/api/stories", story("a", "Napi Kabur dari Lapas Jambi",
        "Narapidana Lapas Kelas IIA Jambi kabur.", "2026-10-01T07:00:00+07:00")).get("caseId").asText());
    created.add(post("/api/stories", story("b", "Ponsel Ditemukan di Lapas Malang",
        "Razia menemukan ponsel di Lapas Kelas I Malang.", "2026-10-02T07:00:00+07:00")).get("caseId").asText());
    created.add(post("/api/stories", story("c", "Pungli Kunjungan di Lapas Muara Bungo",
        "Pengunjung Lapas Muara Bungo dimintai uang.", "2026-10-03T07:00:00+07:00")).get("caseId").asText());

    JsonNode jambi = get("humas.pusat", "/api/cases?region=jambi&status=OPEN");
    assertThat(jambi.get("items").findValuesAsText("caseId")).containsExactly(created.get(2), created.get(0));
    assertThat(jambi.get("total").asInt()).isEqualTo(2);
    assertThat(get("humas.pusat", "/api/cases?unit=lapas-malang&status=OPEN").get("items")
        .findValuesAsText("caseId")).containsExactly(created.get(1));
    JsonNode firstPage = get("humas.pusat", "/api/cases?status=OPEN&size=2&page=0");
    JsonNode secondPage = get("humas.pusat", "/api/cases?status=OPEN&size=2&page=1");
    assertThat(firstPage.get("items").findValuesAsText("caseId")).containsExactly(created.get(2), created.get(1));
    assertThat(secondPage.get("items").findValuesAsText("caseId")).containsExactly(created.get(0));
    assertThat(get("humas.pusat", "/api/cases?severity=KRITIS&status=OPEN").get("items")
        .findValuesAsText("caseId")).containsExactly(created.get(2), created.get(0)); // Kompas (NASIONAL) raised them
  }

  @Test
  void theRegistriesAnswer() {
    assertThat(get("humas.sumsel", "/api/units").findValuesAsText("code")).contains("lapas-palembang", "ditjenpas");
    JsonNode sumsel = get("humas.sumsel", "/api/media-partners?region=sumsel");
    assertThat(sumsel).hasSize(21);
    assertThat(sumsel.findValuesAsText("name")).contains("Antaranews Sumsel", "Tribun Sumsel", "Indodaily");
    assertThat(get("humas.sumsel", "/api/media-partners").findValuesAsText("region"))
        .contains("sumsel", "jateng", "jatim", "jambi", "kalsel");
  }
}
