package id.siagahumas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import id.siagahumas.support.PostgresDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL goes away for 30 seconds under load and comes back (issue 12). The packaged jar runs on a fresh
 * database reached through {@link PausableTcpProxy}, which resets every connection and refuses new ones while
 * "down" (the shared server itself keeps running). Six clients post stories without pause, two read cases through
 * our API and the engine REST API; a local RSS feed is polled every two seconds and a local chat gateway receives
 * the webhook events. While down, every answer must be 503 with a body in Indonesian and {@code Retry-After}
 * (calls that were running at the cut may still have succeeded; they are counted), never 500. Once the proxy is
 * back, the application must recover without a restart: the time to the first 201 is printed; every story that
 * was acknowledged is known (DUPLICATE on repost); stories, cases and process instances match one to one
 * (nothing half-written); no incident is left; the outbox delivers what was pending at the cut; and the feed
 * poller takes the entries that appeared while the database was away and after.
 */
class DatabaseOutageIT {

  static final int POSTERS = 6;
  static final long OUTAGE_MILLIS = 30_000;
  static final long POSTING_AFTER_RECOVERY_MILLIS = 8_000;
  static final long JOB_LOCK_MILLIS = 20_000;
  static final String HOOK_SECRET = "rahasia-gateway-outage";

  /** One call and its answer; status -1 when no answer came at all. */
  record Call(String kind, long start, long end, int status, String contentType, String retryAfter, JsonNode body,
      String url) {
  }

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
  private final List<String> refusedStories = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Map<String, Object>> storiesByUrl = new ConcurrentHashMap<>();
  private final BenchStories stories = new BenchStories();
  private final AtomicInteger nextIncident = new AtomicInteger();

  @Test
  void postgresOutageAnswers503AndTheApplicationRecoversWithoutRestart() throws Exception {
    Path dataDir = Path.of("target/database-outage");
    FileSystemUtils.deleteRecursively(dataDir);
    try (PostgresDatabase db = PostgresDatabase.create("siaga_outage");
        PausableTcpProxy proxy = PausableTcpProxy.start(db.host(), db.port());
        Feed feed = new Feed();
        Gateway gateway = new Gateway()) {
      List<String> arguments = List.of("--spring.profiles.active=demo,postgres",
          "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.name(),
          "--spring.datasource.username=" + db.user(), "--spring.datasource.password=",
          "--siaga.feeds.sources[0].url=" + feed.url(), "--siaga.feeds.sources[0].outlet=Tribun Sumsel",
          "--siaga.feeds.poll-interval=PT2S", "--siaga.feeds.allow-private-hosts=true",
          // at most 100 messages a round: under this load the outbox lags behind intake at the default PT5S
          "--siaga.outbox.dispatch-interval=PT1S",
          "--siaga.webhooks[0].url=" + gateway.url(), "--siaga.webhooks[0].secret=" + HOOK_SECRET,
          // A job the cut interrupted keeps its lock (its failure could not be written either) and runs again when
          // the lock expires: after Camunda's default of 5 minutes in production, after 20 s here.
          "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_MILLIS);
      String entryBefore = feed.add(stories.incident(60_000), "sebelum");
      try (AppUnderTest app = AppUnderTest.start(SiagaBenchmark.jar(), dataDir, "512m", "outage", arguments);
          Connection sql = db.connect()) {
        System.out.printf("Database outage test: application ready in %.1f s%n", app.readySeconds());
        SiagaClient client = app.client();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(POSTERS + 2);
        long loadStart = System.nanoTime();
        for (int i = 0; i < POSTERS; i++) {
          load.submit(() -> post(client, running));
        }
        load.submit(() -> read(client, running, "GET /api/cases", "humas.pusat", "/api/cases?size=20"));
        load.submit(() -> read(client, running, "GET /engine-rest/task/count", "humas.sumsel",
            "/engine-rest/task/count"));

        // Up: stories flow, the feed poller has taken its first entry.
        waitFor("the feed's first entry taken and stories flowing", 120, () -> stored(sql, entryBefore) != null
            && seconds(System.nanoTime() - loadStart) >= 8 && count(c -> c.status() == 201) >= 10);
        // The chat gateway fails for the last seconds before the cut: those events wait in the outbox across it.
        gateway.failing.set(true);
        TimeUnit.SECONDS.sleep(5);

        long cut = System.nanoTime();
        proxy.goDown();
        System.out.printf("Database outage test: database down %.1f s after the load started%n",
            seconds(cut - loadStart));
        TimeUnit.MILLISECONDS.sleep(500);
        List<Long> pendingAtCut = longs(sql, "SELECT outbox_id FROM outbox WHERE status = 'PENDING'");
        List<Long> webhooksPendingAtCut = longs(sql,
            "SELECT outbox_id FROM outbox WHERE status = 'PENDING' AND kind = 'WEBHOOK'");
        TimeUnit.SECONDS.sleep(2);
        String entryDuring = feed.add(stories.incident(60_001), "selama");
        TimeUnit.SECONDS.sleep(6);
        HttpResponse<String> healthDown = client.exchange("nobody", "GET", "/actuator/health", null);
        HttpResponse<String> livenessDown = client.exchange("nobody", "GET", "/actuator/health/liveness", null);
        HttpResponse<String> readinessDown = client.exchange("nobody", "GET", "/actuator/health/readiness", null);
        HttpResponse<String> engineDown = client.exchange("admin", "GET", "/engine-rest/process-instance/count", null);
        TimeUnit.MILLISECONDS.sleep(OUTAGE_MILLIS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cut));

        // the jobs whose execution the cut interrupted, still locked by this node
        long interruptedJobs = longs(sql, "SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL").get(0);
        long restored = System.nanoTime();
        proxy.comeUp();
        gateway.failing.set(false);
        long recovered = waitForValue("the first 201 after the database came back", 90, () -> calls.stream()
            .filter(c -> c.status() == 201 && c.end() > restored).mapToLong(Call::end).min().orElse(0));
        String entryAfter = feed.add(stories.incident(60_002), "sesudah");
        TimeUnit.MILLISECONDS.sleep(POSTING_AFTER_RECOVERY_MILLIS);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(90, TimeUnit.SECONDS)).as("clients stopped").isTrue();
        HttpResponse<String> healthUp = client.exchange("nobody", "GET", "/actuator/health", null);

        // --- what the callers saw
        List<Call> down = calls.stream().filter(c -> c.start() >= cut && c.end() <= restored).toList();
        List<Call> racedCut = calls.stream().filter(c -> c.start() < cut && c.end() > cut).toList();
        List<Call> racedRestore = calls.stream().filter(c -> c.start() >= cut && c.start() < restored
            && c.end() > restored).toList();
        List<Call> afterRecovery = calls.stream().filter(c -> c.start() > recovered + TimeUnit.SECONDS.toNanos(1))
            .toList();
        System.out.printf("Database outage of %d s under load (%d posting clients, 2 readers), %d calls in all%n",
            OUTAGE_MILLIS / 1000, POSTERS, calls.size());
        System.out.printf("  answers while down (started after the cut, answered before the restore): %s%n",
            byKindAndStatus(down));
        System.out.printf("  calls running at the cut: %s%n", byKindAndStatus(racedCut));
        System.out.printf("  calls running at the restore: %s%n", byKindAndStatus(racedRestore));
        System.out.printf("  health while down: /actuator/health %d, liveness %d, readiness %d%n",
            healthDown.statusCode(), livenessDown.statusCode(), readinessDown.statusCode());
        System.out.printf("  503 answer time while down: median %.1f s, max %.1f s%n",
            percentile(down, 0.5), percentile(down, 1.0));
        System.out.printf("  recovered in %.1f s (first 201 after the database came back)%n",
            seconds(recovered - restored));
        System.out.printf("  after recovery: %s%n", byKindAndStatus(afterRecovery));
        System.out.printf("  proxy: %d connections forwarded, %d refused while down%n", proxy.forwarded(),
            proxy.refused());

        assertThat(calls).as("answers 500 (or no answer) anywhere").noneMatch(c -> c.status() == 500 || c.status() < 0);
        assertThat(calls).as("answers other than 2xx and 503")
            .allMatch(c -> c.status() / 100 == 2 || c.status() == 503);
        assertThat(down).as("calls made while the database was down").hasSizeGreaterThan(20);
        assertThat(down).as("answers while down: 503 with Retry-After and a body in Indonesian")
            .allMatch(DatabaseOutageIT::outageAnswer);
        assertThat(racedCut).as("calls running at the cut: done or 503")
            .allMatch(c -> c.status() / 100 == 2 || outageAnswer(c));
        assertThat(afterRecovery).as("503 more than a second after the first 201").noneMatch(c -> c.status() == 503);
        assertThat(seconds(recovered - restored)).as("seconds to recover").isLessThan(30);

        assertThat(healthDown.statusCode()).as("/actuator/health while down").isEqualTo(503);
        assertThat(healthDown.body()).contains("DOWN");
        assertThat(livenessDown.statusCode()).as("liveness while down: a restart would not help").isEqualTo(200);
        // Readiness leaves the database out on purpose: every node shares it, and taking them all out of the load
        // balancer would turn the application's 503 with Retry-After into the balancer's own error page.
        assertThat(readinessDown.statusCode()).as("readiness while down").isEqualTo(200);
        assertThat(engineDown.statusCode()).as("engine REST while down").isEqualTo(503);
        assertThat(engineDown.headers().firstValue("Retry-After")).isPresent();
        assertThat(SiagaClient.JSON.readTree(engineDown.body()).path("type").asText())
            .isEqualTo("DatabaseUnavailableException");
        assertThat(healthUp.statusCode()).as("/actuator/health after recovery").isEqualTo(200);

        // --- nothing acknowledged is lost; what was refused may be sent again
        List<String> lost = new ArrayList<>();
        for (String url : List.copyOf(acknowledged)) {
          JsonNode again = client.post("monitor", "/api/stories", storiesByUrl.get(url));
          if (!"DUPLICATE".equals(again.path("status").asText())) {
            lost.add(url);
          }
        }
        int storedAnyway = 0;
        for (String url : List.copyOf(refusedStories)) {
          JsonNode again = client.post("monitor", "/api/stories", storiesByUrl.get(url));
          storedAnyway += "DUPLICATE".equals(again.path("status").asText()) ? 1 : 0;
        }
        System.out.printf("  %d stories acknowledged, %d lost; %d answered 503, of which %d had been stored "
            + "(a commit that raced the cut) and the rest were taken when sent again%n", acknowledged.size(),
            lost.size(), refusedStories.size(), storedAnyway);
        assertThat(lost).as("acknowledged stories unknown after the outage").isEmpty();

        // --- the feed poller and the outbox resumed
        waitFor("the feed entries of during and after the outage taken", 60,
            () -> stored(sql, entryDuring) != null && stored(sql, entryAfter) != null);
        System.out.printf("  feed entries: before %s, during %s, after %s%n", stored(sql, entryBefore),
            stored(sql, entryDuring), stored(sql, entryAfter));
        assertThat(webhooksPendingAtCut).as("webhook events waiting in the outbox at the cut").isNotEmpty();
        waitFor("the outbox rows pending at the cut sent (e-mails recorded: no mail server here)", 150, () -> longs(sql,
            "SELECT outbox_id FROM outbox WHERE status NOT IN ('SENT', 'TERCATAT')").stream().noneMatch(pendingAtCut::contains));
        assertThat(gateway.delivered()).as("webhook events pending at the cut delivered after it")
            .containsAll(webhooksPendingAtCut.stream().map(String::valueOf).toList());
        assertThat(longs(sql, "SELECT outbox_id FROM outbox WHERE status = 'FAILED'")).as("outbox rows failed")
            .isEmpty();
        System.out.printf("  outbox: %d rows pending at the cut (%d webhook events), all sent %.1f s after the "
            + "restore%n", pendingAtCut.size(), webhooksPendingAtCut.size(), seconds(System.nanoTime() - restored));

        // --- every case leaves its triage, and nothing is half-written
        Map<String, Long> jobFailures = new TreeMap<>();
        try (Statement statement = sql.createStatement(); ResultSet rs = statement.executeQuery(
            "SELECT SUBSTRING(EXCEPTION_MSG_, 1, 50), COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL "
                + "GROUP BY 1")) {
          while (rs.next()) {
            jobFailures.put(rs.getString(1), rs.getLong(2));
          }
        }
        long triageWait = System.nanoTime();
        waitFor("every case out of triage", 120, () -> longs(sql,
            "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ "
            + "WHERE d.ACT_ID_ = 'storyDetected'").get(0) == 0);
        System.out.printf("  every case out of triage (waited %.1f s more; %d jobs were locked by executions the cut "
            + "interrupted)%n", seconds(System.nanoTime() - triageWait), interruptedJobs);
        assertConsistent(sql);
        System.out.printf("  engine: jobs waiting for a retry after a failure when the outbox was checked: %s; "
            + "%d incidents at the end%n", jobFailures, longs(sql, "SELECT COUNT(*) FROM ACT_RU_INCIDENT").get(0));
        assertThat(longs(sql, "SELECT COUNT(*) FROM ACT_RU_INCIDENT").get(0)).as("incidents in the engine").isZero();
      }
    }
  }

  /** Story, case and process instance one to one, checked on the database itself. */
  private static void assertConsistent(Connection sql) throws SQLException {
    Map<String, String> checks = new TreeMap<>(Map.of(
        "stories of a case without their case row",
        "SELECT s.story_id FROM story s WHERE s.status IN ('NEW_CASE', 'ATTACHED') AND (s.case_id IS NULL "
            + "OR NOT EXISTS (SELECT 1 FROM crisis_case c WHERE c.case_id = s.case_id))",
        "cases without a story",
        "SELECT c.case_id FROM crisis_case c WHERE NOT EXISTS (SELECT 1 FROM story s WHERE s.case_id = c.case_id)",
        "cases opened by no NEW_CASE story",
        "SELECT c.case_id FROM crisis_case c WHERE (SELECT COUNT(*) FROM story s WHERE s.case_id = c.case_id "
            + "AND s.status = 'NEW_CASE') <> 1",
        "open cases without a running process instance",
        "SELECT c.case_id FROM crisis_case c WHERE c.status = 'OPEN' AND (c.process_instance_id IS NULL OR NOT EXISTS "
            + "(SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.ID_ = c.process_instance_id AND e.PROC_INST_ID_ = e.ID_))",
        "process instances without their case",
        "SELECT p.ID_ FROM ACT_HI_PROCINST p WHERE NOT EXISTS (SELECT 1 FROM crisis_case c "
            + "WHERE c.case_id = p.BUSINESS_KEY_ AND c.process_instance_id = p.ID_)",
        "running process instances of a closed case",
        "SELECT e.ID_ FROM ACT_RU_EXECUTION e JOIN crisis_case c ON c.process_instance_id = e.ID_ "
            + "WHERE e.PROC_INST_ID_ = e.ID_ AND c.status <> 'OPEN'"));
    try (Statement statement = sql.createStatement()) {
      for (Map.Entry<String, String> check : checks.entrySet()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(check.getValue())) {
          while (rs.next()) {
            rows.add(rs.getString(1));
          }
        }
        assertThat(rows).as(check.getKey()).isEmpty();
      }
      try (ResultSet rs = statement.executeQuery("SELECT (SELECT COUNT(*) FROM story), (SELECT COUNT(*) FROM "
          + "crisis_case), (SELECT COUNT(*) FROM ACT_HI_PROCINST)")) {
        rs.next();
        System.out.printf("  consistent: %d stories, %d cases, %d process instances%n", rs.getLong(1), rs.getLong(2),
            rs.getLong(3));
      }
    }
  }

  /**
   * First reports of new incidents, and for every third incident a second outlet's report a few stories later, which
   * joins the running case (the engine correlates a message). Posted at once, the second report would race the
   * case's triage job, which then fails on the concurrent change and waits a minute for its retry.
   */
  private void post(SiagaClient client, AtomicBoolean running) {
    ArrayDeque<BenchStories.Incident> toFollowUp = new ArrayDeque<>();
    while (running.get()) {
      BenchStories.Incident incident = stories.incident(nextIncident.getAndIncrement());
      send(client, stories.firstReport(incident));
      if (incident.number() % 3 == 0) {
        toFollowUp.add(incident);
      }
      if (toFollowUp.size() > 2 && running.get()) {
        send(client, stories.secondReport(toFollowUp.remove()));
      }
    }
  }

  private void send(SiagaClient client, Map<String, Object> story) {
    String url = (String) story.get("url");
    storiesByUrl.put(url, story);
    Call call = call(client, "POST /api/stories", "monitor", "POST", "/api/stories", story);
    if (call.status() / 100 == 2) {
      acknowledged.add(url);
    } else if (call.status() == 503) {
      refusedStories.add(url);
    }
    if (call.status() == 503) {
      pause(200); // a client that is told to wait does not hammer; Retry-After says 5 s, the test wants answers
    }
  }

  private void read(SiagaClient client, AtomicBoolean running, String kind, String user, String path) {
    while (running.get()) {
      call(client, kind, user, "GET", path, null);
      pause(300);
    }
  }

  private Call call(SiagaClient client, String kind, String user, String method, String path, Object body) {
    long start = System.nanoTime();
    Call call;
    try {
      HttpResponse<String> response = client.exchange(user, method, path, body);
      JsonNode json = null;
      try {
        json = response.body() == null || response.body().isEmpty() ? null : SiagaClient.JSON.readTree(response.body());
      } catch (IOException notJson) {
        // kept as null: the checks then fail on this answer
      }
      call = new Call(kind, start, System.nanoTime(), response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Retry-After").orElse(null), json, path);
    } catch (IOException e) {
      call = new Call(kind, start, System.nanoTime(), -1, "", null, null, path + " " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      call = new Call(kind, start, System.nanoTime(), -1, "", null, null, path + " interrupted");
    }
    calls.add(call);
    return call;
  }

  /** 503, Retry-After, and the Indonesian body: RFC 7807 on our API, Camunda's error shape on the engine's. */
  private static boolean outageAnswer(Call call) {
    if (call.status() != 503 || call.retryAfter() == null || call.body() == null) {
      return false;
    }
    if (call.kind().contains("/engine-rest/")) {
      return call.body().path("type").asText().equals("DatabaseUnavailableException")
          && call.body().path("message").asText().contains("Basis data");
    }
    return call.contentType().startsWith("application/problem+json") && call.body().path("status").asInt() == 503
        && call.body().path("title").asText().equals("Layanan sementara tidak tersedia")
        && call.body().path("detail").asText().contains("Basis data");
  }

  private String byKindAndStatus(List<Call> some) {
    Map<String, Map<Integer, Long>> counts = new TreeMap<>();
    for (Call c : some) {
      counts.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(c.status(), 1L, Long::sum);
    }
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().entrySet().stream()
        .map(s -> s.getValue() + "x" + s.getKey()).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; ", "", some.isEmpty() ? "none" : ""));
  }

  private static double percentile(List<Call> some, double p) {
    double[] seconds = some.stream().mapToDouble(c -> seconds(c.end() - c.start())).sorted().toArray();
    return seconds.length == 0 ? 0 : seconds[Math.min(seconds.length - 1, (int) Math.ceil(p * seconds.length) - 1)];
  }

  private long count(Predicate<Call> which) {
    return calls.stream().filter(which).count();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Status and case of the story stored under {@code url}, or null. Read on the database, not through the app. */
  private static String stored(Connection sql, String url) throws SQLException {
    try (var statement = sql.prepareStatement("SELECT status, case_id FROM story WHERE url = ?")) {
      statement.setString(1, url);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? rs.getString(1) + " " + rs.getString(2) : null;
      }
    }
  }

  private static List<Long> longs(Connection sql, String query) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (Statement statement = sql.createStatement(); ResultSet rs = statement.executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
    }
    return values;
  }

  interface Condition {
    boolean met() throws Exception;
  }

  interface Value {
    long value() throws Exception;
  }

  private static void waitFor(String what, int seconds, Condition condition) throws Exception {
    waitForValue(what, seconds, () -> condition.met() ? 1 : 0);
  }

  /** Waits until {@code value} is non-zero and returns it. */
  private static long waitForValue(String what, int seconds, Value value) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (true) {
      long v = value.value();
      if (v != 0) {
        return v;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + seconds + " s: " + what);
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  /** An outlet's RSS feed on a local HTTP server; entries are added while the test runs. */
  static final class Feed implements AutoCloseable {
    private final HttpServer server;
    private final List<String> items = new CopyOnWriteArrayList<>();

    Feed() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/rss.xml", exchange -> {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>Tribun Sumsel</title><link>https://tribunsumsel.example/</link><description>Berita</description>"
            + String.join("", items) + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml";
    }

    /** Adds an entry published now about {@code incident}; returns its link. */
    String add(BenchStories.Incident incident, String tag) {
      String link = "https://tribunsumsel.example/berita/outage-" + tag + "-" + incident.number();
      String published = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.RFC_1123_DATE_TIME);
      items.add("<item><title>" + xml(incident.title()) + "</title><link>" + link + "</link><description>"
          + xml(incident.body()) + "</description><pubDate>" + published + "</pubDate></item>");
      return link;
    }

    private static String xml(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** The chat gateway: receives webhook events, or answers 503 while told to fail. */
  static final class Gateway implements AutoCloseable {
    final AtomicBoolean failing = new AtomicBoolean();
    private final HttpServer server;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    Gateway() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/hook", exchange -> {
        exchange.getRequestBody().readAllBytes();
        if (failing.get()) {
          exchange.sendResponseHeaders(503, -1);
        } else {
          delivered.add(exchange.getRequestHeaders().getFirst("X-Siaga-Delivery"));
          exchange.sendResponseHeaders(204, -1);
        }
        exchange.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    Set<String> delivered() {
      return Set.copyOf(delivered);
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
