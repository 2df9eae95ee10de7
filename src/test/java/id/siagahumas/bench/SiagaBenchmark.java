package id.siagahumas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.siagahumas.bench.Load.Op;
import id.siagahumas.bench.Load.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark of DESIGN.md's load: the packaged jar under {@code -Xmx512m} on a fresh H2 file, measured
 * against the bare engine in the same run. Phases: baseline (one-user-task process started through
 * /engine-rest), intake (a mix of new, attached and duplicate stories), whole cases (verify, draft,
 * approve, publish through the REST APIs), latency at a fixed rate, and intake again with 100,000
 * stories stored. Prints a table and writes {@code target/bench/report.json}.
 *
 * <p>Run: {@code mvn -Pbench verify} (full) or {@code -Dsiaga.bench.mode=smoke} (a few requests);
 * {@code -Dsiaga.bench.mode=durability} measures the cost of durable H2 instead ({@link #runDurability}).
 */
public final class SiagaBenchmark {

  /** Sizes of one run. */
  record Plan(String mode, int concurrency, int warmup, int baseline, int intake, int wholeCases, double rate,
      int rateSeconds, int stored, String heap) {

    static Plan of(String mode) {
      return switch (mode) {
        case "smoke" -> new Plan(mode, 2, 5, 20, 20, 3, 20, 1, 500, "512m");
        case "full" -> new Plan(mode, 8, 300, 2_000, 2_000, 1_000, 50, 30, 100_000, "512m");
        // whole cases only, for profiling them
        case "cases" -> new Plan(mode, 8, 20, 20, 20, 400, 20, 1, 500, "512m");
        // intake on the durable H2 URL against H2's default write delay, interleaved (runDurability)
        case "durability" -> new Plan(mode, 8, 300, 0, 2_000, 0, 0, 0, 0, "512m");
        default -> throw new IllegalArgumentException(
            "siaga.bench.mode is smoke, full, cases or durability, not " + mode);
      };
    }
  }

  private final Plan plan;
  private final Path jar;
  private final Path out;
  private final BenchStories stories = new BenchStories();
  private int nextIncident;

  SiagaBenchmark(Plan plan, Path jar, Path out) {
    this.plan = plan;
    this.jar = jar;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Plan plan = Plan.of(System.getProperty("siaga.bench.mode", "full"));
    Path out = Path.of(System.getProperty("siaga.bench.out", "target/bench"));
    SiagaBenchmark benchmark = new SiagaBenchmark(plan, jar(), out);
    Map<String, Object> report = "durability".equals(plan.mode())
        ? benchmark.runDurability(Integer.getInteger("siaga.bench.pairs", 2)) : benchmark.run();
    if (!Boolean.TRUE.equals(report.get("complete"))) {
      System.exit(1);
    }
  }

  Map<String, Object> run() throws Exception {
    Path dataDir = out.resolve("data");
    deleteRecursively(dataDir);
    Files.createDirectories(dataDir);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("startedAt", Instant.now().toString());
    report.put("machine", machine());
    report.put("plan", plan);
    Map<String, Object> phases = new LinkedHashMap<>();
    report.put("phases", phases);
    List<Long> heaps = new ArrayList<>();
    List<Long> rss = new ArrayList<>();
    Result baseline;
    Result intake;
    Result whole;
    Result latency;
    Result scale;
    double firstReady;
    double secondReady;

    log("starting %s (-Xmx%s) on a fresh H2 file in %s", jar.getFileName(), plan.heap(), dataDir);
    try (AppUnderTest app = AppUnderTest.start(jar, dataDir, plan.heap(), "empty")) {
      firstReady = app.readySeconds();
      log("ready in %.1f s", firstReady);
      SiagaClient client = app.client();
      client.deploy("admin", "bench-baseline.bpmn", resource("/bench/bench-baseline.bpmn"));

      Load.closedLoop("warm-up", baselineOps(client, plan.warmup()), plan.concurrency());
      baseline = phase(phases, Load.closedLoop("baseline", baselineOps(client, plan.baseline()), plan.concurrency()));
      Load.closedLoop("warm-up", intakeOps(client, plan.warmup()), plan.concurrency());
      intake = phase(phases, Load.closedLoop("intake", intakeOps(client, plan.intake()), plan.concurrency()));
      whole = phase(phases, Load.closedLoop("whole-case", wholeCaseOps(client, plan.wholeCases()),
          plan.concurrency()));
      latency = phase(phases, Load.fixedRate("latency", intakeOps(client, (int) (plan.rate() * plan.rateSeconds())),
          plan.rate()));
      heaps.add(app.peakHeapMb());
      app.close();
      rss.add(app.peakRssMb());
    }

    log("storing %,d stories of earlier cases", plan.stored());
    long t0 = System.nanoTime();
    StoreSeeder.seed(dataDir, plan.stored(), stories);
    log("stored in %.1f s", (System.nanoTime() - t0) / 1e9);
    try (AppUnderTest app = AppUnderTest.start(jar, dataDir, plan.heap(), "stored")) {
      secondReady = app.readySeconds();
      log("ready again in %.1f s", secondReady);
      SiagaClient client = app.client();
      Load.closedLoop("warm-up", baselineOps(client, plan.warmup()), plan.concurrency());
      Load.closedLoop("warm-up", intakeOps(client, plan.warmup()), plan.concurrency());
      scale = phase(phases, Load.closedLoop("intake-at-scale", intakeOps(client, plan.intake()), plan.concurrency()));
      heaps.add(app.peakHeapMb());
      app.close();
      rss.add(app.peakRssMb());
    }

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("readySeconds", firstReady);
    figures.put("readySecondsWithStoredStories", secondReady);
    figures.put("peakHeapMb", heaps.stream().mapToLong(Long::longValue).max().orElse(-1));
    figures.put("peakRssMb", rss.stream().mapToLong(Long::longValue).max().orElse(-1));
    figures.put("baselinePerSecond", baseline.perSecond());
    figures.put("intakePerSecond", intake.perSecond());
    figures.put("intakeOverBaseline", intake.perSecond() / baseline.perSecond());
    figures.put("wholeCasesSeconds", whole.seconds());
    figures.put("latencyP50Ms", latency.p50());
    figures.put("latencyP95Ms", latency.p95());
    figures.put("latencyP99Ms", latency.p99());
    figures.put("intakeAtScalePerSecond", scale.perSecond());
    figures.put("scaleOverEmpty", scale.perSecond() / intake.perSecond());
    report.put("figures", figures);
    Map<String, Boolean> targets = new LinkedHashMap<>();
    targets.put("intake >= 0.7 x baseline", intake.perSecond() >= 0.7 * baseline.perSecond());
    targets.put("p99 <= 100 ms at " + (int) plan.rate() + "/s", latency.p99() <= 100);
    targets.put(plan.wholeCases() + " whole cases <= 60 s", whole.seconds() <= 60);
    targets.put("intake at scale >= 0.8 x empty", scale.perSecond() >= 0.8 * intake.perSecond());
    targets.put("ready <= 15 s", firstReady <= 15);
    report.put("targets", targets);
    int errors = Stream.of(baseline, intake, whole, latency, scale).mapToInt(Result::errors).sum();
    report.put("errors", errors);
    report.put("complete", errors == 0);

    Files.createDirectories(out);
    SiagaClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("report.json").toFile(), report);
    printTable(List.of(baseline, intake, whole, latency, scale), figures, targets);
    System.out.println("Report: " + out.resolve("report.json").toAbsolutePath());
    return report;
  }

  /**
   * The cost of durable H2: intake of {@code plan.intake()} stories on a fresh H2 file, once with the
   * application's own URL ({@code WRITE_DELAY=0}: a commit is written before it returns) and once with the
   * same URL less that setting (H2's default: written within 500 ms), alternating A, B, A, B for
   * {@code pairs} pairs with the same jar, so a machine that gets busier or quieter during the run weighs
   * on both alike. Prints each round, the mean of each URL and their ratio; writes
   * {@code report-durability.json}.
   */
  Map<String, Object> runDurability(int pairs) throws Exception {
    String durable = configuredH2Url();
    if (!durable.contains(";WRITE_DELAY=0")) {
      throw new IllegalStateException("application.yaml's H2 URL no longer sets WRITE_DELAY=0: " + durable);
    }
    Map<String, String> urls = new LinkedHashMap<>();
    urls.put("durable", durable);
    urls.put("write-delay", durable.replace(";WRITE_DELAY=0", ""));
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("startedAt", Instant.now().toString());
    report.put("machine", machine());
    report.put("plan", plan);
    report.put("urls", urls);
    List<Map<String, Object>> rounds = new ArrayList<>();
    report.put("rounds", rounds);
    Map<String, List<Double>> perSecond = new LinkedHashMap<>();
    int errors = 0;
    int round = 0;
    for (int pair = 0; pair < pairs; pair++) {
      for (Map.Entry<String, String> url : urls.entrySet()) {
        round++;
        Path dataDir = out.resolve("durability-" + round);
        deleteRecursively(dataDir);
        log("round %d: %s, %s", round, url.getKey(), url.getValue());
        try (AppUnderTest app = AppUnderTest.start(jar, dataDir, plan.heap(), "durability-" + round,
            List.of("--spring.datasource.url=" + url.getValue()))) {
          SiagaClient client = app.client();
          Load.closedLoop("warm-up", intakeOps(client, plan.warmup()), plan.concurrency());
          Result intake = Load.closedLoop("intake", intakeOps(client, plan.intake()), plan.concurrency());
          log("round %d %-11s %7d stories %8.1f/s  p50 %6.1f ms  p99 %7.1f ms  errors %d  %s", round, url.getKey(),
              intake.operations(), intake.perSecond(), intake.p50(), intake.p99(), intake.errors(), intake.outcomes());
          if (intake.firstError() != null) {
            log("  first error: %s", intake.firstError());
          }
          errors += intake.errors();
          perSecond.computeIfAbsent(url.getKey(), k -> new ArrayList<>()).add(intake.perSecond());
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("round", round);
          r.put("url", url.getKey());
          r.put("intake", intake);
          rounds.add(r);
        }
      }
    }
    double durablePerSecond = perSecond.get("durable").stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double delayedPerSecond = perSecond.get("write-delay").stream().mapToDouble(Double::doubleValue).average()
        .orElse(0);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("durablePerSecond", durablePerSecond);
    figures.put("writeDelayPerSecond", delayedPerSecond);
    figures.put("durableOverWriteDelay", durablePerSecond / delayedPerSecond);
    report.put("figures", figures);
    report.put("errors", errors);
    report.put("complete", errors == 0);
    Files.createDirectories(out);
    SiagaClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("report-durability.json").toFile(), report);
    System.out.printf("%n== Cost of durable H2 (%d stories per round, %d clients, -Xmx%s) ==%n", plan.intake(),
        plan.concurrency(), plan.heap());
    perSecond.forEach((name, values) -> System.out.printf("%-12s %s stories/s, mean %.1f%n", name,
        values.stream().map(v -> String.format("%.1f", v)).toList(), values.stream().mapToDouble(d -> d).average()
            .orElse(0)));
    System.out.printf("durable / write-delay: %.2f%n", durablePerSecond / delayedPerSecond);
    System.out.println("Report: " + out.resolve("report-durability.json").toAbsolutePath());
    return report;
  }

  /** The H2 URL of the application's own configuration ({@code application.yaml}, on this classpath). */
  static String configuredH2Url() throws IOException {
    for (String line : new String(resource("/application.yaml"), java.nio.charset.StandardCharsets.UTF_8)
        .split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("url: jdbc:h2:")) {
        return trimmed.substring("url: ".length());
      }
    }
    throw new IllegalStateException("No H2 URL in application.yaml");
  }

  // --- the operations of each phase ------------------------------------------------------------------

  private List<Op> baselineOps(SiagaClient client, int count) {
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ops.add(() -> {
        client.post("admin", "/engine-rest/process-definition/key/benchBaseline/start", Map.of());
        return "STARTED";
      });
    }
    return ops;
  }

  /**
   * Stories of new incidents, with a second outlet's report (ATTACHED) of every third incident and a
   * shared link (DUPLICATE) of every seventh, sent a little after the first report, as in a real wave.
   */
  private List<Op> intakeOps(SiagaClient client, int count) {
    List<Op> ops = new ArrayList<>();
    int lag = 4 * plan.concurrency();
    List<BenchStories.Incident> sent = new ArrayList<>();
    while (ops.size() < count) {
      BenchStories.Incident incident = stories.incident(nextIncident++);
      sent.add(incident);
      ops.add(submit(client, stories.firstReport(incident)));
      if (sent.size() > lag) {
        BenchStories.Incident earlier = sent.get(sent.size() - 1 - lag);
        if (earlier.number() % 3 == 0 && ops.size() < count) {
          ops.add(submit(client, stories.secondReport(earlier)));
        }
        if (earlier.number() % 7 == 0 && ops.size() < count) {
          ops.add(submit(client, stories.duplicate(earlier)));
        }
      }
    }
    return ops;
  }

  private static Op submit(SiagaClient client, Map<String, Object> story) {
    return () -> client.post("monitor", "/api/stories", story).path("status").asText();
  }

  /** Each case from its story to its published statement, by the people of its region. */
  private List<Op> wholeCaseOps(SiagaClient client, int count) {
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BenchStories.Incident incident = stories.incident(nextIncident++);
      ops.add(() -> carryThrough(client, incident));
    }
    return ops;
  }

  /**
   * Works the case's open task as Tasklist users would: regional humas see every task of their region,
   * and each task is claimed and completed by the person it belongs to.
   */
  private String carryThrough(SiagaClient client, BenchStories.Incident incident) throws InterruptedException {
    JsonNode intake = client.post("monitor", "/api/stories", stories.firstReport(incident));
    if (!"NEW_CASE".equals(intake.path("status").asText())) {
      return intake.path("status").asText();
    }
    String caseId = intake.path("caseId").asText();
    String region = incident.unit().region();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String stage = "";
    while (System.nanoTime() < deadline) {
      JsonNode open = client.get("kasubag." + region, "/engine-rest/task?processInstanceBusinessKey=" + caseId);
      stage = open.isEmpty() ? "" : open.get(0).path("taskDefinitionKey").asText();
      if (!workTask(client, region, open)) {
        // no task of the region: publishing (the job executor sends it), published, or unit unknown
        JsonNode detail = client.get("humas.pusat", "/api/cases/" + caseId);
        stage = detail.path("stage").asText();
        if (detail.path("publications").size() > 0) {
          return "PUBLISHED"; // the 24-hour follow-up (reviewCoverage) is not part of the measured case
        }
        if ("closed".equals(stage)) {
          return "CLOSED";
        }
        if ("assignUnit".equals(stage)) {
          JsonNode task = client.get("humas.pusat", "/engine-rest/task?processInstanceBusinessKey=" + caseId).get(0);
          complete(client, "humas.pusat", task, Map.of("unitCode", typed(incident.unit().code(), "String")));
        } else {
          TimeUnit.MILLISECONDS.sleep(20);
        }
      }
    }
    throw new IllegalStateException(caseId + " was not published within 60 s; stage " + stage);
  }

  /**
   * Works the region's open task of a case (the first of {@code open}) as its person would, with the generated
   * draft left as it is; false when there is no task of the region to work.
   */
  static boolean workTask(SiagaClient client, String region, JsonNode open) {
    String stage = open.isEmpty() ? "" : open.get(0).path("taskDefinitionKey").asText();
    switch (stage) {
      case "verifyFacts" -> complete(client, "humas." + region, open.get(0), Map.of(
          "verdict", typed("TIDAK_BENAR", "String"), "respond", typed(true, "Boolean"),
          "facts", typed("Hasil pemeriksaan: kejadian yang diberitakan tidak terjadi.", "String")));
      case "draftStatement" -> complete(client, "humas." + region, open.get(0), Map.of());
      case "approveStatement" -> complete(client, "kasubag." + region, open.get(0),
          Map.of("approved", typed(true, "Boolean")));
      case "approveStatementHead" -> complete(client, "kakanwil." + region, open.get(0),
          Map.of("approved", typed(true, "Boolean")));
      default -> {
        return false;
      }
    }
    return true;
  }

  private static void complete(SiagaClient client, String user, JsonNode task, Map<String, Object> variables) {
    String taskId = task.path("id").asText();
    client.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    client.post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  // --- reporting ---------------------------------------------------------------------------------

  private static Result phase(Map<String, Object> phases, Result result) {
    phases.put(result.name(), result);
    log("%-16s %7d ops %8.1f/s  p50 %6.1f ms  p99 %7.1f ms  errors %d  %s", result.name(), result.operations(),
        result.perSecond(), result.p50(), result.p99(), result.errors(), result.outcomes());
    if (result.firstError() != null) {
      log("  first error: %s", result.firstError());
    }
    return result;
  }

  private void printTable(List<Result> results, Map<String, Object> figures, Map<String, Boolean> targets) {
    StringBuilder table = new StringBuilder("\n== Siaga Humas benchmark (" + plan.mode() + ", -Xmx" + plan.heap()
        + ", " + plan.concurrency() + " clients) ==\n");
    table.append(String.format("%-16s %8s %9s %9s %9s %9s %9s %7s%n", "phase", "ops", "seconds", "per s",
        "p50 ms", "p95 ms", "p99 ms", "errors"));
    for (Result r : results) {
      table.append(String.format("%-16s %8d %9.1f %9.1f %9.1f %9.1f %9.1f %7d%n", r.name(), r.operations(),
          r.seconds(), r.perSecond(), r.p50(), r.p95(), r.p99(), r.errors()));
    }
    figures.forEach((k, v) -> table.append(String.format("%-32s %s%n", k,
        v instanceof Double d ? String.format("%.2f", d) : v)));
    targets.forEach((k, v) -> table.append(String.format("target %-36s %s%n", k, v ? "met" : "MISSED")));
    System.out.println(table);
  }

  private static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    try {
      Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
          .ifPresent(l -> m.put("cpu", l.substring(l.indexOf(':') + 1).trim()));
    } catch (IOException e) {
      // not Linux
    }
    return m;
  }

  private static void log(String format, Object... args) {
    System.out.printf("[bench] " + format + "%n", args);
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = SiagaBenchmark.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  /** The packaged application: {@code siaga.bench.jar}, else the jar the build just made. */
  static Path jar() throws IOException {
    String configured = System.getProperty("siaga.bench.jar");
    if (configured != null) {
      return Path.of(configured);
    }
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("siaga-humas-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No target/siaga-humas-*.jar: run mvn package first"));
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
