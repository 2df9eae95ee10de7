package id.siagahumas.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The auditor's inventory: every endpoint the application maps (our API, the engine REST API, the webapp
 * API) is called anonymously and with a role that must not succeed. Any unexpected success fails.
 */
@SiagaSpringTest
class EndpointInventoryTest {

  /** Who may call each of our endpoints; everyone else must be refused. */
  private static final Set<String> INTAKE = Set.of("POST /api/stories", "POST /api/stories/classify");

  @Autowired TestRestTemplate rest;
  @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;
  @Autowired CaseDriver driver;

  private ResponseEntity<String> call(String user, HttpMethod method, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = method == HttpMethod.GET ? null : "{\"url\":\"https://a.example/x\",\"outlet\":\"A\",\"title\":\"B\","
        + "\"body\":\"C\",\"publishedAt\":\"2026-10-01T07:00:00+07:00\"}";
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** Our API: every mapped method and path, with path variables filled in. */
  private List<String[]> ownEndpoints() {
    List<String[]> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : e.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        for (var method : e.getKey().getMethodsCondition().getMethods()) {
          endpoints.add(new String[] {method.name(), pattern.replace("{caseId}", "KRS-2026-000001").replace("{version}", "1")
              .replace("{code}", "lapas-palembang").replace("{name}", "Kompas")});
        }
      }
    }
    return endpoints;
  }

  @Test
  void ourApiRefusesAnonymousCallersAndWrongRoles() {
    driver.user("tamu", new String[0]); // a user in no group at all
    List<String[]> endpoints = ownEndpoints();
    assertThat(endpoints).extracting(e -> e[0] + " " + e[1]).contains("POST /api/stories", "GET /api/cases",
        "GET /api/cases/KRS-2026-000001", "GET /api/units", "GET /api/media-partners", "POST /api/stories/classify",
        "PUT /api/units/lapas-palembang", "POST /api/units/import", "PUT /api/media-partners", "GET /api/feeds",
        "POST /api/feeds", "DELETE /api/feeds", "PUT /api/outlets/Kompas", "GET /api/registry-changes",
        "GET /api/reports/kpi", "GET /api/reports/daily");
    for (String[] endpoint : endpoints) {
      HttpMethod method = HttpMethod.valueOf(endpoint[0]);
      String name = endpoint[0] + " " + endpoint[1];
      assertThat(call(null, method, endpoint[1]).getStatusCode().value()).as("anonymous " + name).isEqualTo(401);
      String wrongRole = INTAKE.contains(name.replace("KRS-2026-000001", "{caseId}")) ? "tamu" : "monitor";
      assertThat(call(wrongRole, method, endpoint[1]).getStatusCode().value()).as(wrongRole + " " + name)
          .isEqualTo(403);
    }
  }

  /** The pages for people: every mapped page under /papan, with path variables filled in. */
  private List<String> pages() {
    List<String> pages = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : e.getKey().getPatternValues()) {
        if (pattern.startsWith("/papan") && e.getKey().getMethodsCondition().getMethods()
            .contains(org.springframework.web.bind.annotation.RequestMethod.GET)) {
          pages.add(pattern.replace("{caseId}", "KRS-2026-000001"));
        }
      }
    }
    return pages;
  }

  /** Logs in through the pages' form; returns the session cookie. */
  private String pageSession(String user) {
    ResponseEntity<String> form = rest.getForEntity("/papan/masuk", String.class);
    String cookie = form.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"")
        .matcher(form.getBody());
    assertThat(token.find()).as("the login form carries its token").isTrue();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookie);
    ResponseEntity<String> login = noRedirects().exchange("/papan/masuk", HttpMethod.POST, new HttpEntity<>(
        "username=" + user + "&password=demo&csrf=" + token.group(1), headers), String.class);
    assertThat(login.getStatusCode().value()).as(user + " logs in").isEqualTo(302);
    return login.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
  }

  private ResponseEntity<String> page(String cookie, String path) {
    HttpHeaders headers = new HttpHeaders();
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
    }
    return noRedirects().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private TestRestTemplate noRedirects() {
    return rest.withRedirects(org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
  }

  @Test
  void thePagesSendAnonymousCallersToTheLoginFormAndRefuseOtherRoles() {
    List<String> pages = pages();
    assertThat(pages).contains("/papan", "/papan/kasus/KRS-2026-000001", "/papan/kinerja", "/papan/masuk");
    String monitor = pageSession("monitor");
    String kakanwil = pageSession("kakanwil.sumsel");
    for (String path : pages) {
      if (path.equals("/papan/masuk")) {
        continue; // the login form itself
      }
      ResponseEntity<String> anonymous = page(null, path);
      assertThat(anonymous.getStatusCode().value()).as("anonymous " + path).isEqualTo(302);
      assertThat(anonymous.getHeaders().getLocation().getPath()).as("anonymous " + path).isEqualTo("/papan/masuk");
      assertThat(page(monitor, path).getStatusCode().value()).as("monitor " + path).isEqualTo(403);
      assertThat(page(kakanwil, path).getStatusCode().value()).as("kakanwil " + path).isIn(200, 404);
    }
    // a wrong password or a missing form token logs no one in
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> noToken = rest.exchange("/papan/masuk", HttpMethod.POST,
        new HttpEntity<>("username=kakanwil.sumsel&password=demo", headers), String.class);
    assertThat(noToken.getStatusCode().value()).isEqualTo(200);
    assertThat(noToken.getBody()).contains("Formulir kedaluwarsa");
    // the next page after login stays on this site
    assertThat(page(null, "/papan/masuk?lanjut=https://evil.example/").getBody())
        .doesNotContain("evil.example");
    // another region asked for by name is refused, in the pages as in the API
    assertThat(page(kakanwil, "/papan?wilayah=jatim").getStatusCode().value()).isEqualTo(403);
    assertThat(page(kakanwil, "/papan/kinerja?wilayah=jatim").getStatusCode().value()).isEqualTo(403);
    assertThat(call("kakanwil.sumsel", HttpMethod.GET, "/api/reports/kpi?region=jatim").getStatusCode().value())
        .isEqualTo(403);
    assertThat(call("kakanwil.sumsel", HttpMethod.GET, "/api/reports/kpi?region=sumsel").getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void theEngineRestApiRefusesAnonymousCallersEverywhere() {
    // The REST API's root resources and every sub-resource they route to (/task, /deployment, ...).
    List<String> roots = new ArrayList<>();
    for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
      Path path = resource.getAnnotation(Path.class);
      String root = path == null ? "" : path.value();
      for (java.lang.reflect.Method method : resource.getMethods()) {
        Path sub = method.getAnnotation(Path.class);
        if (sub != null) {
          roots.add((root + "/" + sub.value()).replaceAll("/+", "/").replaceAll("\\{[^}]+}", "default"));
        }
      }
    }
    assertThat(roots).contains("/task", "/process-definition", "/deployment", "/user", "/authorization",
        "/engine/default/task");
    System.out.println("Engine REST resources checked anonymously: " + roots.size());
    for (String root : roots) {
      String url = "/engine-rest" + (root.startsWith("/") ? root : "/" + root);
      for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
        assertThat(call(null, method, url).getStatusCode().value()).as("anonymous " + method + " " + url)
            .isEqualTo(401);
      }
    }
  }

  @Test
  void monitorAndOfficersCannotChangeDefinitionsOrReadOthersData() {
    for (String user : List.of("monitor", "humas.sumsel", "kasubag.jatim")) {
      assertThat(call(user, HttpMethod.POST, "/engine-rest/process-definition/key/crisis-response/start")
          .getStatusCode().is4xxClientError()).as(user + " starts a process directly").isTrue();
      assertThat(call(user, HttpMethod.DELETE, "/engine-rest/process-definition/key/crisis-response")
          .getStatusCode().is2xxSuccessful()).as(user + " deletes the definition").isFalse();
      assertThat(call(user, HttpMethod.GET, "/engine-rest/deployment").getBody()).as(user + " lists deployments")
          .isEqualTo("[]");
      assertThat(call(user, HttpMethod.GET, "/engine-rest/authorization").getBody())
          .as(user + " lists grants").isEqualTo("[]");
    }
    assertThat(call("monitor", HttpMethod.GET, "/engine-rest/task").getBody()).isEqualTo("[]");
    assertThat(call("monitor", HttpMethod.GET, "/engine-rest/history/process-instance").getBody()).isEqualTo("[]");
  }

  @Test
  void theWebappApiRefusesAnonymousCallers() {
    for (String path : List.of("/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/user",
        "/camunda/api/cockpit/plugin/base/default/process-instance", "/camunda/api/admin/auth/user/default",
        "/camunda/api/tasklist/plugin/tasklist-plugin/default/")) {
      assertThat(call(null, HttpMethod.GET, path).getStatusCode().is2xxSuccessful()).as("anonymous GET " + path)
          .isFalse();
    }
    assertThat(call(null, HttpMethod.GET, "/actuator/health").getStatusCode().value()).isEqualTo(200);
  }
}
