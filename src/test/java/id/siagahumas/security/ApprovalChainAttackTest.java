package id.siagahumas.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The attacks of issue 10, made as the attacker made them: an officer, approver or monitoring tool with a
 * valid login calling {@code /engine-rest} and {@code /api} over HTTP. Each test shows that the attack is
 * refused and that it changed nothing: who approves, how many approvals a case needs, where a statement
 * goes, who may read a case.
 */
@SiagaSpringTest
class ApprovalChainAttackTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired TestRestTemplate rest;
  @Autowired CaseDriver driver;
  @Autowired JdbcClient jdbc;

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  /** The URL of the story that opened the latest case. */
  private String lastStoryUrl;

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  // ---- the attacker's tools: plain HTTP with a valid login ----

  private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private ResponseEntity<String> text(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return typed;
  }

  private static Map<String, Object> story(String url, String outlet, String unitCode, String title, String body,
      String... categories) {
    Map<String, Object> story = new HashMap<>();
    story.put("url", url);
    story.put("outlet", outlet);
    story.put("title", title);
    story.put("body", body);
    story.put("publishedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).truncatedTo(ChronoUnit.SECONDS)
        .toString());
    if (unitCode != null) {
      story.put("unitCode", unitCode);
    }
    if (categories.length > 0) {
      story.put("categories", List.of(categories));
    }
    return story;
  }

  private static String url(String slug) {
    return "https://serangan.example/berita/" + slug + "-" + UUID.randomUUID();
  }

  /** A Sumatera Selatan case at Lapas Kelas I Palembang, posted by the monitor and triaged. */
  private String openCase(String title, String body, String... categories) {
    lastStoryUrl = url("kasus");
    ResponseEntity<JsonNode> created = call("monitor", HttpMethod.POST, "/api/stories",
        story(lastStoryUrl, "Sumatera Ekspres", "lapas-palembang", title, body, categories));
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    String caseId = created.getBody().get("caseId").asText();
    driver.triage(caseId); // the job executor's part, not the attacker's
    return caseId;
  }

  private String riotCase() {
    return openCase("Kerusuhan Pecah di Lapas Merah Mata, Blok Hunian Dibakar",
        "Kerusuhan terjadi di Lapas Kelas I Palembang; warga binaan membakar kasur di blok hunian.", "KERUSUHAN");
  }

  private String escapeCase() {
    return openCase("Dua Napi Lapas Merah Mata Kabur Lewat Atap",
        "Dua narapidana Lapas Kelas I Palembang kabur melalui atap blok hunian pada dini hari.", "PELARIAN");
  }

  private JsonNode tasks(String user, String caseId, String key) {
    ResponseEntity<JsonNode> found = call(user, HttpMethod.GET,
        "/engine-rest/task?processInstanceBusinessKey=" + caseId + "&taskDefinitionKey=" + key, null);
    assertThat(found.getStatusCode().value()).isEqualTo(200);
    return found.getBody();
  }

  private String taskId(String user, String caseId, String key) {
    JsonNode found = tasks(user, caseId, key);
    assertThat(found).as("open task " + key + " seen by " + user).hasSize(1);
    return found.get(0).get("id").asText();
  }

  private int claim(String user, String taskId) {
    return call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
        .getStatusCode().value();
  }

  private ResponseEntity<JsonNode> complete(String user, String taskId, Map<String, Object> variables) {
    return call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", typed(variables)));
  }

  private ResponseEntity<JsonNode> claimAndComplete(String user, String caseId, String key,
      Map<String, Object> variables) {
    String id = taskId(user, caseId, key);
    assertThat(claim(user, id)).as(user + " claims " + key).isEqualTo(204);
    return complete(user, id, variables);
  }

  private JsonNode detail(String caseId) {
    ResponseEntity<JsonNode> detail = call("humas.pusat", HttpMethod.GET, "/api/cases/" + caseId, null);
    assertThat(detail.getStatusCode().value()).isEqualTo(200);
    return detail.getBody();
  }

  private static final Map<String, Object> VERIFIED = Map.of("verdict", "BELUM_JELAS",
      "facts", "Kepala Lapas memastikan situasi terkendali; pemeriksaan masih berjalan.", "respond", true);

  /** The officer drafts with the generated text, as Tasklist would submit it. */
  private void draft(String user, String caseId) {
    String id = taskId(user, caseId, "draftStatement");
    JsonNode statement = call(user, HttpMethod.GET, "/engine-rest/task/" + id + "/variables/statement", null).getBody();
    JsonNode type = call(user, HttpMethod.GET, "/engine-rest/task/" + id + "/variables/statementType", null).getBody();
    assertThat(claim(user, id)).isEqualTo(204);
    assertThat(complete(user, id, Map.of("statement", statement.get("value").asText(),
        "statementType", type.get("value").asText())).getStatusCode().value()).isEqualTo(204);
  }

  private void executeJobs(String caseId) {
    driver.executeDueJobs(caseId);
  }

  private static void refusedWithReason(ResponseEntity<JsonNode> response, String... reasonParts) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    assertThat(response.getBody().get("message").asText()).as("the Indonesian reason alone")
        .contains(reasonParts).doesNotContain("ENGINE-", "Exception");
  }

  // ---- 1. approvalLevel and severity sent with Verifikasi fakta ----

  @Test
  void verificationCannotLowerTheApprovalChainOfACriticalCase() {
    String caseId = riotCase();
    assertThat(detail(caseId).get("severity").asText()).isEqualTo("KRITIS");
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");
    assertThat(claim("humas.sumsel", verify)).isEqualTo(204);

    Map<String, Object> attack = new LinkedHashMap<>(VERIFIED);
    attack.put("approvalLevel", "KANWIL");
    attack.put("severity", "RENDAH");
    refusedWithReason(complete("humas.sumsel", verify, attack), "tidak ada pada formulir tugas 'Verifikasi fakta'");
    // the same through the form-submit route Tasklist uses
    refusedWithReason(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/submit-form",
        Map.of("variables", typed(attack))), "tidak ada pada formulir tugas 'Verifikasi fakta'");
    assertThat(detail(caseId).get("stage").asText()).as("nothing completed").isEqualTo("verifyFacts");

    assertThat(complete("humas.sumsel", verify, VERIFIED).getStatusCode().value()).isEqualTo(204);
    draft("humas.sumsel", caseId);
    assertThat(claimAndComplete("kasubag.sumsel", caseId, "approveStatement", Map.of("approved", true))
        .getStatusCode().value()).isEqualTo(204);
    executeJobs(caseId);

    JsonNode after = detail(caseId);
    assertThat(after.get("severity").asText()).isEqualTo("KRITIS");
    assertThat(after.get("stage").asText()).as("the head's approval is still needed").isEqualTo("approveStatementHead");
    assertThat(tasks("kakanwil.sumsel", caseId, "approveStatementHead")).hasSize(1);
    assertThat(after.get("publications")).as("nothing published before the head approves").isEmpty();
  }

  // ---- 2. regionGroup and region of another region sent with Verifikasi fakta ----

  @Test
  void verificationCannotHandTheApprovalAndThePartnerMediaToAnotherRegion() throws Exception {
    String caseId = escapeCase();
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");
    assertThat(claim("humas.sumsel", verify)).isEqualTo(204);
    Map<String, Object> attack = new LinkedHashMap<>(VERIFIED);
    attack.put("regionGroup", "humas-kanwil-jatim");
    attack.put("region", "jatim");
    refusedWithReason(complete("humas.sumsel", verify, attack), "regionGroup");

    assertThat(complete("humas.sumsel", verify, VERIFIED).getStatusCode().value()).isEqualTo(204);
    draft("humas.sumsel", caseId);
    assertThat(tasks("kasubag.jatim", caseId, "approveStatement")).as("Jawa Timur never sees it").isEmpty();
    String approve = taskId("kasubag.sumsel", caseId, "approveStatement");
    JsonNode links = call("admin", HttpMethod.GET, "/engine-rest/task/" + approve + "/identity-links?type=candidate",
        null).getBody();
    assertThat(links.findValuesAsText("groupId")).containsExactly("humas-kanwil-sumsel");
    assertThat(claim("kasubag.jatim", approve)).as("Jawa Timur cannot claim it").isEqualTo(403);

    assertThat(claim("kasubag.sumsel", approve)).isEqualTo(204);
    assertThat(complete("kasubag.sumsel", approve, Map.of("approved", true)).getStatusCode().value()).isEqualTo(204);
    executeJobs(caseId);
    JsonNode publications = detail(caseId).get("publications");
    assertThat(publications).isNotEmpty();
    Set<String> recipients = Set.copyOf(publications.findValuesAsText("recipient"));
    assertThat(recipients).as("the klarifikasi went to Sumatera Selatan's partner media")
        .isEqualTo(partnerMedia("sumsel")).doesNotContainAnyElementsOf(partnerMedia("jatim"));
  }

  private static Set<String> partnerMedia(String region) throws Exception {
    try (var in = ApprovalChainAttackTest.class.getResourceAsStream("/data/media-partners.csv")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(line -> line.startsWith(region + ",")).map(line -> line.substring(line.lastIndexOf(',') + 1).trim())
          .collect(Collectors.toSet());
    }
  }

  // ---- 3. own unit group as regionGroup, then the approval handed to monitor ----

  @Test
  void monitorCanNeverApprove() {
    String caseId = escapeCase();
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");
    assertThat(claim("humas.sumsel", verify)).isEqualTo(204);
    Map<String, Object> attack = new LinkedHashMap<>(VERIFIED);
    attack.put("regionGroup", "humas-lapas-palembang");
    refusedWithReason(complete("humas.sumsel", verify, attack), "regionGroup");
    assertThat(complete("humas.sumsel", verify, VERIFIED).getStatusCode().value()).isEqualTo(204);
    draft("humas.sumsel", caseId);

    assertThat(tasks("humas.sumsel", caseId, "approveStatement")).as("the unit's officers do not see approvals")
        .isEmpty();
    String approve = taskId("kasubag.sumsel", caseId, "approveStatement");
    assertThat(claim("humas.sumsel", approve)).as("the drafter cannot claim the approval").isEqualTo(403);
    assertThat(claim("kasubag.sumsel", approve)).isEqualTo(204);
    refusedWithReason(call("kasubag.sumsel", HttpMethod.POST, "/engine-rest/task/" + approve + "/assignee",
        Map.of("userId", "monitor")), "bukan anggota grup tugas ini");
    refusedWithReason(call("kasubag.sumsel", HttpMethod.POST, "/engine-rest/task/" + approve + "/assignee",
        Map.of("userId", "humas.sumsel")), "bukan anggota grup tugas ini");
    assertThat(call("admin", HttpMethod.GET, "/engine-rest/task/" + approve, null).getBody().get("assignee").asText())
        .isEqualTo("kasubag.sumsel");

    assertThat(call("monitor", HttpMethod.POST, "/engine-rest/task/" + approve + "/claim", Map.of("userId", "monitor"))
        .getStatusCode().value()).isEqualTo(403);
    ResponseEntity<JsonNode> byMonitor = complete("monitor", approve, Map.of("approved", true));
    assertThat(byMonitor.getStatusCode().value()).isEqualTo(403);
    assertThat(detail(caseId).get("stage").asText()).isEqualTo("approveStatement");

    assertThat(complete("kasubag.sumsel", approve, Map.of("approved", true)).getStatusCode().value()).isEqualTo(204);
    JsonNode statements = detail(caseId).get("statements");
    assertThat(statements.findValuesAsText("decidedBy")).containsOnly("kasubag.sumsel").doesNotContain("monitor");
  }

  // ---- 4. severity=XYZ, then a related story ----

  @Test
  void anInvalidSeverityCannotBeWrittenSoRelatedStoriesAreStillTaken() {
    String caseId = escapeCase();
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");
    assertThat(claim("humas.sumsel", verify)).isEqualTo(204);
    Map<String, Object> attack = new LinkedHashMap<>(VERIFIED);
    attack.put("severity", "XYZ");
    refusedWithReason(complete("humas.sumsel", verify, attack), "severity");
    assertThat(complete("humas.sumsel", verify, VERIFIED).getStatusCode().value()).isEqualTo(204);

    ResponseEntity<JsonNode> related = call("monitor", HttpMethod.POST, "/api/stories",
        story(url("kabur-lagi"), "Tribun Sumsel", "lapas-palembang", "Dua Napi Lapas Merah Mata Kabur Lewat Atap",
            "Dua narapidana Lapas Kelas I Palembang kabur melalui atap blok hunian; petugas masih mengejar.",
            "PELARIAN"));
    assertThat(related.getStatusCode().value()).as("%s", related.getBody()).isEqualTo(200);
    assertThat(related.getBody().get("status").asText()).isEqualTo("ATTACHED");
    assertThat(related.getBody().get("caseId").asText()).isEqualTo(caseId);
    assertThat(related.getBody().get("severity").asText()).isEqualTo("TINGGI");
    assertThat(detail(caseId).get("stories")).hasSize(2);
  }

  // ---- 5. handing a claimed task to anyone ----

  @Test
  void aClaimedTaskPassesOnlyToItsCandidates() {
    String caseId = escapeCase();
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");
    assertThat(claim("humas.sumsel", verify)).isEqualTo(204);

    for (String outsider : List.of("humas.jatim", "monitor")) {
      refusedWithReason(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/assignee",
          Map.of("userId", outsider)), "'" + outsider + "' bukan anggota grup tugas ini");
    }
    for (Map<String, Object> link : List.of(Map.<String, Object>of("userId", "humas.jatim", "type", "candidate"),
        Map.<String, Object>of("groupId", "humas-lapas-malang", "type", "candidate"),
        Map.<String, Object>of("userId", "monitor", "type", "assignee"))) {
      assertThat(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/identity-links", link)
          .getStatusCode().value()).as("adds %s", link).isEqualTo(403);
    }
    assertThat(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/identity-links/delete",
        Map.of("groupId", "humas-lapas-palembang", "type", "candidate")).getStatusCode().value()).isEqualTo(403);

    assertThat(call("admin", HttpMethod.GET, "/engine-rest/task/" + verify, null).getBody().get("assignee").asText())
        .isEqualTo("humas.sumsel");
    JsonNode candidates = call("admin", HttpMethod.GET, "/engine-rest/task/" + verify + "/identity-links?type=candidate",
        null).getBody();
    assertThat(candidates.findValuesAsText("groupId")).containsExactly("humas-lapas-palembang");
    assertThat(candidates.findValues("userId")).allMatch(JsonNode::isNull);
    for (String outsider : List.of("humas.jatim", "monitor")) {
      assertThat(call(outsider, HttpMethod.GET, "/engine-rest/task/" + verify + "/variables", null).getStatusCode()
          .value()).as(outsider + " reads the case").isEqualTo(403);
    }
  }

  @Test
  void whoeverATaskLeavesNoLongerReadsTheCase() {
    String caseId = escapeCase();
    // reassigned by a colleague after the holder left the unit
    driver.user("mantan.sumsel", "humas-lapas-palembang");
    String verify = taskId("mantan.sumsel", caseId, "verifyFacts");
    assertThat(claim("mantan.sumsel", verify)).isEqualTo(204);
    assertThat(call("mantan.sumsel", HttpMethod.GET, "/engine-rest/task/" + verify + "/variables", null)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(call("admin", HttpMethod.DELETE, "/engine-rest/group/humas-lapas-palembang/members/mantan.sumsel", null)
        .getStatusCode().value()).isEqualTo(204);
    assertThat(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/assignee",
        Map.of("userId", "humas.sumsel")).getStatusCode().value()).isEqualTo(204);
    assertThat(call("mantan.sumsel", HttpMethod.GET, "/engine-rest/task/" + verify + "/variables", null)
        .getStatusCode().value()).as("the previous assignee reads on").isEqualTo(403);
    assertThat(call("mantan.sumsel", HttpMethod.GET, "/engine-rest/task/" + verify + "/variables/caseId", null)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(tasks("mantan.sumsel", caseId, "verifyFacts")).isEmpty();

    // released (unclaimed) by a colleague
    driver.user("pensiun.sumsel", "humas-lapas-palembang");
    assertThat(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/assignee",
        Map.of("userId", "pensiun.sumsel")).getStatusCode().value()).isEqualTo(204);
    assertThat(call("pensiun.sumsel", HttpMethod.GET, "/engine-rest/task/" + verify + "/variables", null)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(call("admin", HttpMethod.DELETE, "/engine-rest/group/humas-lapas-palembang/members/pensiun.sumsel", null)
        .getStatusCode().value()).isEqualTo(204);
    assertThat(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/unclaim", null)
        .getStatusCode().value()).isEqualTo(204);
    assertThat(call("pensiun.sumsel", HttpMethod.GET, "/engine-rest/task/" + verify + "/variables", null)
        .getStatusCode().value()).as("the previous assignee reads on").isEqualTo(403);
  }

  // ---- 6. another region's officer reports on a Sumsel unit, or learns of its case ----

  @Test
  void anotherRegionCannotRaiseOrLearnAboutASumselCase() {
    String caseId = escapeCase();
    String sumselUrl = lastStoryUrl;
    int stories = jdbc.sql("SELECT COUNT(*) FROM story").query(Integer.class).single();

    ResponseEntity<JsonNode> named = call("humas.jatim", HttpMethod.POST, "/api/stories", story(url("rusuh"),
        "Radar Surabaya", "lapas-palembang", "Napi Lapas Merah Mata Tewas, Kerusuhan Pecah",
        "Seorang narapidana Lapas Kelas I Palembang tewas dan kerusuhan pecah di blok hunian.", "KEMATIAN", "KERUSUHAN"));
    assertThat(named.getStatusCode().value()).as("%s", named.getBody()).isEqualTo(403);
    ResponseEntity<JsonNode> detected = call("humas.jatim", HttpMethod.POST, "/api/stories", story(url("rusuh"),
        "Radar Surabaya", null, "Dua Napi Lapas Merah Mata Kabur Lewat Atap, Kerusuhan Menyusul",
        "Dua narapidana Lapas Kelas I Palembang kabur melalui atap; kerusuhan menyusul di blok hunian.",
        "PELARIAN", "KERUSUHAN"));
    assertThat(detected.getStatusCode().value()).as("%s", detected.getBody()).isEqualTo(403);
    JsonNode after = detail(caseId);
    assertThat(after.get("severity").asText()).as("the case's severity is unchanged").isEqualTo("TINGGI");
    assertThat(after.get("stories")).hasSize(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM story").query(Integer.class).single()).isEqualTo(stories);

    // the same link shared again, with tracking parameters, no unit and a body naming none
    String repost = sumselUrl.replace("https://", "https://www.") + "/?utm_source=whatsapp#komentar";
    ResponseEntity<JsonNode> duplicate = call("humas.jatim", HttpMethod.POST, "/api/stories", story(repost,
        "Grup WhatsApp", null, "Berita ini ramai dibagikan", "Tautan ini dibagikan ulang di grup percakapan."));
    assertThat(duplicate.getStatusCode().value()).as("%s", duplicate.getBody()).isEqualTo(200);
    assertThat(duplicate.getBody().get("status").asText()).isEqualTo("DUPLICATE");
    for (String hidden : List.of("caseId", "severity", "unitCode", "categories", "storyId")) {
      assertThat(duplicate.getBody().has(hidden)).as("%s in %s", hidden, duplicate.getBody()).isFalse();
    }
    assertThat(duplicate.getBody().toString()).doesNotContain(caseId, "lapas-palembang", "TINGGI");
    // the officers of the unit are told which case it is
    ResponseEntity<JsonNode> own = call("humas.sumsel", HttpMethod.POST, "/api/stories", story(repost,
        "Grup WhatsApp", null, "Berita ini ramai dibagikan", "Tautan ini dibagikan ulang di grup percakapan."));
    assertThat(own.getBody().get("caseId").asText()).isEqualTo(caseId);
  }

  // ---- 7. a deleted user, a removed membership ----

  @Test
  void aDeletedUserOrARemovedMembershipTakesEffectAtOnce() {
    driver.user("hapus.sumsel", "humas-lapas-palembang");
    assertThat(call("hapus.sumsel", HttpMethod.GET, "/api/cases", null).getStatusCode().value()).isEqualTo(200);
    assertThat(call("hapus.sumsel", HttpMethod.GET, "/api/cases", null).getStatusCode().value()).as("remembered")
        .isEqualTo(200);
    assertThat(call("hapus.sumsel", HttpMethod.GET, "/engine-rest/task", null).getStatusCode().value()).isEqualTo(200);
    assertThat(call("admin", HttpMethod.DELETE, "/engine-rest/user/hapus.sumsel", null).getStatusCode().value())
        .isEqualTo(204);
    assertThat(call("hapus.sumsel", HttpMethod.GET, "/api/cases", null).getStatusCode().value()).isEqualTo(401);
    assertThat(call("hapus.sumsel", HttpMethod.GET, "/engine-rest/task", null).getStatusCode().value()).isEqualTo(401);

    String caseId = escapeCase();
    driver.user("pindah.sumsel", "humas-lapas-palembang", "humas-lapas-malang");
    assertThat(call("pindah.sumsel", HttpMethod.GET, "/api/cases/" + caseId, null).getStatusCode().value())
        .isEqualTo(200);
    assertThat(call("pindah.sumsel", HttpMethod.GET, "/api/cases?size=1000", null).getBody().get("items")
        .findValuesAsText("caseId")).contains(caseId);
    assertThat(tasks("pindah.sumsel", caseId, "verifyFacts")).hasSize(1);
    assertThat(call("admin", HttpMethod.DELETE, "/engine-rest/group/humas-lapas-palembang/members/pindah.sumsel", null)
        .getStatusCode().value()).isEqualTo(204);
    assertThat(call("pindah.sumsel", HttpMethod.GET, "/api/cases/" + caseId, null).getStatusCode().value())
        .isEqualTo(404);
    assertThat(call("pindah.sumsel", HttpMethod.GET, "/api/cases?size=1000", null).getBody().get("items")
        .findValuesAsText("caseId")).doesNotContain(caseId);
    assertThat(tasks("pindah.sumsel", caseId, "verifyFacts")).isEmpty();
  }

  // ---- 8. a real article, hostile dates, a second claim ----

  @Test
  void aLongStoryIsTakenAndBadDatesAndSecondClaimsAreClientErrors() throws Exception {
    StringBuilder body = new StringBuilder("Kerusuhan pecah di Lapas Kelas I Palembang pada Selasa malam. ");
    while (body.length() < 20_000) {
      body.append("Kepala Lapas menyatakan petugas gabungan telah mengendalikan situasi, sementara keluarga warga ")
          .append("binaan menunggu kabar di depan gerbang dan polisi berjaga di sekitar blok hunian. ");
    }
    body.setLength(20_000);
    body.setCharAt(19_999, '.');
    ResponseEntity<JsonNode> created = call("monitor", HttpMethod.POST, "/api/stories", story(url("panjang"),
        "Sumatera Ekspres", "lapas-palembang", "Kerusuhan Pecah di Lapas Merah Mata", body.toString(), "KERUSUHAN"));
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    String caseId = created.getBody().get("caseId").asText();
    driver.triage(caseId);
    JsonNode detail = detail(caseId);
    assertThat(detail.get("stage").asText()).isEqualTo("verifyFacts");
    assertThat(detail.get("stories").get(0).get("body").asText()).hasSize(20_000);

    int stories = jdbc.sql("SELECT COUNT(*) FROM story").query(Integer.class).single();
    for (String publishedAt : List.of("1e300", "\"+999999999-01-01T00:00:00Z\"")) {
      String json = "{\"url\":\"" + url("tanggal") + "\",\"outlet\":\"Uji Pos\",\"title\":\"Napi kabur\","
          + "\"body\":\"Napi Lapas Kelas I Palembang kabur.\",\"unitCode\":\"lapas-palembang\",\"publishedAt\":"
          + publishedAt + "}";
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      ResponseEntity<JsonNode> refused = rest.withBasicAuth("monitor", "demo").exchange("/api/stories", HttpMethod.POST,
          new HttpEntity<>(json, headers), JsonNode.class);
      assertThat(refused.getStatusCode().value()).as(publishedAt + ": %s", refused.getBody()).isEqualTo(400);
      assertThat(refused.getBody().get("field").asText()).isEqualTo("publishedAt");
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM story").query(Integer.class).single()).isEqualTo(stories);

    driver.user("rekan.sumsel", "humas-lapas-palembang");
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");
    assertThat(claim("humas.sumsel", verify)).isEqualTo(204);
    ResponseEntity<JsonNode> second = call("rekan.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/claim",
        Map.of("userId", "rekan.sumsel"));
    assertThat(second.getStatusCode().value()).as("%s", second.getBody()).isEqualTo(409);
    assertThat(second.getBody().get("message").asText()).isEqualTo("Tugas ini sudah diklaim petugas lain.");
    assertThat(call("admin", HttpMethod.GET, "/engine-rest/task/" + verify, null).getBody().get("assignee").asText())
        .isEqualTo("humas.sumsel");
  }

  // ---- 9. statistics, probing ids, the engine list, headers ----

  @Test
  void countsAndIdsFollowTheLanesAndAnswersCarryTheirHeaders() {
    String caseId = escapeCase();
    String pid = driver.instance(caseId).getId();
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");

    for (String officer : List.of("humas.sumsel", "humas.jatim", "kasubag.jatim")) {
      assertThat(call(officer, HttpMethod.GET, "/engine-rest/process-definition/statistics", null).getStatusCode()
          .value()).as(officer).isEqualTo(403);
      assertThat(call(officer, HttpMethod.GET, "/engine-rest/process-definition/key/crisis-response/statistics", null)
          .getStatusCode().value()).as(officer).isEqualTo(403);
    }
    ResponseEntity<JsonNode> national = call("humas.pusat", HttpMethod.GET, "/engine-rest/process-definition/statistics",
        null);
    assertThat(national.getStatusCode().value()).isEqualTo(200);
    assertThat(national.getBody().findValuesAsText("instances")).isNotEmpty();

    String random = UUID.randomUUID().toString();
    for (String[] pair : List.of(new String[] {"/engine-rest/process-instance/" + random + "/variables",
        "/engine-rest/process-instance/" + pid + "/variables"}, new String[] {"/engine-rest/task/" + random + "/variables",
        "/engine-rest/task/" + verify + "/variables"})) {
      ResponseEntity<String> unknown = text("humas.jatim", HttpMethod.GET, pair[0], null);
      ResponseEntity<String> known = text("humas.jatim", HttpMethod.GET, pair[1], null);
      assertThat(unknown.getStatusCode().value()).as("%s", unknown.getBody()).isEqualTo(known.getStatusCode().value())
          .isEqualTo(403);
      assertThat(unknown.getBody()).isEqualTo(known.getBody()).doesNotContain(random, pid, verify);
    }

    assertThat(text(null, HttpMethod.GET, "/engine-rest/engine", null).getStatusCode().value()).isEqualTo(401);
    assertThat(text("humas.sumsel", HttpMethod.GET, "/engine-rest/engine", null).getStatusCode().value()).isEqualTo(200);

    for (String path : List.of("/api/units", "/engine-rest/task", "/api/cases/" + caseId)) {
      HttpHeaders headers = text("humas.sumsel", HttpMethod.GET, path, null).getHeaders();
      assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
    }
    assertThat(text("humas.sumsel", HttpMethod.GET, "/api/cases/" + caseId, null).getHeaders().getCacheControl())
        .isEqualTo("no-store");
    assertThat(text("humas.sumsel", HttpMethod.GET, "/engine-rest/task/" + verify + "/variables", null).getHeaders()
        .getCacheControl()).isEqualTo("no-store");
  }

  // ---- attacks of our own ----

  @Test
  void aCandidateCannotRewriteTheTaskItself() {
    String caseId = escapeCase();
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");
    assertThat(claim("humas.sumsel", verify)).isEqualTo(204);
    JsonNode before = call("admin", HttpMethod.GET, "/engine-rest/task/" + verify, null).getBody();

    List<Map<String, Object>> rewrites = List.of(Map.of("owner", "humas.sumsel"), Map.of("owner", "humas.jatim"),
        Map.of("delegationState", "PENDING"), Map.of("name", "Tidak penting"), Map.of("description", "abaikan"),
        Map.of("due", "2030-01-01T00:00:00.000+0000"), Map.of("priority", 1));
    for (Map<String, Object> rewrite : rewrites) {
      Map<String, Object> task = asTaskUpdate(before);
      task.putAll(rewrite);
      ResponseEntity<JsonNode> answer = call("humas.sumsel", HttpMethod.PUT, "/engine-rest/task/" + verify, task);
      assertThat(answer.getStatusCode().value()).as("PUT %s: %s", rewrite, answer.getBody()).isIn(400, 403);
    }
    assertThat(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/delegate",
        Map.of("userId", "humas.sumsel")).getStatusCode().value()).isEqualTo(403);
    JsonNode after = call("admin", HttpMethod.GET, "/engine-rest/task/" + verify, null).getBody();
    for (String field : List.of("name", "description", "due", "priority", "owner", "delegationState", "assignee")) {
      assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
    }

    // what Tasklist lets an officer do with a claimed task still works: a personal follow-up date
    Map<String, Object> followUp = asTaskUpdate(before);
    followUp.put("followUp", "2026-12-01T08:00:00.000+0700");
    assertThat(call("humas.sumsel", HttpMethod.PUT, "/engine-rest/task/" + verify, followUp).getStatusCode().value())
        .isEqualTo(204);
  }

  private static Map<String, Object> asTaskUpdate(JsonNode task) {
    Map<String, Object> update = new HashMap<>();
    for (String field : List.of("name", "description", "assignee", "owner", "delegationState", "due", "followUp",
        "priority", "parentTaskId", "caseInstanceId", "tenantId")) {
      JsonNode value = task.get(field);
      update.put(field, value == null || value.isNull() ? null : value.isNumber() ? value.numberValue() : value.asText());
    }
    return update;
  }

  @Test
  void noTaskCommandCarriesVariablesPastTheFormOrEndsTheCaseWithoutIt() {
    String caseId = escapeCase();
    String pid = driver.instance(caseId).getId();
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");
    assertThat(claim("humas.sumsel", verify)).isEqualTo(204);
    Map<String, Object> hidden = typed(Map.of("statementPublishedAt", "2026-01-01", "categories", "XYZ"));

    ResponseEntity<JsonNode> resolve = call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/resolve",
        Map.of("variables", hidden));
    assertThat(resolve.getStatusCode().value()).as("resolve: %s", resolve.getBody()).isEqualTo(403);
    ResponseEntity<JsonNode> error = call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/bpmnError",
        Map.of("errorCode", "batal", "variables", hidden));
    assertThat(error.getStatusCode().value()).as("bpmnError: %s", error.getBody()).isEqualTo(403);
    ResponseEntity<JsonNode> escalation = call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify
        + "/bpmnEscalation", Map.of("escalationCode", "naik", "variables", hidden));
    assertThat(escalation.getStatusCode().value()).as("bpmnEscalation: %s", escalation.getBody()).isEqualTo(403);

    assertThat(call("humas.sumsel", HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "relatedStory",
        "businessKey", caseId, "processVariables", hidden)).getStatusCode().value()).isEqualTo(403);
    assertThat(call("humas.sumsel", HttpMethod.POST, "/engine-rest/process-instance/" + pid + "/variables",
        Map.of("modifications", hidden)).getStatusCode().value()).isEqualTo(403);
    assertThat(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/variables",
        Map.of("modifications", hidden)).getStatusCode().value()).isEqualTo(403);
    assertThat(call("humas.sumsel", HttpMethod.PUT, "/engine-rest/task/" + verify + "/localVariables/categories",
        Map.of("value", "XYZ")).getStatusCode().value()).isEqualTo(403);
    for (JsonNode execution : call("admin", HttpMethod.GET, "/engine-rest/execution?processInstanceId=" + pid, null)
        .getBody()) {
      assertThat(call("humas.sumsel", HttpMethod.PUT, "/engine-rest/execution/" + execution.get("id").asText()
          + "/localVariables/categories", Map.of("value", "XYZ")).getStatusCode().value()).isEqualTo(403);
    }

    JsonNode task = call("admin", HttpMethod.GET, "/engine-rest/task/" + verify, null).getBody();
    assertThat(task.get("assignee").asText()).isEqualTo("humas.sumsel");
    assertThat(task.get("delegationState").isNull()).isTrue();
    JsonNode variables = call("admin", HttpMethod.GET, "/engine-rest/process-instance/" + pid + "/variables", null)
        .getBody();
    assertThat(variables.get("statementPublishedAt").get("value").isNull()).isTrue();
    assertThat(variables.get("categories").get("value").asText()).isEqualTo("PELARIAN");
    JsonNode detail = detail(caseId);
    assertThat(detail.get("status").asText()).isEqualTo("OPEN");
    assertThat(detail.get("stage").asText()).isEqualTo("verifyFacts");
    assertThat(detail.get("categories").toString()).isEqualTo("[\"PELARIAN\"]");
  }

  @Test
  void formValuesAreCheckedWhateverTheirType() {
    String caseId = escapeCase();
    String verify = taskId("humas.sumsel", caseId, "verifyFacts");
    assertThat(claim("humas.sumsel", verify)).isEqualTo(204);
    refusedWithReason(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/submit-form",
        Map.of("variables", typed(Map.of("verdict", "SALAH_DETEKSI", "respond", false, "facts", "Bukan satker kami.",
            "closingReason", "x".repeat(5_000))))), "closingReason", "4.000");
    Map<String, Object> object = Map.of("value", "[\"Bukan satker kami.\"]", "type", "Object", "valueInfo",
        Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json"));
    refusedWithReason(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/complete",
        Map.of("variables", Map.of("verdict", Map.of("value", "FAKTA"), "respond", Map.of("value", true),
            "facts", object))), "facts");
    refusedWithReason(call("humas.sumsel", HttpMethod.POST, "/engine-rest/task/" + verify + "/complete",
        Map.of("variables", Map.of("verdict", Map.of("value", "FAKTA"), "respond", Map.of("value", true),
            "facts", Map.of("value", "{\"a\":1}", "type", "Json")))), "facts");
    refusedWithReason(complete("humas.sumsel", verify, Map.of("verdict", "BOHONG", "facts", "x", "respond", true)),
        "verdict");
    assertThat(detail(caseId).get("stage").asText()).isEqualTo("verifyFacts");
  }

  @Test
  void nationwideMetricsAreForPusatOnly() {
    escapeCase();
    for (String path : List.of("/engine-rest/metrics/root-process-instance-start/sum",
        "/engine-rest/metrics/activity-instance-start/sum", "/engine-rest/engine/default/metrics/root-process-instance-start/sum",
        "/engine-rest/metrics?interval=900")) {
      assertThat(text("humas.jatim", HttpMethod.GET, path, null).getStatusCode().value()).as(path).isEqualTo(403);
    }
    ResponseEntity<JsonNode> national = call("humas.pusat", HttpMethod.GET,
        "/engine-rest/metrics/root-process-instance-start/sum", null);
    assertThat(national.getStatusCode().value()).isEqualTo(200);
    assertThat(national.getBody().get("result").asLong()).isPositive();
  }

  /** A browser logged into Tasklist: its session cookie and CSRF token, as the webapps hand them out. */
  private final class TasklistSession {
    private final java.net.CookieManager cookies = new java.net.CookieManager();
    private final java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base = "http://localhost:" + port;
    private final String xsrf;

    TasklistSession(String user) throws Exception {
      browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/app/tasklist/default/"))
          .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
      xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .findFirst().map(java.net.HttpCookie::getValue).orElseThrow();
      java.net.http.HttpResponse<String> login = browser.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    java.net.http.HttpResponse<String> get(String path) throws Exception {
      return browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
          .header("X-XSRF-TOKEN", xsrf).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void aDeletedUsersTasklistSessionEndsAtOnce() throws Exception {
    String caseId = escapeCase();
    driver.user("sesi.sumsel", "humas-lapas-palembang");
    TasklistSession tasklist = new TasklistSession("sesi.sumsel");
    String taskList = "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + caseId;
    java.net.http.HttpResponse<String> before = tasklist.get(taskList);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).contains("Verifikasi fakta");
    assertThat(tasklist.get("/api/cases/" + caseId).statusCode()).isEqualTo(200);

    assertThat(call("admin", HttpMethod.DELETE, "/engine-rest/user/sesi.sumsel", null).getStatusCode().value())
        .isEqualTo(204);
    java.net.http.HttpResponse<String> after = tasklist.get(taskList);
    assertThat(after.statusCode()).as(after.body()).isIn(401, 403);
    assertThat(after.body()).doesNotContain("Verifikasi fakta", caseId);
    assertThat(tasklist.get("/api/cases/" + caseId).statusCode()).isEqualTo(401);
  }

  @Test
  void aTasklistSessionGetsNoNationwideCountsEither() throws Exception {
    escapeCase();
    TasklistSession jatim = new TasklistSession("humas.jatim");
    for (String path : List.of("/camunda/api/engine/engine/default/process-definition/statistics",
        "/camunda/api/engine/engine/default/process-definition/key/crisis-response/statistics",
        "/camunda/api/engine/engine/default/metrics/root-process-instance-start/sum",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count")) {
      java.net.http.HttpResponse<String> answer = jatim.get(path);
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(403);
      assertThat(answer.body()).doesNotContain("instances", "result");
    }
    assertThat(jatim.get("/camunda/api/engine/engine/default/task").statusCode()).as("Tasklist still works")
        .isEqualTo(200);
    TasklistSession pusat = new TasklistSession("humas.pusat");
    java.net.http.HttpResponse<String> national = pusat.get(
        "/camunda/api/engine/engine/default/process-definition/statistics");
    assertThat(national.statusCode()).isEqualTo(200);
    assertThat(national.body()).contains("\"instances\"");
  }
}
