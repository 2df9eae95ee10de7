package id.siagahumas.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.siagahumas.intake.Category;
import id.siagahumas.registry.Reach;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The KPI figures on cases worked at known times (the engine clock moved between steps): medians, the share within
 * the statement deadline, false alarms, cases per category per week, the CSV, and the lanes.
 */
@SiagaSpringTest
class KpiFiguresTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Instant T0 = Instant.parse("2027-02-01T01:00:00Z"); // Monday 1 February 2027, 08.00 WIB

  @Autowired CaseDriver driver;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  private static void at(Duration sinceT0) {
    ClockUtil.setCurrentTime(Date.from(T0.plus(sinceT0)));
  }

  private void verify(String caseId, String verdict) {
    driver.complete(caseId, "verifyFacts", "humas.sumsel", Map.of("verdict", verdict,
        "facts", "Sudah dicek langsung ke blok hunian.", "respond", !"SALAH_DETEKSI".equals(verdict)));
  }

  private void draftApprovePublish(String caseId) {
    driver.complete(caseId, "draftStatement", "humas.sumsel", Map.of("statementType", "HAK_JAWAB"));
    driver.complete(caseId, "approveStatement", "kasubag.sumsel", Map.of("approved", true));
    driver.executeDueJobs(caseId);
  }

  private JsonNode kpi(String user, String query) throws Exception {
    ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity("/api/reports/kpi?" + query,
        String.class);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private static JsonNode unit(JsonNode report, String code) {
    for (JsonNode u : report.get("units")) {
      if (code.equals(u.path("unitCode").asText())) {
        return u;
      }
    }
    throw new AssertionError("no unit " + code + " in " + report);
  }

  @Test
  void figuresFollowTheTimesTheCasesWereWorkedAt() throws Exception {
    at(Duration.ZERO);
    String onTime = driver.submit("Palembang Pos", Reach.REGIONAL, "lapas-palembang", List.of(Category.PELARIAN),
        "Dua Napi Lapas Palembang Kabur Saat Apel", "Dua narapidana Lapas Kelas I Palembang kabur saat apel pagi.")
        .caseId();
    String late = driver.submit("Palembang Pos", Reach.REGIONAL, "lapas-palembang", List.of(Category.NARKOBA),
        "Sabu Ditemukan di Kamar Hunian Lapas Palembang", "Petugas menemukan sabu di kamar hunian Lapas Palembang.")
        .caseId();
    String falseAlarm = driver.submit("Palembang Pos", Reach.REGIONAL, "rutan-palembang", List.of(Category.PUNGLI),
        "Pungli di Rutan Palembang", "Keluarga tahanan Rutan Palembang mengaku dimintai uang.").caseId();

    at(Duration.ofMinutes(30));
    verify(onTime, "TIDAK_BENAR");                     // 30 min to verify
    verify(falseAlarm, "SALAH_DETEKSI");              // 30 min, a false alarm
    at(Duration.ofMinutes(90));
    draftApprovePublish(onTime);                      // published after 90 min: within the 6 hours (TINGGI)
    at(Duration.ofMinutes(120));
    verify(late, "TIDAK_BENAR");                      // 120 min to verify
    driver.advance(late, Duration.ofHours(5));        // T0 + 7 h: the statement deadline fired, the case is late
    draftApprovePublish(late);                        // published after 420 min

    JsonNode report = kpi("kakanwil.sumsel", "from=2027-02-01&to=2027-02-01");
    JsonNode lapas = unit(report, "lapas-palembang");
    assertThat(lapas.get("cases").asInt()).isEqualTo(2);
    assertThat(lapas.get("verified").asInt()).isEqualTo(2);
    assertThat(lapas.get("medianMinutesToVerify").asDouble()).isEqualTo(75.0);  // (30 + 120) / 2
    assertThat(lapas.get("published").asInt()).isEqualTo(2);
    assertThat(lapas.get("medianMinutesToPublish").asDouble()).isEqualTo(255.0); // (90 + 420) / 2
    assertThat(lapas.get("decided").asInt()).isEqualTo(2);
    assertThat(lapas.get("withinDeadline").asInt()).isEqualTo(1);
    assertThat(lapas.get("shareWithinDeadline").asDouble()).isEqualTo(0.5);
    assertThat(lapas.get("falseAlarms").asInt()).isZero();
    JsonNode rutan = unit(report, "rutan-palembang");
    assertThat(rutan.get("cases").asInt()).isEqualTo(1);
    assertThat(rutan.get("medianMinutesToVerify").asDouble()).isEqualTo(30.0);
    assertThat(rutan.has("medianMinutesToPublish")).as("no statement, no median").isFalse();
    assertThat(rutan.has("shareWithinDeadline")).isFalse();
    assertThat(rutan.get("falseAlarms").asInt()).isEqualTo(1);
    JsonNode total = report.get("total");
    assertThat(total.get("cases").asInt()).isEqualTo(3);
    assertThat(total.get("medianMinutesToVerify").asDouble()).isEqualTo(30.0);  // 30, 30, 120
    assertThat(total.get("medianMinutesToPublish").asDouble()).isEqualTo(255.0);
    assertThat(total.get("shareWithinDeadline").asDouble()).isEqualTo(0.5);
    assertThat(total.get("falseAlarms").asInt()).isEqualTo(1);
    assertThat(report.get("weeks").get(0).asText()).isEqualTo("2027-02-01");
    assertThat(report.get("casesPerCategoryPerWeek").get("PELARIAN").get(0).asInt()).isEqualTo(1);
    assertThat(report.get("casesPerCategoryPerWeek").get("NARKOBA").get(0).asInt()).isEqualTo(1);
    assertThat(report.get("casesPerCategoryPerWeek").get("PUNGLI").get(0).asInt()).isEqualTo(1);

    // the day before holds none of them; the national view holds them too
    assertThat(kpi("kakanwil.sumsel", "from=2027-01-31&to=2027-01-31").get("total").get("cases").asInt()).isZero();
    assertThat(kpi("humas.pusat", "from=2027-02-01&to=2027-02-01&region=sumsel").get("total").get("cases").asInt())
        .isEqualTo(3);
    // another region's head sees none of Sumsel's cases, and may not ask for Sumsel
    assertThat(kpi("kakanwil.jatim", "from=2027-02-01&to=2027-02-01").get("total").get("cases").asInt()).isZero();
    assertThat(rest.withBasicAuth("kakanwil.jatim", "demo").getForEntity(
        "/api/reports/kpi?from=2027-02-01&to=2027-02-01&region=sumsel", String.class).getStatusCode().value())
        .isEqualTo(403);

    HttpHeaders csvAccept = new HttpHeaders();
    csvAccept.setAccept(List.of(MediaType.valueOf("text/csv")));
    ResponseEntity<String> csv = rest.withBasicAuth("kasubag.sumsel", "demo").exchange(
        "/api/reports/kpi?from=2027-02-01&to=2027-02-01&region=sumsel", HttpMethod.GET, new HttpEntity<>(csvAccept),
        String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody().lines()).contains(
        "lapas-palembang,Lapas Kelas I Palembang,sumsel,2,2,75.0,2,255.0,2,1,0.5,0",
        "rutan-palembang,Rutan Kelas I Palembang,sumsel,1,1,30.0,0,,0,0,,1",
        ",Semua satker,sumsel,3,3,30.0,2,255.0,2,1,0.5,1");
    assertThat(rest.withBasicAuth("kakanwil.sumsel", "demo").getForEntity(
        "/api/reports/kpi?from=2027-02-05&to=2027-02-01", String.class).getStatusCode().value()).isEqualTo(400);
  }
}
