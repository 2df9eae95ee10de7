package id.siagahumas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark harness working: a smoke run (a few requests per phase) against the packaged jar.
 * It judges that every phase ran without errors and that the report holds every figure, never the times.
 */
class BenchmarkSmokeIT {

  @Test
  void everyPhaseRunsAndTheReportHoldsEveryFigure() throws Exception {
    Path out = Path.of(System.getProperty("siaga.bench.out", "target/bench-smoke"));
    new SiagaBenchmark(SiagaBenchmark.Plan.of("smoke"), SiagaBenchmark.jar(), out).run();

    JsonNode report = SiagaClient.JSON.readTree(out.resolve("report.json").toFile());
    assertThat(report.path("errors").asInt()).as(report.path("phases").toString()).isZero();
    for (String phase : new String[] {"baseline", "intake", "whole-case", "latency", "intake-at-scale"}) {
      assertThat(report.path("phases").path(phase).path("operations").asInt()).as(phase).isPositive();
    }
    JsonNode outcomes = report.path("phases").path("intake").path("outcomes");
    assertThat(outcomes.path("NEW_CASE").asInt()).as("intake mix " + outcomes).isPositive();
    assertThat(outcomes.path("ATTACHED").asInt() + outcomes.path("DUPLICATE").asInt()).as("intake mix " + outcomes)
        .isPositive();
    assertThat(report.path("phases").path("whole-case").path("outcomes").path("PUBLISHED").asInt()).isEqualTo(3);
    JsonNode figures = report.path("figures");
    for (String figure : new String[] {"readySeconds", "peakRssMb", "baselinePerSecond", "intakePerSecond",
        "intakeOverBaseline", "wholeCasesSeconds", "latencyP50Ms", "latencyP95Ms", "latencyP99Ms",
        "intakeAtScalePerSecond", "scaleOverEmpty"}) {
      assertThat(figures.path(figure).asDouble()).as(figure).isPositive();
    }
  }

  @Test
  void theDurabilityModeRunsIntakeOnBothH2UrlsInTurn() throws Exception {
    Path out = Path.of(System.getProperty("siaga.bench.out", "target/bench-smoke"), "durability");
    SiagaBenchmark.Plan plan = new SiagaBenchmark.Plan("durability", 2, 5, 0, 20, 0, 0, 0, 0, "512m");
    new SiagaBenchmark(plan, SiagaBenchmark.jar(), out).runDurability(1);

    JsonNode report = SiagaClient.JSON.readTree(out.resolve("report-durability.json").toFile());
    assertThat(report.path("errors").asInt()).as(report.path("rounds").toString()).isZero();
    assertThat(report.path("rounds").findValuesAsText("url")).containsExactly("durable", "write-delay");
    assertThat(report.path("urls").path("durable").asText()).contains(";WRITE_DELAY=0")
        .isEqualTo(SiagaBenchmark.configuredH2Url());
    assertThat(report.path("urls").path("write-delay").asText()).doesNotContain("WRITE_DELAY");
    for (String figure : new String[] {"durablePerSecond", "writeDelayPerSecond", "durableOverWriteDelay"}) {
      assertThat(report.path("figures").path(figure).asDouble()).as(figure).isPositive();
    }
  }
}
