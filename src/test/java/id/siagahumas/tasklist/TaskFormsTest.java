package id.siagahumas.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.support.SiagaSpringTest;
import id.siagahumas.intake.Category;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
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
          "Terdeteksi karena", "cerita[0].evidence",
          "data-key-time=\"").doesNotContain("[[");
    }
  }

  /** The engine accepts on completion exactly the fields each task's form submits (formFields in the model). */
  @Test
  void eachUserTaskDeclaresExactlyTheFieldsOfItsForm() throws Exception {
    BpmnModelInstance model;
    try (var in = new ClassPathResource("crisis-response.bpmn").getInputStream()) {
      model = Bpmn.readModelFromStream(in);
    }
    var userTasks = model.getModelElementsByType(UserTask.class);
    assertThat(userTasks).hasSize(6);
    for (UserTask task : userTasks) {
      String form = task.getCamundaFormKey().replace("embedded:app:forms/", "").replace(".html", "");
      String page = rest.getForObject("/forms/" + form + ".html", String.class);
      Set<String> submitted = new TreeSet<>();
      Matcher names = Pattern.compile("cam-variable-name=\"([^\"]+)\"").matcher(page);
      while (names.find()) {
        submitted.add(names.group(1));
      }
      Set<String> declared = task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
          .singleResult().getCamundaProperties().stream().filter(p -> "formFields".equals(p.getCamundaName()))
          .flatMap(p -> Arrays.stream(p.getCamundaValue().split("\\s+"))).collect(Collectors.toCollection(TreeSet::new));
      assertThat(declared).as(task.getId()).isNotEmpty().isEqualTo(submitted);
    }
  }

  /** Codes are shown as words: one table (Labels) in the served forms, with words for every code a form offers. */
  @Test
  void theFormsShowWordsForEveryCodeFromOneTable() throws Exception {
    String header = rest.getForObject("/forms/verify-facts.html", String.class);
    assertThat(header).contains("\"PUNGLI\":\"Pungutan liar\"", "\"SEBAGIAN\":\"Sebagian benar\"",
        "labelList('categories', kasus.categories)", "label('stages', tahap)").doesNotContain("{{ kasus.categories }}");
    assertThat(rest.getForObject("/forms/draft-statement.html", String.class))
        .contains("label('verdicts', kasus.verdict)");
    assertThat(rest.getForObject("/forms/approve-statement.html", String.class))
        .contains("label('statementTypes', kasus.statementType)");
    Map<String, Map<String, String>> tableOfField = Map.of("verdict", Labels.VERDICTS,
        "statementType", Labels.STATEMENT_TYPES, "outcome", Labels.OUTCOMES);
    for (String form : new String[] {"verify-facts", "draft-statement", "review-coverage"}) {
      String page = rest.getForObject("/forms/" + form + ".html", String.class);
      Matcher select = Pattern.compile("<select id=\"(verdict|statementType|outcome)\"(.*?)</select>", Pattern.DOTALL)
          .matcher(page);
      assertThat(select.find()).as(form).isTrue();
      Matcher option = Pattern.compile("<option value=\"([A-Z_]+)\"").matcher(select.group(2));
      while (option.find()) {
        assertThat(tableOfField.get(select.group(1))).as(form + " " + option.group(1)).containsKey(option.group(1));
      }
    }
    for (Category category : Category.values()) {
      assertThat(Labels.of(Labels.CATEGORIES, category.name())).as(category.name()).isNotEqualTo(category.name());
    }
    BpmnModelInstance model;
    try (var in = new ClassPathResource("crisis-response.bpmn").getInputStream()) {
      model = Bpmn.readModelFromStream(in);
    }
    assertThat(Labels.STAGES).containsKeys(model.getModelElementsByType(UserTask.class).stream()
        .map(UserTask::getId).toArray(String[]::new)).containsKeys("triage", "publishing", "closed");
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
