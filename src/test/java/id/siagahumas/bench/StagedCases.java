package id.siagahumas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Cases at every stage of the process, made over HTTP as the demo users make them: stories through
 * {@code POST /api/stories}, tasks claimed and completed through {@code /engine-rest} by the people they
 * belong to. Used to prove that a database survives a change of release or a backup's restore: what each
 * case holds is read before and compared after, and every case is then worked to its end.
 *
 * <p>{@link #create()} expects the application to run with its job executor off ({@link #JOB_EXECUTOR_OFF}):
 * it runs each case's due jobs itself over {@code /engine-rest} (as Cockpit's "execute job" does), so that
 * one case is left in triage with its job pending and no case moves on its own while the others are made.
 * {@link #workToEnd} expects the job executor on: the jobs left pending are then the application's to run.
 */
final class StagedCases {

  static final String JOB_EXECUTOR_OFF = "--camunda.bpm.job-execution.enabled=false";

  static final String OFFICER = "humas.sumsel";
  static final String SUPERVISOR = "kasubag.sumsel";
  static final String HEAD = "kakanwil.sumsel";
  static final String PUSAT = "humas.pusat";
  static final String ADMIN = "admin";

  /** The stages made, each with the case's {@code stage} as {@code GET /api/cases/{id}} shows it. */
  enum Stage {
    /** New: the story is stored, its triage job not yet run. */
    TRIAGE("triage"),
    /** Triaged without a unit: national humas must name it. */
    ASSIGN_UNIT("assignUnit"),
    /** Triaged: the unit verifies the facts. */
    VERIFY("verifyFacts"),
    /** Verified (with a second outlet's story attached): the statement is drafted. */
    VERIFIED("draftStatement"),
    /** Statement drafted, awaiting the Kanwil's approval. */
    AWAITING_APPROVAL("approveStatement"),
    /** KRITIS: approved by the Kanwil, awaiting the Kakanwil's. */
    AWAITING_HEAD_APPROVAL("approveStatementHead"),
    /** Published, its 24-hour follow-up timer pending. */
    PUBLISHED("publishing"),
    /** Verified as true and closed without a statement. */
    CLOSED("closed");

    final String stage;

    Stage(String stage) {
      this.stage = stage;
    }
  }

  private final SiagaClient client;
  private final Map<Stage, String> caseIds;
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /** Cases still to be made, by {@link #create()}. */
  StagedCases(SiagaClient client) {
    this(client, new EnumMap<>(Stage.class));
  }

  /** Cases made earlier (on the same database, by this or another release). */
  StagedCases(SiagaClient client, Map<Stage, String> caseIds) {
    this.client = client;
    this.caseIds = new EnumMap<>(caseIds);
  }

  Map<Stage, String> caseIds() {
    return Map.copyOf(caseIds);
  }

  // --- making the cases ------------------------------------------------------------------------------

  /** Makes one case at each {@link Stage}; the application's job executor must be off. */
  Map<Stage, String> create() throws InterruptedException {
    caseIds.put(Stage.TRIAGE, open("lapas-lahat", "PUNGLI", "Palembang Pos",
        "Keluarga Warga Binaan Lapas Lahat Mengaku Dimintai Uang Saat Berkunjung",
        "Sejumlah keluarga warga binaan Lapas Kelas IIA Lahat mengaku dimintai uang oleh oknum petugas agar bisa "
            + "bertemu kerabatnya di ruang kunjungan."));

    String assign = open(null, "PELARIAN", "Tribun Sumsel", "Seorang Narapidana Dikabarkan Kabur Saat Kerja Bakti",
        "Seorang narapidana dikabarkan melarikan diri saat mengikuti kerja bakti di luar tembok. Petugas belum "
            + "memberikan keterangan resmi mengenai identitasnya.");
    runDueJobs(assign);
    caseIds.put(Stage.ASSIGN_UNIT, assign);

    String verify = open("rutan-palembang", "NARKOBA", "Sumeks co",
        "Sabu Dilempar dari Luar Tembok Rutan Palembang",
        "Petugas Rutan Kelas I Palembang menemukan paket sabu yang dilempar dari luar tembok ke area blok hunian.");
    runDueJobs(verify);
    caseIds.put(Stage.VERIFY, verify);

    String verified = open("lapas-palembang", "PELARIAN", "Palembang Pos",
        "Tiga Napi Lapas Kelas I Palembang Kabur Lewat Gorong-gorong",
        "Tiga narapidana Lapas Kelas I Palembang melarikan diri melalui gorong-gorong di belakang dapur pada "
            + "Minggu dini hari. Petugas melakukan pengejaran bersama kepolisian.");
    runDueJobs(verified);
    JsonNode second = story("lapas-palembang", "PELARIAN", "Antaranews Sumsel",
        "Tiga Narapidana Kabur dari Lapas Kelas I Palembang Melalui Gorong-gorong",
        "Tiga narapidana melarikan diri dari Lapas Kelas I Palembang lewat gorong-gorong dekat dapur. Kepolisian "
            + "membantu pengejaran ketiga narapidana itu.");
    assertThat(second.path("status").asText()).as("a second outlet's report of the escape: " + second)
        .isEqualTo("ATTACHED");
    assertThat(second.path("caseId").asText()).isEqualTo(verified);
    runDueJobs(verified);
    verify(verified, "TIDAK_BENAR", true);
    caseIds.put(Stage.VERIFIED, verified);

    String approval = open("lapas-sekayu", "KEKERASAN", "Detik Sumsel",
        "Warga Binaan Lapas Sekayu Diduga Dianiaya Sesama Penghuni",
        "Seorang warga binaan Lapas Kelas IIB Sekayu dirawat di rumah sakit setelah diduga dianiaya sesama "
            + "penghuni kamar.");
    runDueJobs(approval);
    verify(approval, "TIDAK_BENAR", true);
    draft(approval, "Klarifikasi: warga binaan tersebut dirawat karena sakit, bukan penganiayaan. Kasus "
        + "staged-" + run + ".", "KLARIFIKASI");
    caseIds.put(Stage.AWAITING_APPROVAL, approval);

    String head = open("lapas-muara-enim", "KEMATIAN", "Tribun Sumsel",
        "Tahanan Lapas Muara Enim Meninggal di Sel Isolasi",
        "Seorang tahanan Lapas Kelas IIB Muara Enim ditemukan meninggal di sel isolasi. Keluarga meminta "
            + "penjelasan atas penyebab kematiannya.");
    runDueJobs(head);
    verify(head, "FAKTA", true);
    draft(head, "Siaran pers: Lapas Kelas IIB Muara Enim berduka dan menyerahkan pemeriksaan kepada kepolisian.",
        "SIARAN_PERS");
    complete(SUPERVISOR, head, "approveStatement", Map.of("approved", typed(true, "Boolean")));
    caseIds.put(Stage.AWAITING_HEAD_APPROVAL, head);

    String published = open("rutan-baturaja", "PERLAKUAN_ISTIMEWA", "Palembang Pos",
        "Tahanan Rutan Baturaja Diduga Dapat Kamar Mewah",
        "Seorang tahanan kasus korupsi di Rutan Kelas IIB Baturaja diduga menempati kamar berpendingin udara dan "
            + "bebas menerima tamu.");
    runDueJobs(published);
    verify(published, "TIDAK_BENAR", true);
    draft(published, null, null); // the generated hak jawab, as drafted
    complete(SUPERVISOR, published, "approveStatement", Map.of("approved", typed(true, "Boolean")));
    runDueJobs(published); // the publish job
    caseIds.put(Stage.PUBLISHED, published);

    String closed = open("lapas-banyuasin", "PONSEL_ILEGAL", "Sumeks co",
        "Razia Lapas Banyuasin Temukan Belasan Ponsel",
        "Razia gabungan di Lapas Kelas IIA Banyuasin menemukan belasan telepon genggam di kamar hunian.");
    runDueJobs(closed);
    complete(OFFICER, closed, "verifyFacts", Map.of("verdict", typed("FAKTA", "String"),
        "facts", typed("Razia rutin menemukan 14 ponsel; sudah disita dan dilaporkan.", "String"),
        "respond", typed(false, "Boolean"),
        "closingReason", typed("Hasil razia rutin, sudah disampaikan pada rilis bulanan.", "String")));
    caseIds.put(Stage.CLOSED, closed);

    for (Map.Entry<Stage, String> c : caseIds.entrySet()) {
      assertThat(detail(c.getValue()).path("stage").asText()).as(c.getKey() + " " + c.getValue())
          .isEqualTo(c.getKey().stage);
    }
    JsonNode publishedCase = detail(published);
    assertThat(publishedCase.path("publications")).as("the statement went out").isNotEmpty();
    assertThat(timers(published, "coverageReviewDue")).as("the 24-hour follow-up timer").hasSize(1);
    return caseIds();
  }

  /** A story of a new incident; answers its case. */
  String open(String unitCode, String category, String outlet, String title, String body) {
    JsonNode answer = story(unitCode, category, outlet, title, body);
    assertThat(answer.path("status").asText()).as(title + ": " + answer).isEqualTo("NEW_CASE");
    return answer.path("caseId").asText();
  }

  JsonNode story(String unitCode, String category, String outlet, String title, String body) {
    Map<String, Object> story = new HashMap<>();
    story.put("url", "https://" + outlet.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example/berita/"
        + run + "/" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
    story.put("outlet", outlet);
    story.put("title", title);
    story.put("body", body);
    story.put("publishedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).withNano(0).toString());
    story.put("categories", List.of(category));
    if (unitCode != null) {
      story.put("unitCode", unitCode);
    }
    return client.post("monitor", "/api/stories", story);
  }

  private void verify(String caseId, String verdict, boolean respond) {
    complete(OFFICER, caseId, "verifyFacts", Map.of("verdict", typed(verdict, "String"),
        "facts", typed("Hasil pemeriksaan petugas dan rekaman CCTV untuk kasus " + caseId + ".", "String"),
        "respond", typed(respond, "Boolean")));
  }

  /**
   * Submits the draft with its gaps filled, as an officer must: a draft generated by the previous release still
   * holds its header and signature placeholders, which this release's approval refuses.
   */
  private void draftWithGapsFilled(String caseId) {
    String taskId = client.get(ADMIN, "/engine-rest/task?processInstanceBusinessKey=" + caseId
        + "&taskDefinitionKey=draftStatement").get(0).path("id").asText();
    String text = client.get(ADMIN, "/engine-rest/task/" + taskId + "/variables/statement").path("value").asText();
    String type = client.get(ADMIN, "/engine-rest/task/" + taskId + "/variables/statementType").path("value")
        .asText();
    draft(caseId, text.replaceAll("\\[([^\\]\\n]*)]", "$1: sudah diisi").replace("…", "")
        .replaceAll("\\.{4,}", "."), type);
  }

  private void draft(String caseId, String statement, String type) {
    Map<String, Object> variables = new HashMap<>();
    if (statement != null) {
      variables.put("statement", typed(statement, "String"));
      variables.put("statementType", typed(type, "String"));
    }
    complete(OFFICER, caseId, "draftStatement", variables);
  }

  // --- reading what a case holds ----------------------------------------------------------------------

  /** What every case holds: its record, stories, statements, publications, tasks, jobs and variables. */
  Map<Stage, JsonNode> snapshots() {
    Map<Stage, JsonNode> snapshots = new EnumMap<>(Stage.class);
    caseIds.forEach((stage, caseId) -> snapshots.put(stage, snapshot(caseId)));
    return snapshots;
  }

  /**
   * What one case holds, field by field (named, so a field a later release adds is not a difference). Left
   * out: the delivery status of notifications, which the outbox changes on its own.
   */
  JsonNode snapshot(String caseId) {
    ObjectNode s = SiagaClient.JSON.createObjectNode();
    JsonNode d = detail(caseId);
    s.set("case", pick(d, "caseId", "status", "stage", "severity", "categories", "unitCode", "unitName", "region",
        "zone", "slaBreached", "openedAt", "closedAt", "closingReason", "deadlines"));
    s.set("stories", each(d.path("stories"), "storyId", "url", "outlet", "reach", "title", "body", "publishedAt",
        "receivedAt", "categories", "status", "unitName"));
    s.set("statements", each(d.path("statements"), "statementId", "version", "type", "text", "draftedBy",
        "draftedAt", "status", "decidedBy", "decidedAt", "decisionNote"));
    s.set("publications", each(d.path("publications"), "statementId", "type", "channel", "recipient", "sentAt",
        "outcome", "messageId"));
    s.set("notifications", each(d.path("notifications"), "kind", "event", "recipient", "subject", "createdAt"));
    s.set("timeline", each(d.path("timeline"), "at", "endedAt", "step", "by"));
    String pid = processInstanceId(caseId);
    s.put("processInstanceId", pid);
    if (pid != null) {
      Map<String, JsonNode> tasks = new TreeMap<>();
      for (JsonNode t : client.get(ADMIN, "/engine-rest/task?processInstanceId=" + pid)) {
        ObjectNode task = pick(t, "id", "name", "taskDefinitionKey", "assignee", "owner", "created", "due",
            "followUp", "processDefinitionId", "executionId");
        List<String> links = new ArrayList<>();
        for (JsonNode link : client.get(ADMIN, "/engine-rest/task/" + t.path("id").asText() + "/identity-links")) {
          links.add(link.path("type").asText() + ":" + link.path("userId").asText("") + ":"
              + link.path("groupId").asText(""));
        }
        links.sort(null);
        task.set("identityLinks", SiagaClient.JSON.valueToTree(links));
        tasks.put(t.path("id").asText(), task);
      }
      s.set("tasks", SiagaClient.JSON.valueToTree(tasks.values()));
      Map<String, JsonNode> jobs = new TreeMap<>();
      for (JsonNode j : client.get(ADMIN, "/engine-rest/job?processInstanceId=" + pid)) {
        jobs.put(j.path("id").asText(), pick(j, "id", "jobDefinitionId", "dueDate", "retries", "suspended",
            "exceptionMessage", "executionId"));
      }
      s.set("jobs", SiagaClient.JSON.valueToTree(jobs.values()));
      s.set("variables", client.get(ADMIN, "/engine-rest/process-instance/" + pid
          + "/variables?deserializeValues=false"));
    }
    return s;
  }

  /**
   * Every case as it was: the same record, stories, statements, publications, history, tasks, jobs and
   * variables. The case in triage is compared by its record (less its stage and deadlines) and stories
   * only: the job executor of the application now running may already have taken its triage. Both sides are
   * written to {@code dir} ({@code cases-before.json}, {@code cases-after.json}).
   */
  void assertIntact(Map<Stage, JsonNode> before, Path dir) throws IOException {
    write(before, dir.resolve("cases-before.json"));
    write(snapshots(), dir.resolve("cases-after.json"));
    assertThat(caseIds.keySet()).isEqualTo(before.keySet());
    for (Map.Entry<Stage, JsonNode> c : before.entrySet()) {
      String caseId = caseIds.get(c.getKey());
      JsonNode was = c.getValue();
      JsonNode now = snapshot(caseId);
      if (c.getKey() == Stage.TRIAGE) {
        ObjectNode wasCase = ((ObjectNode) was.path("case")).deepCopy();
        ObjectNode nowCase = ((ObjectNode) now.path("case")).deepCopy();
        assertThat(nowCase.remove("stage").asText()).as(caseId).isIn("triage", "verifyFacts");
        wasCase.remove("stage");
        nowCase.remove("deadlines"); // set by the triage
        wasCase.remove("deadlines");
        assertThat(nowCase).as(caseId + " record").isEqualTo(wasCase);
        assertThat(now.path("stories")).as(caseId + " stories").isEqualTo(was.path("stories"));
        assertThat(now.path("processInstanceId")).as(caseId + " process instance")
            .isEqualTo(was.path("processInstanceId"));
      } else {
        for (String part : List.of("case", "stories", "statements", "publications", "notifications", "timeline",
            "processInstanceId", "tasks", "jobs", "variables")) {
          assertThat(now.path(part)).as("%s (%s): %s", caseId, c.getKey(), part).isEqualTo(was.path(part));
        }
      }
    }
  }

  /** Writes snapshots as indented JSON, to read when a comparison fails. */
  static void write(Map<Stage, JsonNode> snapshots, Path file) throws IOException {
    SiagaClient.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), snapshots);
  }

  /** Messages (e-mails and webhook events) of these cases with the given delivery status. */
  long notifications(String status) {
    long count = 0;
    for (String caseId : caseIds.values()) {
      count += detail(caseId).path("notifications").findValuesAsText("status").stream().filter(status::equals)
          .count();
    }
    return count;
  }

  /** Cases the API lists, open and closed. */
  int listedCases() {
    return client.get(PUSAT, "/api/cases?size=1000").path("items").size();
  }

  // --- working cases to their end ---------------------------------------------------------------------

  /**
   * Works every case to its end as its people would, with the application's job executor on; the 24-hour
   * follow-up timer is fired through {@code /engine-rest} rather than waited for. Every case that responds
   * ends with its statement published; the closed one stays as it was.
   */
  void workEveryCaseToItsEnd() throws InterruptedException {
    for (Map.Entry<Stage, String> c : caseIds.entrySet()) {
      JsonNode end = workToEnd(c.getValue());
      assertThat(end.path("status").asText()).as(c.getKey() + " " + c.getValue()).isEqualTo("CLOSED");
      assertThat(end.path("stage").asText()).as(c.getKey() + " " + c.getValue()).isEqualTo("closed");
      if (c.getKey() != Stage.CLOSED) {
        assertThat(end.path("statements").findValuesAsText("status")).as(c.getKey() + " " + c.getValue())
            .contains("TERBIT");
        assertThat(end.path("publications")).as(c.getKey() + " " + c.getValue()).isNotEmpty();
        assertThat(end.path("timeline").findValuesAsText("step")).as(c.getKey() + " " + c.getValue())
            .contains("publishStatement", "reviewCoverage", "caseClosed");
      }
    }
    assertThat(client.get(ADMIN, "/engine-rest/incident")).as("incidents").isEmpty();
  }

  /** Works one case to its end; answers its detail then. */
  JsonNode workToEnd(String caseId) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    String last = "";
    while (System.nanoTime() < deadline) {
      JsonNode detail = detail(caseId);
      if ("CLOSED".equals(detail.path("status").asText())) {
        return detail;
      }
      JsonNode tasks = client.get(ADMIN, "/engine-rest/task?processInstanceBusinessKey=" + caseId);
      String key = tasks.isEmpty() ? "" : tasks.get(0).path("taskDefinitionKey").asText();
      last = key.isEmpty() ? detail.path("stage").asText() : key;
      switch (key) {
        case "assignUnit" -> complete(PUSAT, caseId, key, Map.of("unitCode", typed("lapas-lubuklinggau", "String")));
        case "verifyFacts" -> verify(caseId, "TIDAK_BENAR", true);
        case "draftStatement" -> draftWithGapsFilled(caseId);
        case "approveStatement" -> complete(SUPERVISOR, caseId, key, Map.of("approved", typed(true, "Boolean")));
        case "approveStatementHead" -> complete(HEAD, caseId, key, Map.of("approved", typed(true, "Boolean")));
        case "reviewCoverage" -> complete(OFFICER, caseId, key, Map.of("outcome", typed("TERKOREKSI", "String")));
        default -> {
          List<JsonNode> followUp = timers(caseId, "coverageReviewDue");
          if (!followUp.isEmpty()) {
            // published: a day passes (the engine's clock is not ours to move in a running application)
            client.post(ADMIN, "/engine-rest/job/" + followUp.get(0).path("id").asText() + "/execute", Map.of());
          } else {
            TimeUnit.MILLISECONDS.sleep(200); // triage or publishing: the job executor's turn
          }
        }
      }
    }
    throw new AssertionError(caseId + " did not reach its end within 120 s; last at " + last);
  }

  // --- engine calls ------------------------------------------------------------------------------------

  JsonNode detail(String caseId) {
    return client.get(PUSAT, "/api/cases/" + caseId);
  }

  String processInstanceId(String caseId) {
    JsonNode instances = client.get(ADMIN, "/engine-rest/process-instance?businessKey=" + caseId);
    return instances.isEmpty() ? null : instances.get(0).path("id").asText();
  }

  private List<JsonNode> timers(String caseId, String activityId) {
    String pid = processInstanceId(caseId);
    List<JsonNode> jobs = new ArrayList<>();
    if (pid != null) {
      client.get(ADMIN, "/engine-rest/job?timers=true&activityId=" + activityId + "&processInstanceId=" + pid)
          .forEach(jobs::add);
    }
    return jobs;
  }

  /** Runs the case's jobs that are due now, as the job executor would, until none is left. */
  void runDueJobs(String caseId) {
    for (int round = 0; round < 10; round++) {
      String pid = processInstanceId(caseId);
      if (pid == null) {
        return;
      }
      JsonNode due = client.get(ADMIN, "/engine-rest/job?executable=true&processInstanceId=" + pid);
      if (due.isEmpty()) {
        return;
      }
      for (JsonNode job : due) {
        client.post(ADMIN, "/engine-rest/job/" + job.path("id").asText() + "/execute", Map.of());
      }
    }
    throw new AssertionError("Jobs of " + caseId + " keep coming due");
  }

  /** Claims and completes the case's open task {@code key} as {@code user}, as Tasklist does. */
  void complete(String user, String caseId, String key, Map<String, Object> variables) {
    JsonNode tasks = client.get(ADMIN, "/engine-rest/task?processInstanceBusinessKey=" + caseId
        + "&taskDefinitionKey=" + key);
    assertThat(tasks).as("open task " + key + " of " + caseId).hasSize(1);
    String taskId = tasks.get(0).path("id").asText();
    client.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    client.post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    typed.put("type", type);
    return typed;
  }

  private static ObjectNode pick(JsonNode node, String... fields) {
    ObjectNode picked = SiagaClient.JSON.createObjectNode();
    for (String field : fields) {
      picked.set(field, node.has(field) ? node.get(field) : SiagaClient.JSON.nullNode());
    }
    return picked;
  }

  private static ArrayNode each(JsonNode array, String... fields) {
    ArrayNode picked = SiagaClient.JSON.createArrayNode();
    array.forEach(item -> picked.add(pick(item, fields)));
    return picked;
  }
}
