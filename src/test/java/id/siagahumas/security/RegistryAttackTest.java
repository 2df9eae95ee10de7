package id.siagahumas.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.siagahumas.feeds.FeedFetcher;
import id.siagahumas.feeds.FeedSettings;
import id.siagahumas.registry.MediaPartner;
import id.siagahumas.registry.MediaRegistry;
import id.siagahumas.registry.RegistryRefresh;
import id.siagahumas.support.SiagaSpringTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * The runtime registries (units, partner media, outlets, the audit, the watched feeds) attacked by a caller with a
 * valid login: lanes probed with path and method tricks, another region's partner media, unit codes that would
 * make a role group, hostile CSV and JSON, feed addresses that lead inside. Each test asserts the safe answer and
 * that nothing was stored.
 */
@SiagaSpringTest
class RegistryAttackTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HEADER = "code,name,type,region,city,aliases,source";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired MediaRegistry media;
  @Autowired RegistryRefresh refresh;
  @Autowired IdentityService identity;
  @Autowired id.siagahumas.support.CaseDriver driver;
  @LocalServerPort int port;

  private Map<String, List<MediaPartner>> partners;
  private Map<String, Object> kanwilJatim;

  @BeforeEach
  void remember() {
    partners = Map.of("sumsel", media.partnersOf("sumsel"), "jatim", media.partnersOf("jatim"));
    kanwilJatim = jdbc.sql("SELECT name, type, region, city FROM unit WHERE code = 'kanwil-jatim'").query().singleRow();
  }

  @AfterEach
  void restore() {
    jdbc.sql("DELETE FROM unit_letter WHERE unit_code LIKE 'serang-%'").update();
    jdbc.sql("DELETE FROM unit WHERE code LIKE 'serang-%' OR code = 'pusat'").update();
    jdbc.sql("UPDATE unit SET name = ?, type = ?, region = ?, city = ? WHERE code = 'kanwil-jatim'")
        .params(kanwilJatim.get("NAME"), kanwilJatim.get("TYPE"), kanwilJatim.get("REGION"), kanwilJatim.get("CITY"))
        .update();
    jdbc.sql("DELETE FROM outlet WHERE name_key LIKE 'serang%'").update();
    jdbc.sql("DELETE FROM feed WHERE url LIKE '%serang.example%'").update();
    partners.forEach((region, list) -> {
      jdbc.sql("DELETE FROM media_partner WHERE region = ?").param(region).update();
      for (int i = 0; i < list.size(); i++) {
        MediaPartner p = list.get(i);
        jdbc.sql("INSERT INTO media_partner (region, position, name, medium, email) VALUES (?,?,?,?,?)")
            .params(region, i + 1, p.name(), p.medium(), p.email()).update();
      }
    });
    refresh.changedHere();
  }

  // ---- the attacker's tools ----

  private ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> json(String user, HttpMethod method, String path, Object body) {
    return call(user, method, path, body, MediaType.APPLICATION_JSON);
  }

  private ResponseEntity<JsonNode> csv(String user, String csv) {
    return call(user, HttpMethod.POST, "/api/units/import", csv, MediaType.valueOf("text/csv;charset=UTF-8"));
  }

  /** The status and body of a request sent byte for byte as written: no client normalises the path. */
  private record Raw(int status, String body) {
  }

  private Raw raw(String user, String method, String rawTarget, String contentType, byte[] body,
      String... extraHeaders) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      StringBuilder head = new StringBuilder(method + " " + rawTarget + " HTTP/1.1\r\nHost: localhost\r\n"
          + "Connection: close\r\nAuthorization: Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)) + "\r\n");
      if (contentType != null) {
        head.append("Content-Type: ").append(contentType).append("\r\n");
      }
      for (String h : extraHeaders) {
        head.append(h).append("\r\n");
      }
      head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      String text = response.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      return new Raw(status, text);
    }
  }

  private Raw rawJson(String user, String method, String rawTarget, Object body, String... extraHeaders)
      throws IOException {
    return raw(user, method, rawTarget, "application/json", JSON.writeValueAsBytes(body), extraHeaders);
  }

  private boolean unitStored(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM unit WHERE code = ?").param(code).query(Integer.class).single() > 0;
  }

  private int auditRows() {
    return jdbc.sql("SELECT COUNT(*) FROM registry_change").query(Integer.class).single();
  }

  private static Map<String, Object> unit(String region) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("name", "Lapas Serangan Contoh");
    unit.put("type", "LAPAS");
    unit.put("region", region);
    unit.put("city", "Kota Contoh");
    unit.put("aliases", List.of());
    unit.put("source", "uji serangan");
    return unit;
  }

  private static List<Map<String, Object>> hijackedPartners() {
    return List.of(Map.of("name", "Media Penyadap", "medium", "DARING", "email", "redaksi@penyadap.example"));
  }

  /** No stack trace, class name or SQL in what the caller reads. */
  private static void leaksNothing(String body) {
    assertThat(body == null ? "" : body).doesNotContain("Exception", "\tat ", "at id.siagahumas", "org.h2",
        "SELECT ", "INSERT ", "jdbc", "springframework", "java.");
  }

  // ---- lanes: path, method and parameter tricks ----

  @Test
  void pathTricksDoNotLetAnOfficerOrHumasPusatKeepTheUnitRegistry() throws Exception {
    List<String> targets = List.of("/api/units/serang-a/", "/api//units/serang-a", "/api/units//serang-a",
        "/api/units/serang-a;jsessionid=ABC", "/api/units;x=1/serang-a", "/api/UNITS/serang-a",
        "/api/Units/serang-a", "/api/unit%73/serang-a", "/api/units/%73erang-a", "/api/feeds/../units/serang-a",
        "/api/feeds/%2e%2e/units/serang-a", "/api/feeds/..;/units/serang-a", "/api/feeds;/../units/serang-a",
        "/api/feeds/%2E%2E/units/serang-a", "/api/feeds/..%2funits/serang-a", "/api/feeds%2f..%2funits/serang-a",
        "/api/./units/serang-a", "/api/units/./serang-a", "/api/units/serang-a%00", "/api/units/serang-a%20",
        "http://localhost/api/units/serang-a", "/./api/units/serang-a", "/api/units/serang-a?x=/api/feeds");
    for (String user : List.of("humas.pusat", "kasubag.sumsel", "humas.sumsel", "kakanwil.sumsel", "monitor")) {
      for (String target : targets) {
        Raw answer = rawJson(user, "PUT", target, unit("sumsel"));
        assertThat(answer.status()).as("%s PUT %s: %s", user, target, answer.body()).isBetween(400, 499);
        leaksNothing(answer.body());
      }
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM unit WHERE code LIKE 'serang%'").query(Integer.class).single())
        .isZero();
  }

  @Test
  void methodOverridesHeadAndOptionsDoNotOpenTheAdministratorsCalls() throws Exception {
    int audit = auditRows();
    for (String override : List.of("X-HTTP-Method-Override: PUT", "X-HTTP-Method: PUT", "X-Method-Override: PUT")) {
      Raw answer = rawJson("kasubag.sumsel", "POST", "/api/units/serang-b", unit("sumsel"), override);
      assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
    }
    Raw hidden = raw("kasubag.sumsel", "POST", "/api/units/serang-b?_method=PUT",
        "application/x-www-form-urlencoded", "_method=PUT&name=x".getBytes(StandardCharsets.UTF_8));
    assertThat(hidden.status()).as(hidden.body()).isBetween(400, 499);
    for (String method : List.of("HEAD", "OPTIONS", "TRACE", "PATCH")) {
      for (String target : List.of("/api/units/lapas-palembang", "/api/registry-changes", "/api/units/import",
          "/api/feeds")) {
        Raw answer = raw("humas.sumsel", method, target, null, null);
        assertThat(answer.status()).as("%s %s: %s", method, target, answer.body()).isBetween(400, 499);
        // nothing of the registry leaks in the answer to a HEAD, OPTIONS or TRACE
        assertThat(answer.body()).doesNotContain("letterheadName", "headNip", "changedBy");
      }
    }
    assertThat(unitStored("serang-b")).isFalse();
    assertThat(auditRows()).isEqualTo(audit);
  }

  @Test
  void officersPimpinanMonitorAndHumasPusatCannotKeepUnitsOutletsOrReadTheAudit() {
    int audit = auditRows();
    for (String user : List.of("humas.sumsel", "kasubag.sumsel", "kakanwil.sumsel", "monitor", "humas.pusat")) {
      assertThat(json(user, HttpMethod.PUT, "/api/units/serang-c", unit("sumsel")).getStatusCode().value())
          .as(user).isEqualTo(403);
      assertThat(csv(user, HEADER + "\nserang-c,Lapas Serangan,LAPAS,sumsel,Kota,,x\n").getStatusCode().value())
          .as(user).isEqualTo(403);
      assertThat(json(user, HttpMethod.PUT, "/api/outlets/Serang Pos", Map.of("reach", "NASIONAL",
          "email", "redaksi@penyadap.example")).getStatusCode().value()).as(user).isEqualTo(403);
      // the letter data (head's name, NIP) of a unit, and the audit, are the administrators'
      assertThat(json(user, HttpMethod.GET, "/api/units/lapas-palembang", null).getStatusCode().value()).as(user)
          .isEqualTo(403);
      ResponseEntity<JsonNode> changes = json(user, HttpMethod.GET, "/api/registry-changes?limit=1000", null);
      assertThat(changes.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(String.valueOf(changes.getBody())).doesNotContain("changedBy");
    }
    for (String user : List.of("humas.sumsel", "kasubag.sumsel", "kakanwil.sumsel", "monitor")) {
      assertThat(json(user, HttpMethod.POST, "/api/feeds", Map.of("url", "https://serang.example/rss"))
          .getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(json(user, HttpMethod.GET, "/api/feeds", null).getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(json(user, HttpMethod.DELETE, "/api/feeds?url=https://serang.example/rss", null)
          .getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(unitStored("serang-c")).isFalse();
    assertThat(auditRows()).isEqualTo(audit);
  }

  @Test
  void aKasubagCannotChangeAnotherRegionsPartnerMedia() throws Exception {
    List<MediaPartner> jatim = media.partnersOf("jatim");
    byte[] body = JSON.writeValueAsBytes(hijackedPartners());
    for (String target : List.of("/api/media-partners?region=jatim", "/api/media-partners?region=sumsel&region=jatim",
        "/api/media-partners?region=jatim&region=sumsel", "/api/media-partners?region=JATIM",
        "/api/media-partners?Region=jatim", "/api/media-partners?region=jatim%00",
        "/api/media-partners?region=%EF%BD%8Aatim", "/api/media-partners?region=jat%C4%B1m",
        "/api/media-partners?region=+jatim", "/api/media-partners?region=sumsel,jatim",
        "/api/media-partners;region=jatim?region=sumsel", "/api/media-partners/?region=jatim",
        "/api/media-partner%73?region=jatim", "/api//media-partners?region=jatim",
        "/api/media-partners?region%3Djatim", "/api/media-partners?region[]=jatim&region=sumsel")) {
      Raw answer = raw("kasubag.sumsel", "PUT", target, "application/json", body);
      assertThat(answer.status()).as("PUT %s: %s", target, answer.body()).isBetween(400, 499);
      leaksNothing(answer.body());
    }
    // the region in a form body next to the one of the query
    Raw form = raw("kasubag.sumsel", "PUT", "/api/media-partners?region=sumsel",
        "application/x-www-form-urlencoded", "region=jatim".getBytes(StandardCharsets.UTF_8));
    assertThat(form.status()).as(form.body()).isBetween(400, 499);
    assertThat(media.partnersOf("jatim")).isEqualTo(jatim);
    assertThat(media.partnersOf("sumsel")).isEqualTo(partners.get("sumsel"));
    // an officer and the head of the region itself are not its Kasubag Humas either
    for (String user : List.of("humas.sumsel", "kakanwil.sumsel", "monitor", "humas.pusat")) {
      assertThat(json(user, HttpMethod.PUT, "/api/media-partners?region=sumsel", hijackedPartners())
          .getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(media.partnersOf("sumsel")).isEqualTo(partners.get("sumsel"));
  }

  // ---- unit codes that would make a role group ----

  @Test
  void aUnitCodeThatWouldMakeOrJoinARoleGroupIsRefused() {
    int audit = auditRows();
    long groups = identity.createGroupQuery().count();
    // "pusat" makes humas-pusat (national triage, every case); kanwil-<other region> makes that region's
    // Kasubag group: its approvers would become the officers of a unit elsewhere and read its cases
    List<Map.Entry<String, Map<String, Object>>> attempts = new ArrayList<>();
    attempts.add(Map.entry("pusat", unit("sumsel")));
    Map<String, Object> kanwilElsewhere = unit("sumsel");
    kanwilElsewhere.put("type", "KANWIL");
    attempts.add(Map.entry("kanwil-jatim", kanwilElsewhere));
    attempts.add(Map.entry("kanwil-jatim", unit("jatim")));
    attempts.add(Map.entry("kanwil-jatim", unit("sumsel")));
    attempts.add(Map.entry("kanwil-serang", kanwilElsewhere));
    for (Map.Entry<String, Map<String, Object>> attempt : attempts) {
      ResponseEntity<JsonNode> answer = json("admin", HttpMethod.PUT, "/api/units/" + attempt.getKey(),
          attempt.getValue());
      assertThat(answer.getStatusCode().value()).as("%s %s: %s", attempt.getKey(), attempt.getValue(),
          answer.getBody()).isEqualTo(400);
      assertThat(answer.getBody().get("field").asText()).isIn("code", "type", "region");
    }
    // the same through the import
    ResponseEntity<JsonNode> imported = csv("admin", HEADER + "\npusat,Lapas Serangan,LAPAS,sumsel,Kota,,x\n"
        + "kanwil-serang,Kanwil Serangan,KANWIL,sumsel,Kota,,x\n");
    assertThat(imported.getStatusCode().value()).as("%s", imported.getBody()).isEqualTo(400);
    assertThat(unitStored("pusat")).isFalse();
    assertThat(unitStored("kanwil-serang")).isFalse();
    assertThat(jdbc.sql("SELECT type, region FROM unit WHERE code = 'kanwil-jatim'").query().singleRow())
        .containsEntry("TYPE", "KANWIL").containsEntry("REGION", "jatim");
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(auditRows()).isEqualTo(audit);
    // the Kanwil of a region itself is still kept as before
    Map<String, Object> kanwil = new LinkedHashMap<>(unit("jatim"));
    kanwil.put("type", "KANWIL");
    kanwil.put("name", kanwilJatim.get("NAME"));
    kanwil.put("city", kanwilJatim.get("CITY"));
    assertThat(json("admin", HttpMethod.PUT, "/api/units/kanwil-jatim", kanwil).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void movingAUnitToAnotherRegionDoesNotMoveItsOpenCasesIntoThatRegionsLane() {
    Map<String, Object> palembang = jdbc.sql("SELECT name, type, region, city, aliases, source FROM unit "
        + "WHERE code = 'lapas-palembang'").query().singleRow();
    String caseId = driver.submitUntriaged("Serang Pos", id.siagahumas.registry.Reach.REGIONAL, "lapas-palembang",
        List.of(id.siagahumas.intake.Category.PELARIAN), "Napi kabur dari Lapas Palembang",
        "Seorang narapidana Lapas Kelas I Palembang melarikan diri.").caseId();
    try {
      driver.triage(caseId);
      Map<String, Object> moved = new LinkedHashMap<>();
      moved.put("name", palembang.get("NAME"));
      moved.put("type", palembang.get("TYPE"));
      moved.put("region", "jatim");
      moved.put("city", palembang.get("CITY"));
      moved.put("aliases", List.of(String.valueOf(palembang.get("ALIASES")).split(";")));
      moved.put("source", palembang.get("SOURCE"));
      assertThat(json("admin", HttpMethod.PUT, "/api/units/lapas-palembang", moved).getStatusCode().value())
          .isEqualTo(200);
      // the case stays where it was opened: Kasubag Jatim does not read it, Kasubag Sumsel still does
      assertThat(json("kasubag.jatim", HttpMethod.GET, "/api/cases/" + caseId, null).getStatusCode()
          .is4xxClientError()).isTrue();
      assertThat(json("kasubag.sumsel", HttpMethod.GET, "/api/cases/" + caseId, null).getStatusCode().value())
          .isEqualTo(200);
      assertThat(jdbc.sql("SELECT region FROM crisis_case WHERE case_id = ?").param(caseId).query(String.class)
          .single()).isEqualTo("sumsel");
    } finally {
      jdbc.sql("UPDATE unit SET region = ? WHERE code = 'lapas-palembang'").param(palembang.get("REGION")).update();
      refresh.changedHere();
      driver.closeAllCases(jdbc);
    }
  }

  /**
   * A unit added in another region under the name and aliases of an existing one ("Lapas Kelas I Palembang" in
   * jatim) was accepted, and from then on a story about Lapas Palembang had no unit (unitCode null): it left the
   * Sumatera Selatan lane for humas pusat's triage. UnitRules now refuses a name or alias another unit holds.
   */
  @Test
  void aNewUnitElsewhereCannotTakeTheNameOfAnExistingUnitAndWithItItsStories() {
    Map<String, Object> story = Map.of("url", "https://serang.example/berita/1", "outlet", "Serang Pos",
        "title", "Napi kabur dari Lapas Kelas I Palembang",
        "body", "Seorang narapidana Lapas Kelas I Palembang melarikan diri tadi malam.",
        "publishedAt", "2026-10-01T07:00:00+07:00");
    JsonNode before = json("monitor", HttpMethod.POST, "/api/stories/classify", story).getBody();
    assertThat(String.valueOf(before.get("unitCode"))).as("%s", before).isEqualTo("\"lapas-palembang\"");
    Map<String, Object> lookalike = unit("jatim");
    lookalike.put("name", "Lapas Kelas I Palembang");
    lookalike.put("aliases", List.of("Lapas Palembang", "LP Palembang"));
    ResponseEntity<JsonNode> answer = json("admin", HttpMethod.PUT, "/api/units/serang-i", lookalike);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().path("errors").toString()).contains("\"field\":\"name\"", "lapas-palembang");
    // stories about Lapas Palembang stay with Lapas Palembang (and in the Sumatera Selatan lane)
    JsonNode after = json("monitor", HttpMethod.POST, "/api/stories/classify", story).getBody();
    assertThat(String.valueOf(after.get("unitCode"))).as("unit added: %s; classified: %s", answer.getBody(), after)
        .isEqualTo("\"lapas-palembang\"");
  }

  // ---- hostile CSV ----

  @Test
  void hostileCsvIsRefusedWholeWithoutLeakingInternals() throws Exception {
    int audit = auditRows();
    StringBuilder tooMany = new StringBuilder(HEADER + "\n");
    for (int i = 0; i <= 5000; i++) {
      tooMany.append("serang-").append(i).append(",Lapas Serangan ").append(i).append(",LAPAS,sumsel,Kota,,x\n");
    }
    List<String> files = List.of(
        tooMany.toString(),
        // duplicate header: which of two regions would be taken?
        "code,name,type,region,city,region\nserang-d,Lapas Serangan,LAPAS,sumsel,Kota,jatim\n",
        // a quote left open swallows the rest of the file
        HEADER + "\nserang-d,\"Lapas Serangan,LAPAS,sumsel,Kota,,x\nserang-e,Lapas E,LAPAS,sumsel,Kota,,x\n",
        // more cells than columns
        HEADER + "\nserang-d,Lapas Serangan,LAPAS,sumsel,Kota,,x,surplus,cells\n",
        // a row of the CSV carrying an unknown region and a code in upper case
        HEADER + "\nSERANG-D,Lapas Serangan,LAPAS,sumsel,Kota,,x\n",
        HEADER + "\nserang-d,Lapas Serangan,LAPAS,../jatim,Kota,,x\n",
        // a control character in a name
        HEADER + "\nserang-d,Lapas \u0007Serangan,LAPAS,sumsel,Kota,,x\n",
        // a huge cell
        HEADER + "\nserang-d," + "L".repeat(300_000) + ",LAPAS,sumsel,Kota,,x\n",
        "",
        "\n\n\n",
        HEADER + "\n");
    for (String file : files) {
      ResponseEntity<JsonNode> answer = csv("admin", file);
      String shown = file.length() > 120 ? file.substring(0, 120) + "..." : file;
      assertThat(answer.getStatusCode().value()).as("%s -> %s", shown, answer.getBody()).isBetween(400, 413);
      leaksNothing(String.valueOf(answer.getBody()));
    }
    // a file that is not UTF-8 (Latin-1 "é" in the name) is refused, not stored as replacement characters
    Raw latin1 = raw("admin", "POST", "/api/units/import", "text/csv; charset=UTF-8",
        (HEADER + "\nserang-d,Lapas S\u00e9rangan,LAPAS,sumsel,Kota,,x\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin1.status()).as(latin1.body()).isEqualTo(400);
    Raw undeclared = raw("admin", "POST", "/api/units/import", "text/csv",
        (HEADER + "\nserang-d,Lapas S\u00e9rangan,LAPAS,sumsel,Kota,,x\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThat(undeclared.status()).as(undeclared.body()).isEqualTo(400);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM unit WHERE code LIKE 'serang%'").query(Integer.class).single())
        .isZero();
    assertThat(auditRows()).isEqualTo(audit);
    // a spreadsheet's "CSV UTF-8" starts with a byte order mark: it is no part of the first column's name
    Raw bom = raw("admin", "POST", "/api/units/import", "text/csv",
        ("\uFEFF" + HEADER + "\nserang-d,Lapas S\u00e9rangan,LAPAS,sumsel,Kota,,x\n").getBytes(StandardCharsets.UTF_8));
    assertThat(bom.status()).as(bom.body()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT name FROM unit WHERE code = 'serang-d'").query(String.class).single())
        .isEqualTo("Lapas S\u00e9rangan");
  }

  @Test
  void lineBreaksCannotBeSmuggledIntoSingleLineUnitFields() {
    int audit = auditRows();
    // a name with a line break forges a line of its own in the "Satker :" line of notifications, the press mail's
    // subject (Jakarta Mail folds it, so no header is injected) and the letterhead
    Map<String, Object> form = unit("sumsel");
    form.put("name", "Lapas Serangan\r\nTautan: https://penyadap.example/masuk");
    ResponseEntity<JsonNode> answer = json("admin", HttpMethod.PUT, "/api/units/serang-f", form);
    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(400);
    assertThat(answer.getBody().get("field").asText()).isEqualTo("name");
    ResponseEntity<JsonNode> imported = csv("admin",
        HEADER + "\nserang-f,\"Lapas Serangan\r\nTautan: https://penyadap.example\",LAPAS,sumsel,Kota,,x\n");
    assertThat(imported.getStatusCode().value()).as("%s", imported.getBody()).isEqualTo(400);
    Map<String, Object> letter = new LinkedHashMap<>(Map.of("letterheadName", "Lapas Serangan",
        "address", "Jalan Contoh 1", "phone", "0711 555", "email", "humas@serang.example",
        "headTitle", "Kepala Lapas", "headName", "Nama Kepala\nTembusan: semua", "headNip", "198001012006041001",
        "numberFormat", "W6-{nomor}"));
    form = unit("sumsel");
    form.put("letter", letter);
    answer = json("admin", HttpMethod.PUT, "/api/units/serang-f", form);
    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(400);
    assertThat(answer.getBody().get("field").asText()).isEqualTo("letter.headName");
    // the partner media a Kasubag keeps are addressed by name in letters and mails too
    answer = json("kasubag.sumsel", HttpMethod.PUT, "/api/media-partners?region=sumsel", List.of(Map.of("name",
        "Media Serang\r\nKepada: semua", "medium", "DARING", "email", "redaksi@serang.example")));
    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(400);
    assertThat(media.partnersOf("sumsel")).isEqualTo(partners.get("sumsel"));
    assertThat(unitStored("serang-f")).isFalse();
    assertThat(auditRows()).isEqualTo(audit);
  }

  // ---- hostile JSON ----

  @Test
  void typeConfusedJsonIsAnsweredWithAProblemNamingNothingInternal() throws Exception {
    int audit = auditRows();
    List<String> bodies = List.of("[]", "null", "\"x\"", "{", "{\"name\":[\"a\"],\"type\":\"LAPAS\"}",
        "{\"name\":\"L\",\"type\":\"LAPAS\",\"region\":\"sumsel\",\"city\":\"K\",\"aliases\":\"x\"}",
        "{\"name\":\"L\",\"type\":\"LAPAS\",\"region\":\"sumsel\",\"city\":\"K\",\"letter\":\"x\"}",
        "{\"name\":\"L\",\"type\":\"LAPAS\",\"region\":{\"$ne\":null},\"city\":\"K\"}",
        "{\"name\":\"L\",\"type\":\"LAPAS\",\"region\":null,\"city\":\"K\"}",
        "{\"name\":\"L\",\"type\":\"lapas\",\"region\":\"sumsel\",\"city\":\"K\"}",
        "{\"name\":\"L\",\"type\":\"PUSAT\",\"region\":\"sumsel\",\"city\":\"K\"}",
        "{\"name\":\"L\",\"type\":\"LAPAS\",\"region\":\"\",\"city\":\"K\"}",
        "{\"name\":\"L\",\"type\":\"LAPAS\",\"region\":\"sumsel\",\"city\":\"K\",\"aliases\":[null]}",
        "{\"name\":\"L\",\"type\":\"LAPAS\",\"region\":\"sumsel\",\"city\":\"K\",\"aliases\":[\"a;b\"]}",
        "{\"name\":\"L\",\"type\":[\"LAPAS\"],\"region\":\"sumsel\",\"city\":\"K\"}",
        "[".repeat(5000) + "]".repeat(5000));
    for (String body : bodies) {
      Raw answer = raw("admin", "PUT", "/api/units/serang-g", "application/json",
          body.getBytes(StandardCharsets.UTF_8));
      assertThat(answer.status()).as("%s -> %s", body.length() > 80 ? body.substring(0, 80) : body, answer.body())
          .isEqualTo(400);
      leaksNothing(answer.body());
    }
    for (String body : List.of("{}", "[{\"name\":null}]", "[{\"name\":\"A\",\"medium\":\"DARING\",\"email\":"
        + "\"a@b.example\"},{\"name\":\"a\",\"medium\":\"DARING\",\"email\":\"c@d.example\"}]", "[null]",
        "[{\"name\":\"A\",\"medium\":\"DARING\",\"email\":\"x@y.example\\r\\nBcc: z@w.example\"}]")) {
      Raw answer = raw("kasubag.sumsel", "PUT", "/api/media-partners?region=sumsel", "application/json",
          body.getBytes(StandardCharsets.UTF_8));
      assertThat(answer.status()).as("%s -> %s", body, answer.body()).isEqualTo(400);
      leaksNothing(answer.body());
    }
    assertThat(unitStored("serang-g")).isFalse();
    assertThat(media.partnersOf("sumsel")).isEqualTo(partners.get("sumsel"));
    assertThat(auditRows()).isEqualTo(audit);
  }

  // ---- the audit ----

  @Test
  void theAuditCannotBeReadUnboundedOrWithOddParameters() {
    for (String query : List.of("limit=0", "limit=-1", "limit=1001", "limit=2147483648", "limit=abc",
        "registry=BOGUS", "registry=unit%27--", "item=" + "x".repeat(2001), "limit=1e3")) {
      ResponseEntity<JsonNode> answer = json("admin", HttpMethod.GET, "/api/registry-changes?" + query, null);
      assertThat(answer.getStatusCode().value()).as("%s -> %s", query, answer.getBody()).isEqualTo(400);
      leaksNothing(String.valueOf(answer.getBody()));
    }
    ResponseEntity<JsonNode> quoted = json("admin", HttpMethod.GET,
        "/api/registry-changes?item=x' OR '1'='1&limit=1000", null);
    assertThat(quoted.getStatusCode().value()).isEqualTo(200);
    assertThat(quoted.getBody()).isEmpty();
    // no call writes, changes or deletes the audit
    for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
      int audit = auditRows();
      ResponseEntity<JsonNode> answer = json("admin", method, "/api/registry-changes", List.of());
      assertThat(answer.getStatusCode().value()).as("%s", method).isIn(405, 404);
      assertThat(auditRows()).isEqualTo(audit);
    }
  }

  // ---- races ----

  @Test
  void concurrentPutsOfOneNewUnitAddItOnceAndNeverAnswer500() throws Exception {
    int audit = auditRows();
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < callers; i++) {
        Callable<Integer> put = () -> {
          start.await();
          return json("admin", HttpMethod.PUT, "/api/units/serang-h", unit("sumsel")).getStatusCode().value();
        };
        answers.add(pool.submit(put));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).as("%s", statuses).allMatch(s -> s == 200 || s == 201 || s == 409);
      assertThat(statuses).as("%s", statuses).containsOnlyOnce(201);
    } finally {
      pool.shutdownNow();
    }
    assertThat(unitStored("serang-h")).isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM registry_change WHERE registry = 'UNIT' AND item_key = 'serang-h' "
        + "AND action = 'ADDED'").query(Integer.class).single()).isEqualTo(1);
    assertThat(auditRows()).isEqualTo(audit + 1);
  }

  @Test
  void concurrentReplacementsOfAPartnerListLeaveOneWholeListAndNever500() throws Exception {
    int callers = 6;
    List<List<Map<String, Object>>> lists = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (int j = 0; j <= i; j++) {
        list.add(Map.of("name", "Media Serang " + i + "-" + j, "medium", "DARING",
            "email", "redaksi" + j + "@serang" + i + ".example"));
      }
      lists.add(list);
    }
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < callers; i++) {
        List<Map<String, Object>> list = lists.get(i);
        String user = i % 2 == 0 ? "kasubag.sumsel" : "admin";
        answers.add(pool.submit(() -> {
          start.await();
          return json(user, HttpMethod.PUT, "/api/media-partners?region=sumsel", list).getStatusCode().value();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).as("%s", statuses).allMatch(s -> s == 200 || s == 409);
    } finally {
      pool.shutdownNow();
    }
    refresh.changedHere();
    List<String> stored = jdbc.sql("SELECT name FROM media_partner WHERE region = 'sumsel' ORDER BY position")
        .query(String.class).list();
    List<List<String>> sent = lists.stream().map(l -> l.stream().map(p -> (String) p.get("name")).toList()).toList();
    assertThat(sent).as("stored %s", stored).contains(stored);
    // the audit's last word is what is stored
    JsonNode last = JSON.readTree(jdbc.sql("SELECT after_json FROM registry_change WHERE registry = 'MEDIA_PARTNERS' "
        + "AND item_key = 'sumsel' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").query(String.class).single());
    List<String> audited = new ArrayList<>();
    last.forEach(p -> audited.add(p.get("name").asText()));
    assertThat(audited).isEqualTo(stored);
  }

  @Test
  void anEmptyRegionIsNoLaneOfHumasPusat() {
    // Groups.regionGroup("") is humas-pusat: the lane must not let humas pusat through to validation with it
    for (String query : List.of("region=", "region=&region=sumsel")) {
      ResponseEntity<JsonNode> answer = json("humas.pusat", HttpMethod.PUT, "/api/media-partners?" + query,
          hijackedPartners());
      assertThat(answer.getStatusCode().value()).as("%s -> %s", query, answer.getBody()).isEqualTo(403);
    }
    assertThat(media.partnersOf("sumsel")).isEqualTo(partners.get("sumsel"));
  }

  // ---- feeds that lead inside ----

  @Test
  void feedAddressesOtherThanHttpAreRefused() {
    for (String url : List.of("file:///etc/passwd", "jar:http://serang.example/a.jar!/x", "ftp://serang.example/rss",
        "gopher://127.0.0.1:25/", "http:/serang.example/rss", "http://", "HTTP://[::1", "http://a b.example/",
        "http://serang.example/" + "a".repeat(2000), "netdoc:///etc/passwd")) {
      ResponseEntity<JsonNode> answer = json("humas.pusat", HttpMethod.POST, "/api/feeds", Map.of("url", url));
      assertThat(answer.getStatusCode().value()).as("%s -> %s", url, answer.getBody()).isEqualTo(400);
      leaksNothing(String.valueOf(answer.getBody()));
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM feed WHERE url NOT LIKE 'http%'").query(Integer.class).single())
        .isZero();
  }

  @Test
  void feedHostsInsideTheNetworkAreRefusedWhenPrivateHostsAreNotAllowed() {
    // the production setting (the test profile allows private hosts for its local feed servers)
    FeedFetcher fetcher = new FeedFetcher(new FeedSettings(List.of(), Duration.ofMinutes(5), Duration.ofSeconds(2),
        Duration.ofSeconds(2), DataSize.ofMegabytes(5), false));
    List<String> inside = new ArrayList<>(List.of("http://127.0.0.1/", "http://127.1/", "http://127.0.0.2:8080/",
        "http://0/", "http://0.0.0.0/", "http://0.1.2.3/", "http://localhost/", "http://user:pw@127.0.0.1/",
        "http://[::1]/", "http://[::]/", "http://[::ffff:127.0.0.1]/", "http://[0:0:0:0:0:ffff:7f00:1]/",
        "http://[::ffff:169.254.169.254]/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
        "http://172.16.0.1/", "http://192.168.1.1/", "http://[fd00::1]/", "http://[fe80::1]/",
        // CGNAT: Alibaba Cloud's metadata service answers at 100.100.100.200
        "http://100.100.100.200/latest/meta-data/", "http://100.64.0.1/",
        // IPv4 written inside IPv6: compatible, NAT64, 6to4, Teredo-free forms
        "http://[::127.0.0.1]/", "http://[::a9fe:a9fe]/", "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:7f00:1::]/", "http://[2002:a9fe:a9fe::]/",
        // benchmarking, reserved and broadcast ranges
        "http://198.18.0.1/", "http://240.0.0.1/", "http://255.255.255.255/", "http://224.0.0.1/",
        "http://192.0.0.170/", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/"));
    List<String> reached = new ArrayList<>();
    for (String url : inside) {
      try {
        fetcher.fetch(url);
        reached.add(url + " (read)");
      } catch (Exception e) {
        if (!String.valueOf(e.getMessage()).matches("(?s).*(not a public address|Unknown feed host|without a host).*")) {
          reached.add(url + " (" + e + ")");
        }
      }
    }
    assertThat(reached).as("connected to, not refused").isEmpty();
    // public addresses are still read (whatever answers there, the guard does not refuse them)
    for (String url : List.of("http://1.1.1.1/", "http://[2606:4700:4700::1111]/", "http://100.128.0.1/")) {
      try {
        fetcher.fetch(url);
      } catch (Exception e) {
        assertThat(String.valueOf(e.getMessage())).as(url).doesNotContain("not a public address");
      }
    }
  }

  @Test
  void aFeedAddedWithAnInsideHostIsRefusedByTheApiAndNotStored() throws Exception {
    // with the production setting the API refuses it too; here (private hosts allowed) the form must still be
    // an http(s) address with a host, and the answer names the field
    for (String url : List.of("http:///serang.example/rss", "https://:80/rss")) {
      ResponseEntity<JsonNode> answer = json("admin", HttpMethod.POST, "/api/feeds", Map.of("url", url));
      assertThat(answer.getStatusCode().value()).as("%s -> %s", url, answer.getBody()).isEqualTo(400);
      assertThat(answer.getBody().get("field").asText()).isEqualTo("url");
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM feed WHERE url LIKE '%serang.example%'").query(Integer.class)
        .single()).isZero();
  }
}
