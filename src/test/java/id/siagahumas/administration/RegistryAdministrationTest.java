package id.siagahumas.administration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.siagahumas.registry.MediaPartner;
import id.siagahumas.registry.MediaRegistry;
import id.siagahumas.registry.RegistryRefresh;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.support.SiagaSpringTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The registries kept at runtime through the API as administrators and Kanwil humas use it: a unit added is
 * classified, grouped and lettered at once; an import is all-or-nothing and names the bad row and column; a
 * region's partner media are replaced by that region's humas only; every change is audited; a change made on
 * another node reaches this one.
 */
@SiagaSpringTest
class RegistryAdministrationTest {

  private static final String CODE = "uji-lapas-wanasari-contoh";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired UnitRegistry units;
  @Autowired MediaRegistry media;
  @Autowired RegistryRefresh refresh;
  @Autowired IdentityService identity;

  private List<MediaPartner> sumselPartners;

  @BeforeEach
  void remember() {
    sumselPartners = media.partnersOf("sumsel");
  }

  @AfterEach
  void restore() {
    jdbc.sql("DELETE FROM unit_letter WHERE unit_code LIKE 'uji-%'").update();
    jdbc.sql("DELETE FROM unit WHERE code LIKE 'uji-%'").update();
    jdbc.sql("DELETE FROM media_partner WHERE region = 'sumsel'").update();
    for (int i = 0; i < sumselPartners.size(); i++) {
      MediaPartner p = sumselPartners.get(i);
      jdbc.sql("INSERT INTO media_partner (region, position, name, medium, email) VALUES (?,?,?,?,?)")
          .params("sumsel", i + 1, p.name(), p.medium(), p.email()).update();
    }
    refresh.changedHere();
  }

  private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, Object body,
      MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> json(String user, HttpMethod method, String path, Object body) {
    return exchange(user, method, path, body, MediaType.APPLICATION_JSON);
  }

  static Map<String, Object> letter(String headName) {
    Map<String, Object> letter = new LinkedHashMap<>();
    letter.put("letterheadName", "Lembaga Pemasyarakatan Kelas IIB Wanasari Contoh");
    letter.put("address", "Jalan Contoh No. 7, Wanasari");
    letter.put("phone", "(0711) 555-0707");
    letter.put("email", "humas@lapas-wanasari-contoh.contoh.example");
    letter.put("headTitle", "Kepala Lembaga Pemasyarakatan");
    letter.put("headName", headName);
    letter.put("headNip", "198001012006041001");
    letter.put("numberFormat", "W6.PAS.7-HM.01.01-{nomor}");
    return letter;
  }

  static Map<String, Object> unit(Map<String, Object> letter) {
    Map<String, Object> unit = new LinkedHashMap<>();
    unit.put("name", "Lapas Kelas IIB Wanasari Contoh");
    unit.put("type", "LAPAS");
    unit.put("region", "sumsel");
    unit.put("city", "Kabupaten Contoh Wanasari");
    unit.put("aliases", List.of("Lapas Wanasari"));
    unit.put("source", "uji: unit rekaan");
    unit.put("letter", letter);
    return unit;
  }

  @Test
  void theTablesAreSeededFromTheFilesOnAnEmptyDatabase() {
    UnitRegistry files = new UnitRegistry();
    assertThat(jdbc.sql("SELECT code FROM unit WHERE code NOT LIKE 'uji-%'").query(String.class).set())
        .isEqualTo(files.units().stream().map(id.siagahumas.registry.Unit::code).collect(java.util.stream.Collectors.toSet()));
    assertThat(units.unit("lapas-palembang")).isEqualTo(files.unit("lapas-palembang"));
    MediaRegistry mediaFiles = new MediaRegistry();
    assertThat(media.partners()).containsExactlyInAnyOrderElementsOf(mediaFiles.partners());
    assertThat(media.partnersOf("sumsel")).isEqualTo(mediaFiles.partnersOf("sumsel")).hasSize(21);
    assertThat(media.outlet("Kompas", null)).isEqualTo(mediaFiles.outlet("Kompas", null)).isPresent();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM outlet").query(Integer.class).single()).isGreaterThan(40);
  }

  @Test
  void aUnitAddedAtRuntimeIsReadInStoriesGetsItsGroupAndIsAudited() {
    Map<String, Object> story = Map.of("url", "https://uji.example/kabur-" + System.nanoTime(), "outlet",
        "Tribun Sumsel", "title", "Dua Napi Lapas Wanasari Contoh Kabur Lewat Atap",
        "body", "Dua narapidana Lapas Kelas IIB Wanasari Contoh kabur dengan menjebol atap blok hunian, Senin dini "
            + "hari. Petugas masih melakukan pengejaran.", "publishedAt", "2026-11-20T06:00:00+07:00");
    JsonNode before = json("monitor", HttpMethod.POST, "/api/stories/classify", story).getBody();
    assertThat(before.path("unitCode").isMissingNode() || before.path("unitCode").isNull()).as(before.toString())
        .isTrue();

    ResponseEntity<JsonNode> created = json("admin", HttpMethod.PUT, "/api/units/" + CODE,
        unit(letter("Sampel Teladan, S.H.")));
    assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
    assertThat(created.getBody().path("letter").path("headName").asText()).isEqualTo("Sampel Teladan, S.H.");

    JsonNode after = json("monitor", HttpMethod.POST, "/api/stories/classify", story).getBody();
    assertThat(after.path("unitCode").asText()).as(after.toString()).isEqualTo(CODE);
    assertThat(after.path("region").asText()).isEqualTo("sumsel");
    assertThat(identity.createGroupQuery().groupId("humas-" + CODE).count()).isEqualTo(1);
    assertThat(rest.withBasicAuth("humas.sumsel", "demo").getForObject("/api/units", String.class)).contains(CODE);

    ResponseEntity<JsonNode> changed = json("admin", HttpMethod.PUT, "/api/units/" + CODE,
        unit(letter("Contoh Baru, S.H., M.H.")));
    assertThat(changed.getStatusCode().value()).isEqualTo(200);
    JsonNode audit = json("admin", HttpMethod.GET, "/api/registry-changes?registry=UNIT&item=" + CODE, null)
        .getBody();
    assertThat(audit).hasSize(2);
    assertThat(audit.get(0).path("action").asText()).isEqualTo("CHANGED");
    assertThat(audit.get(0).path("changedBy").asText()).isEqualTo("admin");
    assertThat(audit.get(0).path("before").path("letter").path("headName").asText()).isEqualTo("Sampel Teladan, S.H.");
    assertThat(audit.get(0).path("after").path("letter").path("headName").asText())
        .isEqualTo("Contoh Baru, S.H., M.H.");
    assertThat(audit.get(1).path("action").asText()).isEqualTo("ADDED");
    assertThat(audit.get(1).path("before").isMissingNode() || audit.get(1).path("before").isNull()).isTrue();
  }

  @Test
  void badUnitsAreRefusedNamingTheFieldAndNothingIsStored() {
    Map<String, Object> noName = unit(letter("[Nama Pejabat]"));
    noName.remove("name");
    noName.put("region", "atlantis");
    ResponseEntity<JsonNode> refused = json("admin", HttpMethod.PUT, "/api/units/" + CODE, noName);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().path("errors").toString()).contains("\"field\":\"name\"", "\"field\":\"region\"",
        "\"field\":\"letter.headName\"", "[Nama Pejabat]");
    ResponseEntity<JsonNode> badCode = json("admin", HttpMethod.PUT, "/api/units/Lapas%20Baru", unit(null));
    assertThat(badCode.getStatusCode().value()).isEqualTo(400);
    assertThat(badCode.getBody().path("field").asText()).isEqualTo("code");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM unit WHERE code = ?").param(CODE).query(Integer.class).single())
        .isZero();
    assertThat(json("admin", HttpMethod.GET, "/api/units/" + CODE, null).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void anImportIsAllOrNothingAndNamesTheRowAndColumn() {
    String header = "code,name,type,region,city,aliases,source,letterhead_name,address,phone,email,head_title,"
        + "head_name,head_nip,number_format\n";
    String good1 = "uji-rutan-satu,Rutan Kelas IIB Contoh Satu,RUTAN,sumsel,Contoh Satu,,uji,,,,,,,,\n";
    String good2 = "uji-bapas-dua,Bapas Kelas II Contoh Dua,BAPAS,jatim,Contoh Dua,Bapas Dua;Balai Dua,uji,"
        + "Balai Pemasyarakatan Kelas II Contoh Dua,\"Jalan Contoh No. 2, Dua\",(031) 555-0202,"
        + "humas@bapas-dua.contoh.example,Kepala Balai Pemasyarakatan,\"Dua Contoh, S.H.\",198202022007042002,"
        + "W15.PAS.9-HM.01.01-{nomor}\n";
    String badRegion = "uji-lapas-tiga,Lapas Kelas III Contoh Tiga,LAPAS,atlantis,Contoh Tiga,,uji,,,,,,,,\n";
    String badNip = "uji-lapas-empat,Lapas Kelas III Contoh Empat,LAPAS,jatim,Contoh Empat,,uji,"
        + "Lapas Empat,Jalan Empat,(031) 555,humas@empat.contoh.example,Kepala,\"Empat Contoh\",12345,{nomor}\n";
    ResponseEntity<JsonNode> refused = exchange("admin", HttpMethod.POST, "/api/units/import",
        header + good1 + good2 + badRegion + badNip, MediaType.valueOf("text/csv"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().path("row").asInt()).isEqualTo(4);
    assertThat(refused.getBody().path("field").asText()).isEqualTo("region");
    assertThat(refused.getBody().path("errors").toString()).contains("\"row\":5", "\"field\":\"head_nip\"");
    assertThat(refused.getBody().path("detail").asText()).contains("baris 4", "region");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM unit WHERE code LIKE 'uji-%'").query(Integer.class).single()).isZero();

    String twins = "uji-lapas-kembar-a,Lapas Kelas III Contoh Kembar,LAPAS,jatim,Kembar,,uji,,,,,,,,\n"
        + "uji-lapas-kembar-b,Lapas Kelas III Contoh Kembar,LAPAS,jambi,Kembar,,uji,,,,,,,,\n";
    ResponseEntity<JsonNode> sameName = exchange("admin", HttpMethod.POST, "/api/units/import", header + twins,
        MediaType.valueOf("text/csv"));
    assertThat(sameName.getStatusCode().value()).isEqualTo(400);
    assertThat(sameName.getBody().path("row").asInt()).isEqualTo(3);
    assertThat(sameName.getBody().path("detail").asText()).contains("uji-lapas-kembar-a");

    ResponseEntity<JsonNode> unknownColumn = exchange("admin", HttpMethod.POST, "/api/units/import",
        "code,name,type,region,city,kepala\nuji-x,Lapas X,LAPAS,jatim,X,Budi\n", MediaType.valueOf("text/csv"));
    assertThat(unknownColumn.getStatusCode().value()).isEqualTo(400);
    assertThat(unknownColumn.getBody().path("field").asText()).isEqualTo("kepala");

    ResponseEntity<JsonNode> imported = exchange("admin", HttpMethod.POST, "/api/units/import",
        header + good1 + good2, MediaType.valueOf("text/csv"));
    assertThat(imported.getStatusCode().value()).as(String.valueOf(imported.getBody())).isEqualTo(200);
    assertThat(imported.getBody().path("added").asInt()).isEqualTo(2);
    assertThat(units.unit("uji-bapas-dua")).hasValueSatisfying(u ->
        assertThat(u.aliases()).containsExactly("Bapas Dua", "Balai Dua"));
    assertThat(json("admin", HttpMethod.GET, "/api/units/uji-bapas-dua", null).getBody().path("letter")
        .path("headNip").asText()).isEqualTo("198202022007042002");
    JsonNode again = exchange("admin", HttpMethod.POST, "/api/units/import", header + good1 + good2,
        MediaType.valueOf("text/csv")).getBody();
    assertThat(again.path("unchanged").asInt()).isEqualTo(2);
    assertThat(again.path("added").asInt() + again.path("changed").asInt()).isZero();
  }

  @Test
  void aRegionsPartnerMediaAreKeptByThatRegionsHumasOnly() {
    List<Map<String, String>> partners = new ArrayList<>();
    partners.add(Map.of("name", "Warta Contoh Musi", "medium", "DARING", "email", "redaksi@warta-musi.example"));
    partners.add(Map.of("name", "Radio Contoh Ampera", "medium", "RADIO", "email", "redaksi@radio-ampera.example"));
    assertThat(json("kasubag.jatim", HttpMethod.PUT, "/api/media-partners?region=sumsel", partners)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(json("humas.sumsel", HttpMethod.PUT, "/api/media-partners?region=sumsel", partners)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(media.partnersOf("sumsel")).isEqualTo(sumselPartners);

    List<Map<String, String>> bad = new ArrayList<>(partners);
    bad.add(Map.of("name", "Koran Tanpa Alamat", "medium", "MAJALAH", "email", "bukan-surel"));
    ResponseEntity<JsonNode> refused = json("kasubag.sumsel", HttpMethod.PUT, "/api/media-partners?region=sumsel",
        bad);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().path("errors").toString()).contains("[2].email", "[2].medium");
    assertThat(media.partnersOf("sumsel")).isEqualTo(sumselPartners);

    ResponseEntity<JsonNode> replaced = json("kasubag.sumsel", HttpMethod.PUT, "/api/media-partners?region=sumsel",
        partners);
    assertThat(replaced.getStatusCode().value()).as(String.valueOf(replaced.getBody())).isEqualTo(200);
    assertThat(media.partnersOf("sumsel")).extracting(MediaPartner::name)
        .containsExactly("Warta Contoh Musi", "Radio Contoh Ampera");
    assertThat(rest.withBasicAuth("humas.sumsel", "demo").getForObject("/api/media-partners?region=sumsel",
        String.class)).contains("Warta Contoh Musi").doesNotContain(sumselPartners.get(0).name());
    JsonNode audit = json("admin", HttpMethod.GET, "/api/registry-changes?registry=MEDIA_PARTNERS&item=sumsel", null)
        .getBody();
    assertThat(audit.get(0).path("changedBy").asText()).isEqualTo("kasubag.sumsel");
    assertThat(audit.get(0).path("before")).hasSize(sumselPartners.size());
    assertThat(audit.get(0).path("after")).hasSize(2);
  }

  @Test
  void aChangeMadeOnAnotherNodeReachesThisOneAtItsNextCheck() {
    // Another node's change: rows and the audit written straight to the shared database.
    jdbc.sql("INSERT INTO unit (code, name, type, region, city, aliases, source) VALUES (?,?,?,?,?,?,?)")
        .params("uji-rutan-lain", "Rutan Kelas IIB Contoh Lain", "RUTAN", "jatim", "Contoh Lain", "", "uji").update();
    jdbc.sql("INSERT INTO registry_change (registry, item_key, action, changed_by, changed_at) VALUES "
        + "('UNIT', 'uji-rutan-lain', 'ADDED', 'admin', ?)").param(OffsetDateTime.now()).update();
    assertThat(units.unit("uji-rutan-lain")).isEmpty();
    refresh.refreshIfChangedElsewhere();
    assertThat(units.unit("uji-rutan-lain")).isPresent();
  }
}
