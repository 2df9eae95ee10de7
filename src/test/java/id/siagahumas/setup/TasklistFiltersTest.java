package id.siagahumas.setup;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.intake.Category;
import id.siagahumas.intake.Headline;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.registry.Reach;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tasklist's filters list each task with its case, unit, severity and headline, the most severe first; a database
 * whose filters an older release made gets them updated in place at start-up, not duplicated.
 */
@SiagaSpringTest
class TasklistFiltersTest {

  @Autowired FilterService filters;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired AccessSetup accessSetup;
  @Autowired ListedVariablesBackfill backfill;
  @Autowired org.camunda.bpm.engine.ManagementService management;
  @Autowired CaseDriver driver;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  @Test
  void theGroupFilterListsTheCaseAndPutsTheMostSevereFirst() {
    IntakeResult rendah = driver.submit("Palembang Pos", Reach.LOKAL, "lapas-palembang", List.of(Category.PELAYANAN),
        "Antrean Kunjungan Lapas Palembang Dikeluhkan Keluarga Warga Binaan yang Datang Sejak Subuh dan Baru Dilayani "
            + "Menjelang Siang Hari",
        "Keluarga warga binaan mengeluhkan antrean kunjungan yang panjang.");
    IntakeResult kritis = driver.submit("Sumatera Ekspres", Reach.REGIONAL, "rutan-palembang",
        List.of(Category.KERUSUHAN), "Kerusuhan di Rutan Palembang", "Kerusuhan pecah di blok hunian Rutan Palembang.");

    // the RENDAH task falls due first: the filter still lists the KRITIS one above it
    Task low = driver.task(rendah.caseId(), "verifyFacts");
    tasks.setDueDate(low.getId(), new java.util.Date(driver.task(kritis.caseId(), "verifyFacts").getDueDate().getTime()
        - 60_000));

    Filter group = filters.createFilterQuery().filterName("Tugas Grup").singleResult();
    identity.setAuthentication("humas.sumsel", groupsOf("humas.sumsel"));
    List<Task> listed;
    try {
      listed = filters.list(group.getId());
    } finally {
      identity.clearAuthentication();
    }
    assertThat(listed).extracting(t -> tasks.getVariable(t.getId(), "listedCaseId"))
        .as("the KRITIS case above the RENDAH one").containsSubsequence(kritis.caseId(), rendah.caseId());
    assertThat(listed.get(0).getPriority()).isEqualTo(100);

    @SuppressWarnings("unchecked")
    List<Map<String, String>> columns = (List<Map<String, String>>) group.getProperties().get("variables");
    assertThat(columns).extracting(c -> c.get("label")).containsExactly("Kasus", "Satker", "Tingkat", "Berita");
    // As Tasklist's list reads them (engine REST, filter list with variables): with the officer's rights, from the
    // scopes of the listed tasks.
    Map<String, Object> shown = new java.util.HashMap<>();
    identity.setAuthentication("humas.sumsel", groupsOf("humas.sumsel"));
    try {
      Task task = driver.task(rendah.caseId(), "verifyFacts");
      runtime.createVariableInstanceQuery()
          .variableNameIn(columns.stream().map(c -> c.get("name")).toArray(String[]::new))
          .variableScopeIdIn(task.getId(), task.getExecutionId(), task.getProcessInstanceId()).list()
          .forEach(v -> shown.put(v.getName(), v.getValue()));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(shown).containsEntry("listedCaseId", rendah.caseId())
        .containsEntry("listedUnit", "Lapas Kelas I Palembang").containsEntry("listedSeverity", "RENDAH");
    String headline = (String) shown.get("listedHeadline");
    assertThat(headline).hasSizeLessThanOrEqualTo(Headline.MAX_CHARS).startsWith("Antrean Kunjungan").endsWith("\u2026");
  }

  @Test
  void filtersOfAnOlderReleaseAreUpdatedNotDuplicated() {
    Filter mine = filters.createFilterQuery().filterName("Tugas Saya").singleResult();
    // as the previous release saved it: no version, other columns, the query without ordering
    mine.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    mine.setProperties(Map.of("description", "Tugas yang sudah Anda klaim", "priority", -10, "refresh", true,
        "variables", List.of(Map.of("name", "storyOutlet", "label", "Media"))));
    filters.saveFilter(mine);

    accessSetup.create(null);

    assertThat(filters.createFilterQuery().filterName("Tugas Saya").list()).singleElement().satisfies(updated -> {
      assertThat(updated.getId()).isEqualTo(mine.getId());
      assertThat(updated.getProperties()).containsEntry(AccessSetup.FILTER_VERSION_PROPERTY, AccessSetup.FILTER_VERSION)
          .containsEntry("variables", AccessSetup.LISTED_VARIABLES);
    });
    assertThat(filters.createFilterQuery().filterName("Tugas Grup").count()).isEqualTo(1);
  }

  @Test
  void tasksOpenedBeforeThisReleaseGetTheirColumnsAndPriorityOnce() {
    IntakeResult kritis = driver.submit("Sumatera Ekspres", Reach.REGIONAL, "rutan-palembang",
        List.of(Category.KEMATIAN), "Tahanan Rutan Palembang Meninggal di Sel", "Seorang tahanan ditemukan meninggal.");
    Task task = driver.task(kritis.caseId(), "verifyFacts");
    // as an earlier release left it: no list columns, the default priority, no mark
    tasks.removeVariablesLocal(task.getId(), List.of("listedCaseId", "listedUnit", "listedSeverity", "listedHeadline"));
    tasks.setPriority(task.getId(), 50);
    management.deleteProperty(ListedVariablesBackfill.MARK);

    assertThat(backfill.run()).isPositive();

    assertThat(tasks.getVariablesLocal(task.getId())).containsEntry("listedCaseId", kritis.caseId())
        .containsEntry("listedUnit", "Rutan Kelas I Palembang").containsEntry("listedSeverity", "KRITIS")
        .containsEntry("listedHeadline", "Tahanan Rutan Palembang Meninggal di Sel");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getPriority()).isEqualTo(100);
    assertThat(backfill.run()).as("once: the mark is set").isZero();
  }

  private List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
  }
}
