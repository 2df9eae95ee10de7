package id.siagahumas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default as an operator meets a crash: eight clients post stories to the packaged jar, the
 * process is killed with SIGKILL mid-stream, and a restart on the same H2 file must know every story that
 * was answered 200/201 (reposting its URL answers DUPLICATE), and every case must leave triage.
 */
class CrashSafetyIT {

  static final int CLIENTS = 8;
  static final long POSTING_MILLIS = 8_000;

  @Test
  void everyAcknowledgedStorySurvivesKillDashNine() throws Exception {
    Path dataDir = Path.of("target/crash-safety");
    FileSystemUtils.deleteRecursively(dataDir);
    Files.createDirectories(dataDir);
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());

    AppUnderTest app = AppUnderTest.start(SiagaBenchmark.jar(), dataDir, "512m", "before-crash");
    AtomicBoolean posting = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      clients.submit(() -> {
        while (posting.get()) {
          String url = "https://crash.example/berita/" + UUID.randomUUID();
          try {
            app.client().post("monitor", "/api/stories", story(url));
            acknowledged.add(url);
          } catch (RuntimeException refusedOrCut) {
            // not acknowledged: the crash may have cut it, then it need not exist
          }
        }
      });
    }
    TimeUnit.MILLISECONDS.sleep(POSTING_MILLIS);
    app.kill();
    posting.set(false);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    List<String> before = List.copyOf(acknowledged);
    assertThat(before).as("stories acknowledged before the crash").hasSizeGreaterThan(10);

    try (AppUnderTest restarted = AppUnderTest.start(SiagaBenchmark.jar(), dataDir, "512m", "after-crash")) {
      List<String> lost = new ArrayList<>();
      for (String url : before) {
        JsonNode answer = restarted.client().post("monitor", "/api/stories", story(url));
        if (!"DUPLICATE".equals(answer.path("status").asText())) {
          lost.add(url);
        }
      }
      System.out.printf("Crash safety: %d stories acknowledged before kill -9, %d lost%n", before.size(), lost.size());
      assertThat(lost).as("acknowledged stories lost by the crash").isEmpty();

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      int inTriage;
      do {
        inTriage = 0;
        for (JsonNode c : restarted.client().get("humas.pusat", "/api/cases?status=OPEN&size=1000").path("items")) {
          if ("triage".equals(restarted.client().get("humas.pusat", "/api/cases/" + c.path("caseId").asText())
              .path("stage").asText())) {
            inTriage++;
          }
        }
        if (inTriage > 0) {
          TimeUnit.SECONDS.sleep(2);
        }
      } while (inTriage > 0 && System.nanoTime() < deadline);
      assertThat(inTriage).as("cases still waiting for their triage after the restart").isZero();
    }
  }

  private static Map<String, Object> story(String url) {
    return Map.of("url", url, "outlet", "Uji Crash", "publishedAt", "2026-11-23T07:00:00+07:00",
        "title", "Dua Napi Lapas Kelas IIB Muara Enim Kabur Lewat Plafon",
        "body", "Dua narapidana Lapas Kelas IIB Muara Enim melarikan diri dengan menjebol plafon kamar mandi. "
            + "Petugas masih melakukan pengejaran bersama kepolisian.");
  }
}
