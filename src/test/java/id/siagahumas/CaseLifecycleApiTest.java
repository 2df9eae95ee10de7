package id.siagahumas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.PdfText;
import id.siagahumas.support.SiagaSpringTest;
import java.time.Duration;
import java.util.Date;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole application on H2 (and on PostgreSQL in profile {@code postgres-tests}): a story posted by a
 * monitoring tool is carried through the engine REST API by the officers who would do it in Tasklist, published,
 * followed up and closed.
 */
@SiagaSpringTest
class CaseLifecycleApiTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired TestRestTemplate rest;
  @Autowired CaseDriver driver;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private String taskId(String user, String caseId, String key) {
    JsonNode tasks = call(user, HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + caseId + "&taskDefinitionKey=" + key, null).getBody();
    assertThat(tasks).as("open task " + key).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private ResponseEntity<JsonNode> claimAndComplete(String user, String caseId, String key,
      Map<String, Object> variables) {
    String id = taskId(user, caseId, key);
    call(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", Map.of("userId", user));
    Map<String, Object> typed = new java.util.HashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return call(user, HttpMethod.POST, "/engine-rest/task/" + id + "/complete", Map.of("variables", typed));
  }

  private void executeJobs(String caseId) {
    JsonNode jobs = call("admin", HttpMethod.GET, "/engine-rest/job?executable=true&processInstanceId="
        + driver.instance(caseId).getId(), null).getBody();
    for (JsonNode job : jobs) {
      assertThat(call("admin", HttpMethod.POST, "/engine-rest/job/" + job.get("id").asText() + "/execute", null)
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
  }

  @Test
  void aStoryIsCarriedFromIntakeToAClosedCase() throws Exception {
    Map<String, Object> story = Map.of("url", "https://www.palembangpos.example/berita/napi-kabur?utm_source=wa",
        "outlet", "Palembang Pos", "title", "Tiga Napi Lapas Merah Mata Kabur Lewat Gorong-gorong",
        "body", "Tiga narapidana Lapas Kelas I Palembang melarikan diri melalui gorong-gorong.",
        "publishedAt", "2026-10-01T07:00:00+07:00", "unitCode", "lapas-palembang",
        "categories", new String[] {"PELARIAN"});

    assertThat(call(null, HttpMethod.POST, "/api/stories", story).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call(null, HttpMethod.GET, "/engine-rest/task", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("humas.jatim", "salah").postForEntity("/api/stories", story, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(call("monitor", HttpMethod.POST, "/api/stories", story).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    ResponseEntity<JsonNode> again = call("monitor", HttpMethod.POST, "/api/stories",
        Map.of("url", "https://palembangpos.example/berita/napi-kabur/", "outlet", "Palembang Pos",
            "title", "x", "body", "y", "publishedAt", "2026-10-01T07:00:00+07:00"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().get("status").asText()).isEqualTo("DUPLICATE");
    String caseId = again.getBody().get("caseId").asText();
    assertThat(caseId).matches("KRS-\\d{4}-\\d{6}");

    assertThat(call("monitor", HttpMethod.GET, "/api/cases/" + caseId, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode before = call("humas.sumsel", HttpMethod.GET, "/api/cases/" + caseId, null).getBody();
    assertThat(before.get("severity").asText()).as("known at intake").isEqualTo("TINGGI");
    assertThat(before.get("stage").asText()).as("triage follows as a job").isEqualTo("triage");
    executeJobs(caseId); // the job executor's part
    JsonNode detail = call("humas.sumsel", HttpMethod.GET, "/api/cases/" + caseId, null).getBody();
    assertThat(detail.get("stage").asText()).isEqualTo("verifyFacts");
    assertThat(detail.get("severity").asText()).isEqualTo("TINGGI");

    assertThat(claimAndComplete("humas.sumsel", caseId, "verifyFacts", Map.of("verdict", "TIDAK_BENAR",
        "facts", "Apel pagi lengkap; tidak ada narapidana yang kabur.", "respond", true)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode statement = call("humas.sumsel", HttpMethod.GET, "/engine-rest/task/"
        + taskId("humas.sumsel", caseId, "draftStatement") + "/variables/statement", null).getBody();
    assertThat(statement.get("value").asText()).contains("Dengan hormat", "Hak Jawab").doesNotContain("[", "…");
    // ganda.sumsel is both an officer of the unit and regional humas, as in a small office.
    driver.user("ganda.sumsel", "humas-lapas-palembang", "humas-kanwil-sumsel");
    claimAndComplete("ganda.sumsel", caseId, "draftStatement", Map.of("statement",
        statement.get("value").asText(), "statementType", "HAK_JAWAB"));

    assertThat(call("humas.sumsel", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseId
        + "&taskDefinitionKey=approveStatement", null).getBody()).as("officers do not see approvals").isEmpty();
    ResponseEntity<JsonNode> selfApproval = claimAndComplete("ganda.sumsel", caseId, "approveStatement",
        Map.of("approved", true));
    assertThat(selfApproval.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(selfApproval.getBody().get("message").asText()).as("the reason alone, as Tasklist shows it")
        .startsWith("Persetujuan ditolak").contains("prinsip empat mata").doesNotContain("ENGINE-");
    String approveTask = taskId("kasubag.sumsel", caseId, "approveStatement");
    ResponseEntity<JsonNode> release = call("ganda.sumsel", HttpMethod.POST, "/engine-rest/task/" + approveTask
        + "/unclaim", null);
    assertThat(release.getStatusCode()).as("a candidate may release the task: %s", release.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(claimAndComplete("kasubag.sumsel", caseId, "approveStatement", Map.of("approved", true))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    executeJobs(caseId);
    detail = call("humas.sumsel", HttpMethod.GET, "/api/cases/" + caseId, null).getBody();
    assertThat(detail.get("stage").asText()).isEqualTo("publishing");
    assertThat(detail.get("publications")).hasSize(1);
    assertThat(detail.get("publications").get(0).get("recipient").asText()).isEqualTo("redaksi@palembang-pos.example");
    assertThat(detail.get("publications").get(0).get("outcome").asText()).isEqualTo("TERKIRIM");
    assertThat(detail.get("statements").get(0).get("status").asText()).isEqualTo("TERBIT");
    String number = detail.get("statements").get(0).get("letterNumber").asText();
    assertThat(number).as("the register's number in the case detail").matches("PAS\\.1\\.UPT\\.1-HM\\.01\\.01-\\d+");
    ResponseEntity<byte[]> pdf = rest.withBasicAuth("kasubag.sumsel", "demo").getForEntity(
        "/api/cases/" + caseId + "/statements/1/letter?outlet=Palembang Pos", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(PdfText.of(pdf.getBody()).replaceAll("\\s+", " ")).as("the letter as it went out")
        .contains(number, "Yth. Pemimpin Redaksi Palembang Pos", "Citra Contoh");
    assertThat(rest.withBasicAuth("humas.jatim", "demo").getForEntity(
        "/api/cases/" + caseId + "/statements/1/letter", String.class).getStatusCode())
        .as("another region's letter").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("kasubag.sumsel", "demo").getForEntity(
        "/api/cases/" + caseId + "/statements/1/letter?outlet=Kompas", String.class).getStatusCode())
        .as("an outlet that did not carry the story").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(greenMail.getReceivedMessagesForDomain("palembang-pos.example")).hasSize(1);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(25))));
    executeJobs(caseId);
    claimAndComplete("humas.sumsel", caseId, "reviewCoverage", Map.of("outcome", "TERKOREKSI"));
    driver.deliver(); // the scheduled dispatcher's work

    detail = call("humas.sumsel", HttpMethod.GET, "/api/cases/" + caseId, null).getBody();
    assertThat(detail.get("stage").asText()).isEqualTo("closed");
    assertThat(detail.get("status").asText()).isEqualTo("CLOSED");
    assertThat(detail.get("slaBreached").asBoolean()).isFalse();
    assertThat(detail.get("notifications").findValuesAsText("event")).contains("case-opened", "task-created",
        "CASE_OPENED", "STATEMENT_PUBLISHED");
    assertThat(detail.get("notifications").findValuesAsText("status")).containsOnly("SENT");
    assertThat(detail.get("timeline").findValuesAsText("step")).contains("verifyFacts", "draftStatement",
        "approveStatement", "publishStatement", "reviewCoverage", "caseClosed");
    JsonNode verifyStep = null;
    for (JsonNode step : detail.get("timeline")) {
      if (step.get("step").asText().equals("verifyFacts")) {
        verifyStep = step;
      }
    }
    assertThat(verifyStep.get("by").asText()).isEqualTo("humas.sumsel");
  }

  @Test
  void badInputIsAProblemThatNamesTheField() {
    ResponseEntity<JsonNode> response = call("monitor", HttpMethod.POST, "/api/stories",
        Map.of("url", "ftp://x.example/a", "outlet", "A", "title", "B", "body", "C",
            "publishedAt", "2026-10-01T07:00:00+07:00"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("field").asText()).isEqualTo("url");

    response = call("monitor", HttpMethod.POST, "/api/stories", Map.of("url", "https://x.example/a", "outlet", "A",
        "title", "B", "body", "C", "publishedAt", "2026-10-01T07:00:00+07:00", "unitCode", "lapas-atlantis"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("field").asText()).isEqualTo("unitCode");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM story WHERE url LIKE 'https://x.example/%'").query(Integer.class)
        .single()).isZero();

    response = call("monitor", HttpMethod.POST, "/api/stories", Map.of("url", "https://x.example/a", "outlet", "A",
        "title", "B", "body", "C", "publishedAt", "2026-10-01T07:00:00+07:00", "categories",
        new String[] {"BENCANA"}));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("field").asText()).isEqualTo("categories[0]");
  }
}
