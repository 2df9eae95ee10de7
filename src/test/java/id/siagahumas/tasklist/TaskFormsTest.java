package id.siagahumas.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.support.SiagaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The forms Tasklist loads: the shared case header filled in, the unit list from the registry. */
@SiagaSpringTest
class TaskFormsTest {

  @Autowired TestRestTemplate rest;

  @Test
  void everyFormHasTheCaseHeaderAndItsKeyTime() {
    for (String form : new String[] {"assign-unit", "verify-facts", "draft-statement", "approve-statement",
        "approve-statement-head", "review-coverage"}) {
      ResponseEntity<String> page = rest.getForEntity("/forms/" + form + ".html", String.class);
      assertThat(page.getStatusCode().value()).as(form).isEqualTo(200);
      assertThat(page.getBody()).as(form).contains("<pre class=\"siaga-story\"", "{{ kasus.storyBody }}",
          "data-key-time=\"").doesNotContain("[[");
    }
  }

  @Test
  void theUnitListComesFromTheRegistry() {
    String page = rest.getForObject("/forms/assign-unit.html", String.class);
    assertThat(page).contains("<option value=\"lapas-palembang\">Lapas Kelas I Palembang</option>",
        "<option value=\"lapas-amuntai\">Lapas Kelas IIB Amuntai</option>");
  }

  @Test
  void onlyFormsAreServed() {
    for (String path : new String[] {"/forms/case-header.partial.html", "/forms/nope.html",
        "/forms/..%2Fapplication.yaml", "/forms/Verify-Facts.html"}) {
      assertThat(rest.getForEntity(path, String.class).getStatusCode().is2xxSuccessful()).as(path).isFalse();
    }
  }
}
