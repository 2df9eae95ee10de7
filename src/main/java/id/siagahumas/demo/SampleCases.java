package id.siagahumas.demo;

import id.siagahumas.intake.Category;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.intake.IntakeService;
import id.siagahumas.intake.IntakeStatus;
import id.siagahumas.intake.Source;
import id.siagahumas.intake.StoryInput;
import id.siagahumas.letters.Placeholders;
import id.siagahumas.registry.Reach;
import id.siagahumas.setup.StartupLock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo profile, first start: an empty database gets a handful of sample cases at different stages (new, verified,
 * awaiting approval, published) in two regions (sumsel, WIB, and kalsel, WITA), so a new user sees the work at
 * once. The stories are invented and marked as such: title prefix {@value #TITLE_PREFIX}, outlet
 * {@value #OUTLET}, addresses on {@code .example}. They go through intake and the process like any story; the
 * officers' steps are taken as the demo users. {@code siaga.demo.sample-cases=false} turns it off (tests and
 * benchmarks do, as they count cases).
 *
 * <p>Nodes starting together: under the start-up lock, the first node that finds no case and no mark sets the
 * mark (an engine property) and creates the samples; the others find the mark and skip.
 */
@Component
@Profile("demo")
public class SampleCases {

  static final String TITLE_PREFIX = "[CONTOH] ";
  static final String OUTLET = "Contoh Media";
  static final String MARK = "siaga.demo.sample-cases";
  static final String DISCLAIMER = "Berita contoh untuk mencoba Siaga Humas; bukan peristiwa nyata. ";
  private static final Logger log = LoggerFactory.getLogger(SampleCases.class);
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** How far a sample case is taken through the process. */
  enum Stage { NEW, VERIFIED, AWAITING_APPROVAL, PUBLISHED }

  /** One invented story and the stage its case is taken to. */
  record Sample(String slug, String unitCode, String region, Category category, Stage stage, String verdict,
      String title, String body) {
  }

  static final List<Sample> SAMPLES = List.of(
      new Sample("keributan-lapas-palembang", "lapas-palembang", "sumsel", Category.KERUSUHAN, Stage.NEW, null,
          "Keributan Antarblok di Lapas Palembang, Dua Warga Binaan Luka",
          "Keributan pecah antara penghuni dua blok hunian Lapas Kelas I Palembang pada Selasa malam. Dua warga "
              + "binaan dilaporkan luka dan dibawa ke klinik. Petugas disebut menambah penjagaan."),
      new Sample("antrean-kunjungan-rutan-palembang", "rutan-palembang", "sumsel", Category.PELAYANAN, Stage.NEW,
          null, "Antrean Layanan Kunjungan Rutan Palembang Dikeluhkan Keluarga",
          "Keluarga tahanan Rutan Kelas I Palembang mengeluhkan antrean layanan kunjungan yang mengular sejak pagi. "
              + "Sebagian pengunjung mengaku menunggu lebih dari tiga jam."),
      new Sample("pungutan-lapas-muara-enim", "lapas-muara-enim", "sumsel", Category.PUNGLI, Stage.VERIFIED,
          "SEBAGIAN", "Keluarga Napi Lapas Muara Enim Mengaku Dimintai Uang Titipan",
          "Seorang keluarga warga binaan Lapas Kelas IIB Muara Enim mengaku dimintai uang saat menitipkan barang. "
              + "Pihak lapas disebut belum memberi keterangan."),
      new Sample("razia-ponsel-lapas-sekayu", "lapas-sekayu", "sumsel", Category.PONSEL_ILEGAL,
          Stage.AWAITING_APPROVAL, "FAKTA", "Razia Temukan Belasan Ponsel di Blok Hunian Lapas Sekayu",
          "Razia gabungan di Lapas Kelas IIB Sekayu menemukan belasan telepon genggam di blok hunian. Petugas "
              + "menyita seluruh ponsel dan memeriksa asal barang tersebut."),
      new Sample("narkoba-lapas-banjarmasin", "lapas-banjarmasin", "kalsel", Category.NARKOBA, Stage.PUBLISHED,
          "TIDAK_BENAR", "Sabu Disebut Beredar Bebas di Lapas Banjarmasin",
          "Sebuah unggahan menyebut sabu beredar bebas di Lapas Kelas IIA Banjarmasin. Unggahan itu ramai dibagikan "
              + "tanpa menyebut sumber yang jelas."),
      new Sample("kepadatan-rutan-banjarmasin", "rutan-banjarmasin", "kalsel", Category.OVERKAPASITAS, Stage.NEW,
          null, "Rutan Banjarmasin Dihuni Tiga Kali Lipat Kapasitas",
          "Jumlah tahanan Rutan Kelas IIA Banjarmasin disebut mencapai tiga kali lipat kapasitasnya. Tahanan tidur "
              + "bergantian di kamar hunian yang sesak."));

  private final boolean enabled;
  private final IntakeService intake;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final JdbcClient jdbc;
  private final CommandExecutor engineCommand;
  private final StartupLock startupLock;

  public SampleCases(@Value("${siaga.demo.sample-cases:true}") boolean enabled, IntakeService intake,
      RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity,
      JdbcClient jdbc, ProcessEngineConfigurationImpl engineConfiguration, StartupLock startupLock) {
    this.enabled = enabled;
    this.intake = intake;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.jdbc = jdbc;
    this.engineCommand = engineConfiguration.getCommandExecutorTxRequired();
    this.startupLock = startupLock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void createOnFirstStart() {
    if (!enabled) {
      return;
    }
    if (!claimEmptyDatabase()) {
      return;
    }
    long start = System.nanoTime();
    try {
      List<String> created = createAll();
      log.info("Sample cases ready: {} ({} ms), invented stories titled {}; siaga.demo.sample-cases=false turns "
          + "this off", created, (System.nanoTime() - start) / 1_000_000, TITLE_PREFIX.strip());
    } catch (RuntimeException e) {
      // a demo aid: the application runs on without the remaining samples
      log.warn("Sample cases not all created: {}", e.toString());
    }
  }

  /** Creates every sample case and takes it to its stage; returns the case ids in the order of {@link #SAMPLES}. */
  public List<String> createAll() {
    // the address makes each run's stories new (not duplicates of an earlier run's), e.g. after a restore
    String run = Long.toString(System.currentTimeMillis(), 36);
    List<String> caseIds = new java.util.ArrayList<>();
    for (Sample sample : SAMPLES) {
      caseIds.add(create(sample, run));
    }
    return caseIds;
  }

  /** True for the one node that finds the database without cases and without the mark; it sets the mark. */
  boolean claimEmptyDatabase() {
    return engineCommand.execute(commandContext -> {
      startupLock.acquire();
      if (management.getProperties().containsKey(MARK)
          || jdbc.sql("SELECT COUNT(*) FROM crisis_case").query(Long.class).single() > 0) {
        return false;
      }
      management.setProperty(MARK, "created " + java.time.Instant.now());
      return true;
    });
  }

  private String create(Sample sample, String run) {
    IntakeResult result = intake.submit(new StoryInput("https://contoh-media.example/berita/" + run + "/"
        + sample.slug(), OUTLET,
        TITLE_PREFIX + sample.title(), DISCLAIMER + sample.body(),
        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30), Reach.LOKAL, sample.unitCode(),
        List.of(sample.category()), Source.MANUAL), "monitor");
    if (result.status() != IntakeStatus.NEW_CASE) {
      throw new IllegalStateException("Sample " + sample.slug() + " did not open a case: " + result.status());
    }
    String caseId = result.caseId();
    String officer = "humas." + sample.region();
    if (sample.stage() == Stage.NEW) {
      awaitTask(caseId, "verifyFacts");
      return caseId;
    }
    complete(awaitTask(caseId, "verifyFacts"), officer, Map.of("verdict", sample.verdict(), "facts",
        "Contoh hasil verifikasi: petugas humas telah mengonfirmasi kepada kepala satker dan memeriksa catatan "
            + "pengamanan.", "respond", true));
    Task draft = awaitTask(caseId, "draftStatement");
    if (sample.stage() == Stage.VERIFIED) {
      return caseId;
    }
    String statement = filled((String) tasks.getVariable(draft.getId(), "statement"));
    complete(draft, officer, Map.of("statement", statement,
        "statementType", tasks.getVariable(draft.getId(), "statementType")));
    Task approval = awaitTask(caseId, "approveStatement");
    if (sample.stage() == Stage.AWAITING_APPROVAL) {
      return caseId;
    }
    complete(approval, "kasubag." + sample.region(), Map.of("approved", true, "approvalComment",
        "Contoh persetujuan."));
    awaitPublished(caseId);
    return caseId;
  }

  /** The draft with each gap filled as an officer would, so that the sample can be approved. */
  static String filled(String draft) {
    String text = draft.replaceAll("\\[([^\\[\\]\\n]{0,120})]", "$1: telah dilaksanakan (contoh)");
    for (String gap : Placeholders.in(text)) {
      text = text.replace(gap, "");
    }
    return text;
  }

  /** Completes the task as the user would in Tasklist: authenticated with their groups, claimed first. */
  private void complete(Task task, String userId, Map<String, Object> variables) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      tasks.claim(task.getId(), userId);
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Waits for the case's task, running the case's due jobs (the triage after intake) where the job executor has
   * not taken them yet.
   */
  private Task awaitTask(String caseId, String taskKey) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey)
          .singleResult();
      if (task != null) {
        return task;
      }
      runDueJobs(caseId, deadline, "task " + taskKey);
    }
  }

  /** Waits until the statement is published: the publish job has run (by this node or the job executor). */
  private void awaitPublished(String caseId) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (runtime.getVariable(instance(caseId).getId(), "statementPublishedAt") == null) {
      runDueJobs(caseId, deadline, "publication");
    }
  }

  private void runDueJobs(String caseId, long deadline, String awaited) {
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException("Sample case " + caseId + ": no " + awaited + " within " + WAIT);
    }
    for (Job job : management.createJobQuery().processInstanceId(instance(caseId).getId()).executable().list()) {
      if (job instanceof JobEntity entity && entity.getLockOwner() != null) {
        continue; // the job executor has it
      }
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException e) {
        // taken by the job executor meanwhile, or failed (it will retry): wait and look again
        log.debug("Sample case {}: job {} not run here: {}", caseId, job.getId(), e.toString());
      }
    }
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating sample cases", e);
    }
  }

  private ProcessInstance instance(String caseId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
  }
}
