package id.siagahumas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.siagahumas.bench.StagedCases.Stage;
import id.siagahumas.support.PostgresDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database written by the previous release ({@link PreviousRelease}, built from its git tag) is opened by
 * this one with every case intact and running. The previous release's jar makes cases at every stage on a
 * fresh database (new and in triage with its job pending, without a unit, verifying, verified, awaiting
 * approval and the head's approval, published with its 24-hour follow-up timer pending, closed) and stops;
 * this release's jar starts on the same database, finds every case as it was (record, stories, statements,
 * publications, history, tasks, jobs, variables), runs the pending triage with its job executor, and every
 * case is worked to its end. Once on the H2 file of the default set-up and once on PostgreSQL.
 *
 * <p>It makes no assumption on how either release creates the engine's tables: the previous release lets
 * the engine create them ({@code schema-update}); a release that creates them by a migration must find them
 * there and leave them be.
 */
class UpgradeIT {

  @Test
  void anH2FileOfThePreviousReleaseOpensWithEveryCaseIntactAndWorkable() throws Exception {
    Path dataDir = Path.of("target/upgrade/h2");
    PreviousRelease.deleteRecursively(dataDir);
    upgrade("H2", dataDir, List.of());
  }

  @Test
  void aPostgresDatabaseOfThePreviousReleaseOpensWithEveryCaseIntactAndWorkable() throws Exception {
    Path dataDir = Path.of("target/upgrade/postgres"); // logs only
    PreviousRelease.deleteRecursively(dataDir);
    try (PostgresDatabase database = PostgresDatabase.create("siaga_upgrade")) {
      List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres"));
      arguments.addAll(database.applicationArguments());
      upgrade("PostgreSQL", dataDir, arguments);
    }
  }

  private static void upgrade(String database, Path dataDir, List<String> arguments) throws Exception {
    Path previous = PreviousRelease.jar();
    Map<Stage, String> caseIds;
    Map<Stage, JsonNode> before;
    int listedBefore;
    List<String> jobsOff = new ArrayList<>(arguments);
    jobsOff.add(StagedCases.JOB_EXECUTOR_OFF);
    try (AppUnderTest app = AppUnderTest.start(previous, dataDir, "512m", "previous-release", jobsOff)) {
      StagedCases cases = new StagedCases(app.client());
      caseIds = cases.create();
      before = cases.snapshots();
      listedBefore = cases.listedCases();
    }

    try (AppUnderTest app = AppUnderTest.start(SiagaBenchmark.jar(), dataDir, "512m", "this-release", arguments)) {
      StagedCases cases = new StagedCases(app.client(), caseIds);
      int listedAfter = cases.listedCases();
      System.out.printf("Upgrade on %s from %s: %d cases before, %d after (%s)%n", database, PreviousRelease.TAG,
          listedBefore, listedAfter, caseIds);
      assertThat(listedAfter).as("cases listed").isEqualTo(listedBefore);
      cases.assertIntact(before, dataDir);
      cases.workEveryCaseToItsEnd();

      // A story after the upgrade opens a case of its own, numbered after the previous release's.
      String fresh = cases.open("lapas-lubuklinggau", "OVERKAPASITAS", "Antaranews Sumsel",
          "Lapas Lubuklinggau Dihuni Tiga Kali Lipat Kapasitas",
          "Lapas Kelas IIA Lubuklinggau kini dihuni hampir tiga kali lipat dari kapasitasnya.");
      assertThat(caseIds.values()).doesNotContain(fresh);
      assertThat(fresh.compareTo(caseIds.get(Stage.CLOSED))).as(fresh + " numbered after the earlier cases")
          .isPositive();
      assertThat(cases.workToEnd(fresh).path("status").asText()).isEqualTo("CLOSED");
    }
  }
}
