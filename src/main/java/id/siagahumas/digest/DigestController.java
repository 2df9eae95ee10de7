package id.siagahumas.digest;

import id.siagahumas.intake.InvalidInputException;
import id.siagahumas.reports.ReportLanes;
import id.siagahumas.security.CaseScope;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
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
 * {@code GET /api/reports/daily?date=&region=}: the daily digest on demand, as the PDF that is mailed
 * ({@code Accept: application/pdf} or {@code format=pdf}) or as JSON. Without {@code region}: the national digest for
 * national users, the caller's region when they have one; {@code date} defaults to today in the region's zone.
 * Only cases of the caller's lane appear.
 */
@RestController
@Validated
@RequestMapping("/api/reports")
class DigestController {

  private final DigestService digests;
  private final DigestPdf pdf;
  private final ReportLanes lanes;
  private final Clock clock;

  DigestController(DigestService digests, DigestPdf pdf, ReportLanes lanes, Clock clock) {
    this.digests = digests;
    this.pdf = pdf;
    this.lanes = lanes;
    this.clock = clock;
  }

  @GetMapping("/daily")
  ResponseEntity<?> daily(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(required = false) @Pattern(regexp = "[a-z]{1,40}", message = "kode wilayah tidak valid")
      String region,
      @RequestParam(required = false) @Pattern(regexp = "json|pdf", message = "harus json atau pdf") String format,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    CaseScope scope = lanes.scope();
    String lane = lanes.region(scope, region);
    if (lane == null && !scope.all()) {
      Set<String> mine = lanes.regionsOf(scope);
      if (mine.size() != 1) {
        throw new InvalidInputException("region", "pilih salah satu wilayah Anda: " + String.join(", ", mine));
      }
      lane = mine.iterator().next();
    }
    LocalDate day = date != null ? date : LocalDate.now(clock.withZone(digests.region(lane).zone()));
    if (day.getYear() < id.siagahumas.reports.KpiController.MIN_YEAR
        || day.getYear() > id.siagahumas.reports.KpiController.MAX_YEAR) {
      throw new InvalidInputException("date", "tahun harus antara " + id.siagahumas.reports.KpiController.MIN_YEAR
          + " dan " + id.siagahumas.reports.KpiController.MAX_YEAR);
    }
    DailyDigest digest = digests.build(lane, day, scope);
    boolean asPdf = "pdf".equals(format) || (format == null && accept != null && accept.contains("application/pdf"));
    if (!asPdf) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(digest);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("laporan-harian-" + (lane == null ? DigestSender.NATIONAL_KEY : lane) + "-" + day + ".pdf")
            .build().toString())
        .body(pdf.render(digest));
  }
}
