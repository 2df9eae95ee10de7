package id.siagahumas.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test per class of hostile input: each is answered with a 4xx RFC 7807 problem, and nothing of it is
 * stored. Officers stay in their region's lane in the case API.
 */
@SiagaSpringTest
class HostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDriver driver;

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  private Map<String, Object> story() {
    Map<String, Object> story = new HashMap<>();
    story.put("url", "https://uji.example/berita/" + System.nanoTime());
    story.put("outlet", "Uji Pos");
    story.put("title", "Napi kabur dari Lapas Palembang");
    story.put("body", "Seorang narapidana Lapas Kelas I Palembang melarikan diri.");
    story.put("publishedAt", "2026-10-01T07:00:00+07:00");
    story.put("unitCode", "lapas-palembang");
    story.put("categories", List.of("PELARIAN"));
    return story;
  }

  private ResponseEntity<JsonNode> post(String rawJson) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("monitor", "demo").exchange("/api/stories", HttpMethod.POST,
        new HttpEntity<>(rawJson, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(Map<String, Object> story) throws Exception {
    return post(JSON.writeValueAsString(story));
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, JsonNode.class);
  }

  private int stories() {
    return jdbc.sql("SELECT COUNT(*) FROM story").query(Integer.class).single();
  }

  /** A 4xx problem naming the field (when there is one), and nothing stored. */
  private void refused(ResponseEntity<JsonNode> response, int storiesBefore, String field) {
    assertThat(response.getStatusCode().is4xxClientError()).as(String.valueOf(response.getBody())).isTrue();
    assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
    assertThat(response.getBody().get("status").asInt()).isEqualTo(response.getStatusCode().value());
    if (field != null) {
      assertThat(response.getBody().get("field").asText()).isEqualTo(field);
    }
    assertThat(stories()).isEqualTo(storiesBefore);
  }

  @Test
  void oversizedFieldsAndTooManyItems() throws Exception {
    int before = stories();
    Map<String, Object> s = story();
    s.put("title", "x".repeat(501));
    refused(post(s), before, "title");
    s = story();
    s.put("body", "x".repeat(100_001));
    refused(post(s), before, "body");
    s = story();
    s.put("url", "https://uji.example/" + "a".repeat(2100));
    refused(post(s), before, "url");
    s = story();
    s.put("categories", java.util.Collections.nCopies(12, "PELARIAN"));
    refused(post(s), before, "categories");
  }

  @Test
  void aRequestBodyOverTheLimit() {
    int before = stories();
    ResponseEntity<JsonNode> response = post("{\"body\":\"" + "x".repeat(1_100_000) + "\"}");
    assertThat(response.getStatusCode().value()).isEqualTo(413);
    assertThat(stories()).isEqualTo(before);
  }

  @Test
  void urlsOtherThanHttpAndLookAlikeHosts() throws Exception {
    int before = stories();
    for (String url : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://uji.example/a",
        "https://xn--80ak6aa92e.example/a?x=1".replace("xn--80ak6aa92e", "аррӏе"), "https://user:pw@uji.example/a",
        "https:///tanpa-host")) {
      Map<String, Object> s = story();
      s.put("url", url);
      refused(post(s), before, "url");
    }
  }

  @Test
  void datesThatAreNotIso8601WithOffset() throws Exception {
    int before = stories();
    for (String date : List.of("kemarin", "01/10/2026", "2026-10-01T07:00:00", "2026-13-45T99:00:00+07:00")) {
      Map<String, Object> s = story();
      s.put("publishedAt", date);
      refused(post(s), before, "publishedAt");
    }
  }

  @Test
  void unknownEnumValuesAndUnknownFields() throws Exception {
    int before = stories();
    Map<String, Object> s = story();
    s.put("reach", "GLOBAL");
    refused(post(s), before, "reach");
    s = story();
    s.put("source", "ROBOT");
    refused(post(s), before, "source");
    s = story();
    s.put("caseId", "KRS-2026-000001");
    refused(post(s), before, "caseId");
  }

  @Test
  void malformedDeeplyNestedAndDuplicateKeyJson() {
    int before = stories();
    refused(post("{\"url\": \"https://uji.example/a\", "), before, null);
    refused(post("[".repeat(5000) + "]".repeat(5000)), before, null);
    refused(post("{\"outlet\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}"), before, null);
    refused(post("{\"url\":\"https://uji.example/a\",\"url\":\"https://uji.example/b\"}"), before, null);
  }

  @Test
  void hugeNumbers() {
    ResponseEntity<JsonNode> response = get("humas.pusat", "/api/cases?page=99999999999999999999");
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    response = get("humas.pusat", "/api/cases?size=1000000");
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody().get("field").asText()).isEqualTo("size");
    int before = stories();
    refused(post("{\"outlet\":" + "9".repeat(200) + "}"), before, null);
  }

  @Test
  void controlCharactersAndInvisibleDirectionMarks() throws Exception {
    int before = stories();
    for (String title : List.of("Napi kabur\u0000", "Napi\u0007 kabur", "Napi kabur \u202Egnp.exe",
        "Napi\u200Bkabur", "Napi kabur\u2066tersembunyi\u2069")) {
      Map<String, Object> s = story();
      s.put("title", title);
      refused(post(s), before, "title");
    }
  }

  @Test
  void htmlAndScriptAreStoredAsTextAndReturnedAsJsonText() throws Exception {
    Map<String, Object> s = story();
    String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> Napi kabur";
    s.put("title", hostile);
    s.put("body", hostile + " dari Lapas Kelas I Palembang");
    ResponseEntity<JsonNode> created = post(s);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String caseId = created.getBody().get("caseId").asText();
    JsonNode detail = get("humas.sumsel", "/api/cases/" + caseId).getBody();
    assertThat(detail.get("stories").get(0).get("title").asText()).isEqualTo(hostile);
    // Forms bind story text with Angular's {{ }} (escaped); no form uses ng-bind-html or innerHTML.
    for (java.nio.file.Path form : java.nio.file.Files.list(java.nio.file.Path.of("bpmn/forms")).toList()) {
      assertThat(java.nio.file.Files.readString(form)).doesNotContain("ng-bind-html", "innerHTML", "$sce");
    }
  }

  @Test
  void sqlMetacharactersInFilters() {
    for (String query : List.of("status=OPEN'%20OR%20'1'='1", "region=sumsel;DROP%20TABLE%20story",
        "unit=lapas-palembang'--", "severity=KRITIS%20OR%201=1")) {
      ResponseEntity<JsonNode> response = get("humas.pusat", "/api/cases?" + query);
      assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
      assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM story").query(Integer.class).single()).isNotNegative();
  }

  @Test
  void pathTraversalInIds() {
    for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "KRS-2026-000001%27", "KRS-2026-1", "..;", "%00")) {
      ResponseEntity<JsonNode> response = get("humas.pusat", "/api/cases/" + id);
      assertThat(response.getStatusCode().is4xxClientError()).as(id).isTrue();
    }
  }

  @Test
  void anOfficerNeverSeesAnotherRegionsCase() throws Exception {
    Map<String, Object> s = story();
    s.put("unitCode", "lapas-malang");
    s.put("title", "Napi kabur dari Lapas Lowokwaru");
    String caseId = post(s).getBody().get("caseId").asText();

    assertThat(get("humas.sumsel", "/api/cases/" + caseId).getStatusCode().value()).isEqualTo(404);
    assertThat(get("kasubag.sumsel", "/api/cases/" + caseId).getStatusCode().value()).isEqualTo(404);
    assertThat(get("humas.sumsel", "/api/cases?size=1000").getBody().get("items").findValuesAsText("caseId"))
        .doesNotContain(caseId);
    assertThat(get("humas.jatim", "/api/cases/" + caseId).getStatusCode().value()).isEqualTo(200);
    assertThat(get("kakanwil.jatim", "/api/cases?region=jatim").getBody().get("items").findValuesAsText("caseId"))
        .contains(caseId);
    assertThat(get("humas.pusat", "/api/cases/" + caseId).getStatusCode().value()).isEqualTo(200);
  }
}
