package id.siagahumas.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.intake.Category;
import id.siagahumas.registry.Reach;
import id.siagahumas.reports.KpiCsv;
import id.siagahumas.reports.KpiReport;
import id.siagahumas.reports.UnitKpi;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The leadership pages ({@code /papan}) and the reports ({@code /api/reports/kpi}, {@code /api/reports/daily})
 * attacked by a caller with a valid login: region parameters that break their pattern or name another region,
 * dates at the edge of what java.time holds, another region's case by its id, the login form's return path,
 * logout without the form token, markup in story titles and outlet names, and spreadsheet rows smuggled into the KPI
 * CSV. Each test asserts the safe answer.
 */
@SiagaSpringTest
class PagesAttackTest {

  @Autowired TestRestTemplate rest;
  @Autowired CaseDriver driver;

  private TestRestTemplate noRedirects() {
    return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
  }

  private ResponseEntity<String> api(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  /** The login form's session cookie and its CSRF token. */
  private String[] form() {
    ResponseEntity<String> form = rest.getForEntity("/papan/masuk", String.class);
    String cookie = form.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    Matcher token = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(form.getBody());
    assertThat(token.find()).as("the login form carries its token").isTrue();
    return new String[] {cookie, token.group(1)};
  }

  private ResponseEntity<String> login(String user, String next) {
    String[] form = form();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, form[0]);
    String body = "username=" + user + "&password=demo&csrf=" + form[1]
        + (next == null ? "" : "&lanjut=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
    return noRedirects().exchange("/papan/masuk", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private String session(String user) {
    ResponseEntity<String> login = login(user, null);
    assertThat(login.getStatusCode().value()).as(user + " logs in").isEqualTo(302);
    return login.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
  }

  private ResponseEntity<String> page(String cookie, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    return noRedirects().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void reportParametersOutsideTheirPatternAreBadInputNotServerErrors() {
    // were 500: the class-level @Validated throws ConstraintViolationException, which no handler answered
    for (String report : List.of("/api/reports/kpi", "/api/reports/daily")) {
      for (String query : List.of("region=", "region=SUMSEL", "region=sumsel&region=kalsel", "region=kalsel&region=sumsel",
          "region=sumsel,kalsel", "region=%20kalsel", "format=xml")) {
        ResponseEntity<String> answer = api("kakanwil.sumsel", report + "?" + query);
        assertThat(answer.getStatusCode().value()).as(report + "?" + query).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).as(report + "?" + query)
            .contains("application/problem+json");
        assertThat(answer.getBody()).as(report + "?" + query).doesNotContain("Exception");
      }
      // another region, or one that does not exist, is refused, not answered empty
      for (String region : List.of("jatim", "kalsel", "xyz")) {
        assertThat(api("kakanwil.sumsel", report + "?region=" + region).getStatusCode().value())
            .as(report + " for " + region).isEqualTo(403);
      }
      assertThat(api("monitor", report).getStatusCode().value()).as("monitor asks " + report).isEqualTo(403);
    }
  }

  @Test
  void datesAtTheEdgeOfJavaTimeAreBadInputNotServerErrors() {
    // were 500: "Invalid value for EpochDay" once the zone arithmetic stepped below LocalDate.MIN
    for (String path : List.of("/api/reports/kpi?from=-999999999-01-01&to=-999999999-01-02",
        "/api/reports/kpi?to=-999999999-01-01", "/api/reports/daily?date=-999999999-01-01",
        "/api/reports/daily?date=+999999999-12-31", "/api/reports/kpi?from=0001-01-01&to=0001-12-31")) {
      ResponseEntity<String> answer = api("humas.pusat", path);
      assertThat(answer.getStatusCode().value()).as(path).isEqualTo(400);
      assertThat(answer.getBody()).as(path).doesNotContain("Exception");
    }
    String cookie = session("humas.pusat");
    for (String path : List.of("/papan/kinerja?sampai=-999999999-01-01", "/papan/kinerja?dari=0001-01-01&sampai=0001-02-01",
        "/papan/kinerja?dari=9999-99-99")) {
      ResponseEntity<String> answer = page(cookie, path);
      assertThat(answer.getStatusCode().value()).as(path).isEqualTo(400);
      assertThat(answer.getBody()).as(path).doesNotContain("Exception").contains("class=\"galat\"");
    }
    // an ordinary period still answers
    assertThat(api("humas.pusat", "/api/reports/kpi?from=2026-01-01&to=2026-01-31").getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void anotherRegionsCaseIsNotFoundOnThePagesAndItsMarkupIsInert() {
    String kalsel = driver.submit("Banjarmasin \"><img src=x onerror=alert(1)>", Reach.REGIONAL, "lapas-banjarmasin",
        List.of(Category.PELARIAN), "Napi kabur <script>alert('judul')</script>", "Seorang napi kabur dari lapas.")
        .caseId();
    String sumsel = session("kakanwil.sumsel");
    for (String path : List.of("/papan/kasus/" + kalsel, "/papan/kasus/" + kalsel + "/",
        "/papan/kasus/" + kalsel + ";x=1", "/papan/kasus/" + kalsel.toLowerCase())) {
      ResponseEntity<String> answer = page(sumsel, path);
      assertThat(answer.getStatusCode().value()).as(path).isIn(400, 404);
      assertThat(answer.getBody() == null ? "" : answer.getBody()).as(path).doesNotContain("Napi kabur");
    }
    for (String board : List.of("/papan", "/papan/", "/papan?wilayah=", "/papan;x=1")) {
      assertThat(page(sumsel, board).getBody()).as(board).doesNotContain(kalsel);
    }
    assertThat(page(sumsel, "/papan?wilayah=kalsel").getStatusCode().value()).isEqualTo(403);
    assertThat(page(sumsel, "/papan?wilayah=sumsel&wilayah=kalsel").getStatusCode().value()).isEqualTo(400);
    assertThat(page(sumsel, "/papan/kinerja?wilayah=kalsel").getStatusCode().value()).isEqualTo(403);

    // in its own lane the case shows, its title and outlet as text, never as markup
    ResponseEntity<String> own = page(session("kasubag.kalsel"), "/papan/kasus/" + kalsel);
    assertThat(own.getStatusCode().value()).isEqualTo(200);
    assertThat(own.getBody()).contains("Napi kabur &lt;script&gt;").doesNotContain("<script>alert")
        .doesNotContain("<img src=x");
    assertThat(own.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(own.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(own.getHeaders().getCacheControl()).isEqualTo("no-store");

    // a user with no humas or pimpinan group is refused the pages
    String monitor = session("monitor");
    for (String path : List.of("/papan", "/papan/kinerja", "/papan/kasus/" + kalsel)) {
      ResponseEntity<String> answer = page(monitor, path);
      assertThat(answer.getStatusCode().value()).as("monitor " + path).isEqualTo(403);
      assertThat(answer.getBody()).as("monitor " + path).doesNotContain("Napi kabur");
    }
  }

  @Test
  void theLoginFormReturnsOnlyToThisSitesBoard() {
    for (String next : List.of("//evil.example", "/\\evil.example", "%2F%2Fevil.example", "javascript:alert(1)",
        "https://evil.example/papan", "/papan@evil.example", "/papan//evil.example", "/papan/../evil",
        "/papan\r\nSet-Cookie: x=1", "/papan/\\\\evil.example", "  //evil.example")) {
      ResponseEntity<String> login = login("humas.pusat", next);
      assertThat(login.getStatusCode().value()).as(next).isEqualTo(302);
      java.net.URI location = login.getHeaders().getLocation();
      assertThat(location.getHost()).as(next).isIn(null, "localhost");
      assertThat(location.getPath()).as(next).startsWith("/papan").doesNotContain("//").doesNotContain("\\")
          .doesNotContain("evil");
      assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE).toString()).as(next).doesNotContain("x=1");
    }
  }

  @Test
  void loginAndLogoutNeedTheFormTokenAndLoginRenewsTheSession() {
    String[] form = form();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, form[0]);
    // a login forged from another site (no token, or a wrong one) logs nobody in
    for (String token : List.of("", "0000", form[1] + "0")) {
      ResponseEntity<String> forged = noRedirects().exchange("/papan/masuk", HttpMethod.POST,
          new HttpEntity<>("username=humas.pusat&password=demo&csrf=" + token, headers), String.class);
      assertThat(forged.getStatusCode().value()).as("token '" + token + "'").isEqualTo(200);
      assertThat(page(form[0], "/papan").getStatusCode().value()).as("token '" + token + "'").isEqualTo(302);
    }
    ResponseEntity<String> login = noRedirects().exchange("/papan/masuk", HttpMethod.POST,
        new HttpEntity<>("username=humas.pusat&password=demo&csrf=" + form[1], headers), String.class);
    assertThat(login.getStatusCode().value()).isEqualTo(302);
    String cookie = login.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    assertThat(cookie).as("a new session id after login").isNotEqualTo(form[0]);
    assertThat(page(form[0], "/papan").getStatusCode().value()).as("the planted session stays anonymous")
        .isEqualTo(302);
    assertThat(page(cookie, "/papan").getStatusCode().value()).isEqualTo(200);

    // a logout forged from another site leaves the session as it was
    HttpHeaders logout = new HttpHeaders();
    logout.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    logout.add(HttpHeaders.COOKIE, cookie);
    noRedirects().exchange("/papan/keluar", HttpMethod.POST, new HttpEntity<>("csrf=", logout), String.class);
    assertThat(page(cookie, "/papan").getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void theKpiCsvKeepsEveryUnitOnItsOwnRowAndNoCellIsAFormula() {
    // was: a name with two line breaks went out unquoted (a regex "." stops at a line break), so its second line
    // became a row of its own, starting with a formula; a leading tab or carriage return was not neutralised
    UnitKpi smuggled = new UnitKpi("lapas-x", "Lapas\n=HYPERLINK(\"http://evil.example\")\nakhir", "sumsel", 1, 0, null,
        0, null, 0, 0, null, 0);
    UnitKpi tab = new UnitKpi("lapas-y", "\t=1+1", "sumsel", 1, 0, null, 0, null, 0, 0, null, 0);
    UnitKpi cr = new UnitKpi("lapas-z", "\r=1+1", "sumsel", 1, 0, null, 0, null, 0, 0, null, 0);
    UnitKpi total = new UnitKpi(null, "Semua satker", null, 3, 0, null, 0, null, 0, 0, null, 0);
    String csv = KpiCsv.of(new KpiReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), "sumsel", "WIB",
        List.of(smuggled, tab, cr), total, List.of(), Map.of()));
    List<List<String>> records = parse(csv);
    assertThat(records).as(csv).hasSize(5); // header, three units, total
    assertThat(records.get(1).get(1)).isEqualTo("Lapas\n=HYPERLINK(\"http://evil.example\")\nakhir");
    for (List<String> record : records) {
      assertThat(record).as(csv).hasSize(12);
      for (String cell : record) {
        assertThat(cell).as(csv).doesNotStartWith("=").doesNotStartWith("\t").doesNotStartWith("\r")
            .doesNotStartWith("+").doesNotStartWith("@");
      }
    }
  }

  /** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> records = new java.util.ArrayList<>();
    List<String> record = new java.util.ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new java.util.ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    return records;
  }
}
