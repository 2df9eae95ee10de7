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
        "POST /api/feeds", "DELETE /api/feeds", "PUT /api/outlets/Kompas", "GET /api/registry-changes");
    for (String[] endpoint : endpoints) {
      HttpMethod method = HttpMethod.valueOf(endpoint[0]);
      String name = endpoint[0] + " " + endpoint[1];
      assertThat(call(null, method, endpoint[1]).getStatusCode().value()).as("anonymous " + name).isEqualTo(401);
      String wrongRole = INTAKE.contains(name.replace("KRS-2026-000001", "{caseId}")) ? "tamu" : "monitor";
      assertThat(call(wrongRole, method, endpoint[1]).getStatusCode().value()).as(wrongRole + " " + name)
          .isEqualTo(403);
    }
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
