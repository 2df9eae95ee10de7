package id.siagahumas.reports;

import id.siagahumas.security.CaseScope;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/kpi?from=&to=&region=}: answer times per unit, as JSON, or as CSV with
 * {@code Accept: text/csv} or {@code format=csv} (the KPI page's download link). Humas and pimpinan only, each in
 * their lane; the period defaults to the last 30 days and may span at most 366.
 */
@RestController
@Validated
@RequestMapping("/api/reports")
public class KpiController {

  public static final int DEFAULT_DAYS = 30;
  public static final int MAX_DAYS = 366;
  /** The years a report may cover: far from the limits of java.time, whose edges fail in zone arithmetic. */
  public static final int MIN_YEAR = 2000;
  public static final int MAX_YEAR = 9999;

  private final KpiService kpi;
  private final ReportLanes lanes;
  private final Clock clock;

  KpiController(KpiService kpi, ReportLanes lanes, Clock clock) {
    this.kpi = kpi;
    this.lanes = lanes;
    this.clock = clock;
  }

  @GetMapping("/kpi")
  ResponseEntity<?> kpi(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @Pattern(regexp = "[a-z]{1,40}", message = "kode wilayah tidak valid")
      String region,
      @RequestParam(required = false) @Pattern(regexp = "json|csv", message = "harus json atau csv") String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    CaseScope scope = lanes.scope();
    String lane = lanes.region(scope, region);
    KpiReport report = report(from, to, lane, scope);
    boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
    if (csv) {
      return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
              .filename("kinerja-" + (lane == null ? "nasional" : lane) + "-" + report.from() + "-" + report.to()
                  + ".csv").build().toString())
          .body(KpiCsv.of(report));
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
  }

  /** The report over a period checked and defaulted as the API and the KPI page take it. */
  public KpiReport report(LocalDate from, LocalDate to, String region, CaseScope scope) {
    checkYear("from", from);
    checkYear("to", to);
    LocalDate end = to != null ? to : LocalDate.now(clock.withZone(kpi.zone(region)));
    LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
    if (start.isAfter(end)) {
      throw new id.siagahumas.intake.InvalidInputException("from", "harus sebelum atau sama dengan to");
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new id.siagahumas.intake.InvalidInputException("from", "periode paling lama " + MAX_DAYS + " hari");
    }
    return kpi.kpi(start, end, region, scope);
  }

  private static void checkYear(String field, LocalDate date) {
    if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
      throw new id.siagahumas.intake.InvalidInputException(field, "tahun harus antara " + MIN_YEAR + " dan " + MAX_YEAR);
    }
  }
}
