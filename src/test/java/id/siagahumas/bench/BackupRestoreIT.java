package id.siagahumas.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.siagahumas.bench.StagedCases.Stage;
import id.siagahumas.support.PostgresDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The backups README's "Backup and restore" documents, made and restored as an operator would: cases at
 * every stage are made on the packaged jar, backed up, restored into a new H2 file or a new PostgreSQL
 * database, and the jar started on the restore finds every case as it was and works each to its end.
 *
 * <p>The application runs with its outbox dispatcher off until the backup, so the backup holds messages
 * not yet delivered: the restored application delivers them (had the first one delivered them after the
 * backup, they would go out twice — what README says a restore does).
 */
class BackupRestoreIT {

  static final String OUTBOX_OFF = "--siaga.outbox-scheduled=false";

  /** H2: offline, with the application stopped, by H2's Script and RunScript tools from the application jar. */
  @Test
  void anH2FileBackedUpOfflineRestoresIntoANewFileWithEveryCase() throws Exception {
    Path base = Path.of("target/backup-restore/h2");
    PreviousRelease.deleteRecursively(base);
    Path live = base.resolve("live");
    Path restored = base.resolve("restored");
    Path backup = base.resolve("siaga-backup.zip").toAbsolutePath();
    Path jar = SiagaBenchmark.jar();

    Map<Stage, String> caseIds;
    Map<Stage, JsonNode> before;
    long pending;
    try (AppUnderTest app = AppUnderTest.start(jar, live, "512m", "live",
        List.of(StagedCases.JOB_EXECUTOR_OFF, OUTBOX_OFF))) {
      StagedCases cases = new StagedCases(app.client());
      caseIds = cases.create();
      before = cases.snapshots();
      pending = cases.notifications("PENDING");
    }

    // README: stop the application, then H2's Script tool writes the backup ...
    h2Tool(jar, base.resolve("script.log"), "org.h2.tools.Script", "-url", h2Url(live), "-user", "sa",
        "-script", backup.toString(), "-options", "compression", "zip");
    assertThat(backup).isNotEmptyFile();
    // ... and RunScript restores it into a new file.
    h2Tool(jar, base.resolve("runscript.log"), "org.h2.tools.RunScript", "-url", h2Url(restored), "-user", "sa",
        "-script", backup.toString(), "-options", "compression", "zip");
    PreviousRelease.deleteRecursively(live); // the restore stands alone

    try (AppUnderTest app = AppUnderTest.start(jar, restored, "512m", "restored", List.of())) {
      StagedCases cases = new StagedCases(app.client(), caseIds);
      System.out.printf("Backup and restore, H2: %d cases, %d messages pending in the backup (%d bytes)%n",
          cases.listedCases(), pending, Files.size(backup));
      assertRestored(cases, before, pending, restored);
    }
  }

  /** PostgreSQL: pg_dump -Fc while the application runs, pg_restore into a fresh database. */
  @Test
  void aPostgresDumpTakenWhileRunningRestoresIntoAFreshDatabaseWithEveryCase() throws Exception {
    Path base = Path.of("target/backup-restore/postgres");
    PreviousRelease.deleteRecursively(base);
    Files.createDirectories(base);
    Path dump = base.resolve("siaga.dump").toAbsolutePath();
    Path jar = SiagaBenchmark.jar();

    try (PostgresDatabase live = PostgresDatabase.create("siaga_live");
        PostgresDatabase restored = PostgresDatabase.create("siaga_restored")) {
      Map<Stage, String> caseIds;
      Map<Stage, JsonNode> before;
      long pending;
      String afterBackup;
      List<String> liveArguments = new ArrayList<>(postgres(live));
      liveArguments.addAll(List.of(StagedCases.JOB_EXECUTOR_OFF, OUTBOX_OFF));
      try (AppUnderTest app = AppUnderTest.start(jar, base.resolve("live"), "512m", "live", liveArguments)) {
        StagedCases cases = new StagedCases(app.client());
        caseIds = cases.create();
        before = cases.snapshots();
        pending = cases.notifications("PENDING");
        // README: the dump is taken while the application runs
        run(base.resolve("pg_dump.log"), "pg_dump", "-Fc", "-h", live.host(), "-p", String.valueOf(live.port()),
            "-U", live.user(), "-f", dump.toString(), live.name());
        afterBackup = cases.open("lapas-lubuklinggau", "OVERKAPASITAS", "Antaranews Sumsel",
            "Lapas Lubuklinggau Dihuni Tiga Kali Lipat Kapasitas",
            "Lapas Kelas IIA Lubuklinggau kini dihuni hampir tiga kali lipat dari kapasitasnya.");
      }

      run(base.resolve("pg_restore.log"), "pg_restore", "--no-owner", "--exit-on-error", "-h", restored.host(),
          "-p", String.valueOf(restored.port()), "-U", restored.user(), "-d", restored.name(), dump.toString());

      try (AppUnderTest app = AppUnderTest.start(jar, base.resolve("restored"), "512m", "restored",
          postgres(restored))) {
        StagedCases cases = new StagedCases(app.client(), caseIds);
        System.out.printf("Backup and restore, PostgreSQL: %d cases, %d messages pending in the dump (%d bytes)%n",
            cases.listedCases(), pending, Files.size(dump));
        assertThatThrownBy(() -> cases.detail(afterBackup)).as("a case opened after the backup")
            .isInstanceOfSatisfying(SiagaClient.Failed.class, e -> assertThat(e.status).isEqualTo(404));
        assertRestored(cases, before, pending, base);
      }
    }
  }

  /**
   * Every case as it was; the messages pending in the backup delivered; every case worked to its end; and a
   * new story opens a case of its own.
   */
  private static void assertRestored(StagedCases cases, Map<Stage, JsonNode> before, long pending, Path dir)
      throws IOException, InterruptedException {
    assertThat(cases.listedCases()).as("cases listed").isEqualTo(before.size());
    cases.assertIntact(before, dir);
    assertThat(pending).as("messages pending when the backup was taken").isPositive();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (cases.notifications("PENDING") > 0 && System.nanoTime() < deadline) {
      TimeUnit.SECONDS.sleep(1);
    }
    assertThat(cases.notifications("PENDING")).as("messages of the backup still pending").isZero();
    // no mail server here: the restored application records its e-mails (TERCATAT) rather than sending them
    assertThat(cases.notifications("SENT") + cases.notifications("TERCATAT"))
        .as("messages delivered (or recorded) by the restored application")
        .isGreaterThanOrEqualTo(pending);

    cases.workEveryCaseToItsEnd();
    String fresh = cases.open("lapas-pagar-alam", "PELAYANAN", "Detik Sumsel",
        "Antrean Kunjungan Lapas Pagar Alam Dikeluhkan Keluarga",
        "Keluarga warga binaan Lapas Kelas III Pagar Alam mengeluhkan antrean kunjungan yang panjang.");
    assertThat(cases.caseIds().values()).doesNotContain(fresh);
    assertThat(cases.workToEnd(fresh).path("status").asText()).isEqualTo("CLOSED");
  }

  private static List<String> postgres(PostgresDatabase database) {
    List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres"));
    arguments.addAll(database.applicationArguments());
    return arguments;
  }

  private static String h2Url(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/siaga-humas";
  }

  /** One of H2's tools from the application jar, as README shows it. */
  private static void h2Tool(Path jar, Path log, String tool, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", jar.toAbsolutePath().toString(), "-Dloader.main=" + tool,
        "org.springframework.boot.loader.launch.PropertiesLauncher"));
    command.addAll(List.of(arguments));
    run(log, command.toArray(String[]::new));
  }

  private static void run(Path log, String... command) throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException(command[0] + " cannot be run (pg_dump and pg_restore come with Debian's "
          + "postgresql-client)", e);
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(String.join(" ", command) + " took over 5 minutes; see " + log);
    }
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n"
        + Files.readString(log, StandardCharsets.UTF_8)).isZero();
  }
}
