package id.siagahumas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.siagahumas.support.PostgresDatabase;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.FileSystemUtils;

/**
 * Two nodes of the packaged jar, started at the same moment on one empty PostgreSQL database, as a cluster
 * comes up after a deployment: both must come up (the schema is created once, under Flyway's lock, and the
 * start-up tasks one after the other). Stories go to either node, each case is worked step by step on
 * alternating nodes, GreenMail must receive every e-mail exactly once, and a timer that falls due while both
 * nodes run fires once.
 */
class ClusterIT {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final int CASES = 4;
  private final BenchStories stories = new BenchStories();

  @Test
  void twoNodesStartedTogetherShareTheWorkAndMailEachMessageOnce() throws Exception {
    Path dir = Path.of("target/cluster");
    FileSystemUtils.deleteRecursively(dir);
    try (PostgresDatabase database = PostgresDatabase.create("siaga_cluster")) {
      List<String> arguments = new ArrayList<>(database.applicationArguments());
      arguments.addAll(List.of("--spring.profiles.active=demo,postgres", "--spring.mail.host=127.0.0.1",
          "--spring.mail.port=" + greenMail.getSmtp().getPort(), "--siaga.outbox.dispatch-interval=PT1S",
          "--camunda.bpm.job-execution.wait-time-in-millis=500",
          "--camunda.bpm.job-execution.max-wait=2000"));
      List<AppUnderTest> started = startTogether(dir, arguments);
      try (AppUnderTest a = started.get(0); AppUnderTest b = started.get(1)) {
        System.out.printf("Cluster: both nodes ready (%.1f s, %.1f s) on one empty database%n", a.readySeconds(),
            b.readySeconds());
        List<SiagaClient> nodes = List.of(a.client(), b.client());

        Map<String, String> regionOfCase = new HashMap<>();
        for (int i = 0; i < CASES; i++) {
          BenchStories.Incident incident = stories.incident(i);
          JsonNode intake = nodes.get(i % 2).post("monitor", "/api/stories", stories.firstReport(incident));
          assertThat(intake.path("status").asText()).isEqualTo("NEW_CASE");
          regionOfCase.put(intake.path("caseId").asText(), incident.unit().region());
        }
        List<String> caseIds = List.copyOf(regionOfCase.keySet());
        String waiting = caseIds.get(0); // stays in verifyFacts for the timer
        int steps = 0;
        for (String caseId : caseIds.subList(1, caseIds.size())) {
          steps += workToPublication(nodes, caseId, regionOfCase.get(caseId));
        }

        JsonNode reminder = waitFor(() -> {
          JsonNode jobs = a.client().get("admin", "/engine-rest/job?timers=true&activityId=verificationReminderDue"
              + "&processInstanceId=" + instanceId(a.client(), waiting));
          return jobs.isEmpty() ? null : jobs.get(0);
        }, "the verification reminder timer of " + waiting);
        b.client().put("admin", "/engine-rest/job/" + reminder.path("id").asText() + "/duedate",
            Map.of("duedate", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))));
        waitFor(() -> a.client().get("admin", "/engine-rest/job?jobId=" + reminder.path("id").asText()).isEmpty()
            ? Boolean.TRUE : null, "the reminder timer to fire");
        long fired = b.client().get("admin", "/engine-rest/history/activity-instance/count?activityId="
            + "verificationReminderDue&processInstanceId=" + instanceId(a.client(), waiting)).path("count").asLong();

        Map<String, Integer> mails = waitForOutbox(database);
        MimeMessage[] received = greenMail.getReceivedMessages();
        Set<String> receivedIds = new HashSet<>();
        List<String> receivedTwice = new ArrayList<>();
        for (MimeMessage message : received) {
          if (!receivedIds.add(message.getMessageID())) {
            receivedTwice.add(message.getMessageID());
          }
        }
        Set<String> recorded = recordedMessageIds(database);
        System.out.printf("Cluster: %d cases worked in %d steps on alternating nodes; e-mails recorded sent %d, "
            + "received %d, received twice %d; reminder timer fired %d time(s)%n", CASES - 1, steps,
            recorded.size(), received.length, receivedTwice.size(), fired);

        assertThat(fired).as("a due timer fires once with two nodes running").isEqualTo(1);
        assertThat(mails).as("outbox rows by status").doesNotContainKeys("PENDING", "FAILED");
        assertThat(receivedTwice).as("messages mailed twice").isEmpty();
        assertThat(received).as("every e-mail recorded as sent reaches the SMTP server once")
            .hasSize(recorded.size());
        assertThat(receivedIds).containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(recorded).as("press letters and notifications were sent").hasSizeGreaterThan(CASES);
        assertThat(a.client().get("admin", "/engine-rest/incident/count").path("count").asLong())
            .as("incidents").isZero();
      }
    }
  }

  /** Starts both nodes at the same moment; if one fails, the other is stopped before the failure is thrown. */
  private static List<AppUnderTest> startTogether(Path dir, List<String> arguments) throws Exception {
    ExecutorService starting = Executors.newFixedThreadPool(2);
    List<Future<AppUnderTest>> nodes = new ArrayList<>();
    for (String node : List.of("a", "b")) {
      nodes.add(starting.submit(() -> AppUnderTest.start(SiagaBenchmark.jar(), dir.resolve(node), "512m",
          "node-" + node, arguments)));
    }
    starting.shutdown();
    List<AppUnderTest> started = new ArrayList<>();
    Exception failure = null;
    for (Future<AppUnderTest> node : nodes) {
      try {
        started.add(node.get(4, TimeUnit.MINUTES));
      } catch (ExecutionException | TimeoutException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      for (AppUnderTest node : started) {
        node.close();
      }
      throw failure;
    }
    return started;
  }

  /** Works the case's tasks, each step on the other node than the one before; returns the steps taken. */
  private int workToPublication(List<SiagaClient> nodes, String caseId, String region) throws InterruptedException {
    int step = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      SiagaClient node = nodes.get(step % 2);
      JsonNode open = node.get("kasubag." + region, "/engine-rest/task?processInstanceBusinessKey=" + caseId);
      if (!SiagaBenchmark.workTask(node, region, open)) {
        JsonNode detail = node.get("humas.pusat", "/api/cases/" + caseId);
        if (detail.path("publications").size() > 0
            && "TERKIRIM".equals(detail.path("publications").get(0).path("outcome").asText())) {
          return step;
        }
        TimeUnit.MILLISECONDS.sleep(200);
        continue;
      }
      step++;
    }
    throw new IllegalStateException(caseId + " was not published within 120 s");
  }

  private static String instanceId(SiagaClient client, String caseId) {
    JsonNode instances = client.get("admin", "/engine-rest/process-instance?businessKey=" + caseId);
    assertThat(instances).as("process instance of " + caseId).hasSize(1);
    return instances.get(0).path("id").asText();
  }

  /** Waits until the outbox has nothing left to send; returns its rows counted by status. */
  private static Map<String, Integer> waitForOutbox(PostgresDatabase database) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    Map<String, Integer> byStatus;
    do {
      byStatus = new HashMap<>();
      try (Connection connection = database.connect(); Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "select status, count(*) from outbox where kind = 'EMAIL' group by status")) {
        while (rows.next()) {
          byStatus.put(rows.getString(1), rows.getInt(2));
        }
      }
      if (!byStatus.containsKey("PENDING")) {
        TimeUnit.SECONDS.sleep(3); // a message being handed to SMTP right now
        return byStatus;
      }
      TimeUnit.MILLISECONDS.sleep(500);
    } while (System.nanoTime() < deadline);
    return byStatus;
  }

  /** Message-IDs of every e-mail the application recorded as sent: notifications and press letters. */
  private static Set<String> recordedMessageIds(PostgresDatabase database) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Connection connection = database.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select message_id from outbox where kind = 'EMAIL' "
            + "and status = 'SENT' union all select message_id from publication where message_id is not null")) {
      while (rows.next()) {
        assertThat(ids.add(rows.getString(1))).as("Message-ID recorded twice: " + rows.getString(1)).isTrue();
      }
    }
    return ids;
  }

  private interface Probe<T> {
    T get() throws Exception;
  }

  private static <T> T waitFor(Probe<T> probe, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
    throw new IllegalStateException("Waited 60 s for " + what);
  }
}
