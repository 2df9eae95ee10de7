package id.siagahumas.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Medians, shares and the CSV's quoting, without the application. */
class KpiArithmeticTest {

  private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

  private static KpiService.CaseTimes times(String id, int publishedAfterMinutes, boolean breached, boolean falseAlarm) {
    return new KpiService.CaseTimes(id, "pi-" + id, "lapas-x", null, "sumsel", List.of("NARKOBA"), breached, T,
        publishedAfterMinutes < 0 ? null : T.plusSeconds(60L * publishedAfterMinutes), falseAlarm);
  }

  @Test
  void mediansOfOddAndEvenCountsAndNoneOfNothing() {
    assertThat(KpiService.median(List.of(30.0, 120.0, 30.0))).isEqualTo(30.0);
    assertThat(KpiService.median(List.of(90.0, 420.0))).isEqualTo(255.0);
    assertThat(KpiService.median(List.of(1.0 / 3))).isEqualTo(0.3);
    assertThat(KpiService.median(List.of())).isNull();
  }

  @Test
  void theShareWithinDeadlineCountsOnlyDecidedCases() {
    UnitKpi kpi = KpiService.figures("lapas-x", "Lapas X", "sumsel", List.of(
        times("a", 90, false, false),      // published in time
        times("b", 420, true, false),      // published late
        times("c", -1, true, false),       // late, nothing published yet
        times("d", -1, false, false),      // still within its deadline: undecided
        times("e", -1, false, true)),      // a false alarm: no statement needed
        Map.of("pi-a", T.plusSeconds(600), "pi-e", T.plusSeconds(1200)));
    assertThat(kpi.cases()).isEqualTo(5);
    assertThat(kpi.verified()).isEqualTo(2);
    assertThat(kpi.medianMinutesToVerify()).isEqualTo(15.0);
    assertThat(kpi.published()).isEqualTo(2);
    assertThat(kpi.decided()).isEqualTo(3);
    assertThat(kpi.withinDeadline()).isEqualTo(1);
    assertThat(kpi.shareWithinDeadline()).isEqualTo(0.333);
    assertThat(kpi.falseAlarms()).isEqualTo(1);
  }

  @Test
  void csvFieldsAreQuotedAndFormulasDisarmed() {
    assertThat(KpiCsv.field("Lapas Kelas I Palembang")).isEqualTo("Lapas Kelas I Palembang");
    assertThat(KpiCsv.field("Rutan \"Medaeng\", Sidoarjo")).isEqualTo("\"Rutan \"\"Medaeng\"\", Sidoarjo\"");
    assertThat(KpiCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(KpiCsv.field(null)).isEmpty();
  }
}
