package id.siagahumas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.siagahumas.support.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.FileSystemUtils;

/**
 * A crash as an operator meets it: eight clients post stories to the packaged jar, the process is killed with
 * SIGKILL mid-stream, and a restart on the same database must know every story that was answered 200/201
 * (reposting it answers DUPLICATE), every case must leave triage, and no incident may be left. Runs on the
 * embedded H2 file and, with {@code siaga.crash.databases=h2,postgres} (Maven profile {@code postgres-tests}), on
 * a fresh PostgreSQL database too (profile {@code postgres}).
 */
class CrashSafetyIT {

  static final int CLIENTS = 8;
  static final long POSTING_MILLIS = 8_000;
  static final int MIN_ACKNOWLEDGED = 20;
  /**
   * How long the cases may take to leave triage after the restart. A triage job that the killed process had
   * taken is released when the node comes back under its name (setup/JobLocksOfThisNode), not after Camunda's
   * lock time of 5 minutes; the time is for a loaded machine.
   */
  static final long TRIAGE_SECONDS = 120;

  /** The databases of this run: system property {@code siaga.crash.databases}, {@code h2} by default. */
  static List<String> databases() {
    List<String> databases = Arrays.stream(System.getProperty("siaga.crash.databases", "h2").split(","))
        .map(String::trim).filter(d -> !d.isEmpty()).toList();
    for (String database : databases) {
      if (!List.of("h2", "postgres").contains(database)) {
        throw new IllegalArgumentException("siaga.crash.databases: h2 or postgres, not " + database);
      }
    }
    return databases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void everyAcknowledgedStorySurvivesKillDashNine(String database) throws Exception {
    Path dataDir = Path.of("target/crash-safety-" + database);
    FileSystemUtils.deleteRecursively(dataDir);
    Files.createDirectories(dataDir);
    if (database.equals("postgres")) {
      try (PostgresDatabase postgres = PostgresDatabase.create("siaga_crash")) {
        // The node restarts under its name (as a cluster node does), not under the host and the test's random port.
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres",
            "--siaga.node-id=crash-node"));
        arguments.addAll(postgres.applicationArguments());
        crashAndRestart(database, dataDir, arguments);
      }
    } else {
      crashAndRestart(database, dataDir, List.of());
    }
  }

  private static void crashAndRestart(String database, Path dataDir, List<String> arguments) throws Exception {
    BenchStories stories = new BenchStories();
    List<Map<String, Object>> acknowledged = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger nextIncident = new AtomicInteger();

    AppUnderTest app = AppUnderTest.start(SiagaBenchmark.jar(), dataDir, "512m", "before-crash", arguments);
    AtomicBoolean posting = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      clients.submit(() -> {
        while (posting.get()) {
          // a new incident each time (a new case and its triage job), and for every third one a second
          // outlet's report that joins its case (the relatedStory message)
          BenchStories.Incident incident = stories.incident(nextIncident.getAndIncrement());
          List<Map<String, Object>> reports = incident.number() % 3 == 0
              ? List.of(stories.firstReport(incident), stories.secondReport(incident))
              : List.of(stories.firstReport(incident));
          for (Map<String, Object> story : reports) {
            try {
              app.client().post("monitor", "/api/stories", story);
              acknowledged.add(story);
            } catch (RuntimeException refusedOrCut) {
              // not acknowledged: the crash may have cut it, then it need not exist
            }
          }
        }
      });
    }
    // The crash comes mid-stream: POSTING_MILLIS after the first answer (a loaded machine may take a while to
    // warm up), and not before MIN_ACKNOWLEDGED stories were answered.
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (acknowledged.isEmpty() && System.nanoTime() < waitUntil) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    TimeUnit.MILLISECONDS.sleep(POSTING_MILLIS);
    while (acknowledged.size() < MIN_ACKNOWLEDGED && System.nanoTime() < waitUntil) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    app.kill();
    posting.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    List<Map<String, Object>> before = List.copyOf(acknowledged);
    assertThat(before).as("stories acknowledged before the crash").hasSizeGreaterThanOrEqualTo(MIN_ACKNOWLEDGED);

    try (AppUnderTest restarted = AppUnderTest.start(SiagaBenchmark.jar(), dataDir, "512m", "after-crash",
        arguments)) {
      long restartedAt = System.nanoTime();
      List<Object> lost = new ArrayList<>();
      for (Map<String, Object> story : before) {
        JsonNode answer = restarted.client().post("monitor", "/api/stories", story);
        if (!"DUPLICATE".equals(answer.path("status").asText())) {
          lost.add(story.get("url"));
        }
      }

      long deadline = restartedAt + TimeUnit.SECONDS.toNanos(TRIAGE_SECONDS);
      int cases;
      int inTriage;
      int inTriageAtFirst = -1;
      do {
        cases = 0;
        inTriage = 0;
        JsonNode page;
        for (int p = 0; (page = restarted.client().get("humas.pusat", "/api/cases?status=OPEN&size=1000&page=" + p)
            .path("items")).size() > 0; p++) {
          for (JsonNode c : page) {
            cases++;
            if ("triage".equals(restarted.client().get("humas.pusat", "/api/cases/" + c.path("caseId").asText())
                .path("stage").asText())) {
              inTriage++;
            }
          }
        }
        if (inTriageAtFirst < 0) {
          inTriageAtFirst = inTriage;
        }
        if (inTriage > 0) {
          TimeUnit.SECONDS.sleep(5);
        }
      } while (inTriage > 0 && System.nanoTime() < deadline);
      double triageSeconds = (System.nanoTime() - restartedAt) / 1e9;
      long incidents = restarted.client().get("admin", "/engine-rest/incident/count").path("count").asLong(-1);
      long failedJobs = restarted.client().get("admin", "/engine-rest/job/count?withException=true").path("count")
          .asLong(-1);

      System.out.printf("Crash safety on %s: %d stories acknowledged before kill -9, %d found after the restart "
              + "(%d lost); %d open cases, %d in triage once the stories were checked, %d at %.0f s after the restart; %d incidents, "
              + "%d jobs that failed%n",
          database, before.size(), before.size() - lost.size(), lost.size(), cases, inTriageAtFirst, inTriage,
          triageSeconds, incidents, failedJobs);
      assertThat(lost).as("acknowledged stories lost by the crash on " + database).isEmpty();
      assertThat(cases).as("open cases after the restart on " + database).isPositive();
      assertThat(inTriage).as("cases still waiting for their triage after the restart on " + database).isZero();
      assertThat(incidents).as("incidents after the restart on " + database).isZero();
    }
  }
}
