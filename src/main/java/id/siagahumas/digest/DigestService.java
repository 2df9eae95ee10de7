package id.siagahumas.digest;

import static id.siagahumas.process.CaseVariables.STATEMENT_DUE_AT;
import static id.siagahumas.process.CaseVariables.STATEMENT_PUBLISHED_AT;
import static id.siagahumas.process.CaseVariables.VERDICT;
import static id.siagahumas.process.CaseVariables.VERIFY_DUE_AT;

import id.siagahumas.cases.CaseRepository;
import id.siagahumas.process.CaseProcess;
import id.siagahumas.registry.LocalTimes;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.reports.KpiService;
import id.siagahumas.security.CaseScope;
import id.siagahumas.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the daily digest says, as of the digest hour of a date in the region's zone (DESIGN.md "Daily digest").
 * Cases are those of the region (all for the national digest) and, asked through the API, also only those of the
 * caller's lane. Open cases are those opened before that moment and not closed by it, so the digest of a past day
 * reads as it did that morning (deadlines and steps as the cases stand now).
 */
@Service
public class DigestService {

  private final JdbcClient jdbc;
  private final CaseProcess process;
  private final UnitRegistry units;
  private final KpiService kpi;
  private final DigestSettings settings;

  public DigestService(JdbcClient jdbc, CaseProcess process, UnitRegistry units, KpiService kpi,
      DigestSettings settings) {
    this.jdbc = jdbc;
    this.process = process;
    this.units = units;
    this.kpi = kpi;
    this.settings = settings;
  }

  /** The region's record; {@link UnitRegistry#NATIONAL} for null. */
  public Region region(String code) {
    return code == null ? UnitRegistry.NATIONAL
        : units.region(code).orElseThrow(() -> new IllegalArgumentException("Unknown region " + code));
  }

  /** The digest hour of {@code date} in the region's zone. */
  public Instant asOf(String region, LocalDate date) {
    return date.atTime(settings.hour(), 0).atZone(region(region).zone()).toInstant();
  }

  private record Row(String caseId, String processInstanceId, String unitCode, String unitName, String region,
      String severity, String categories, boolean slaBreached, Instant openedAt, Instant closedAt, String title) {
  }

  public DailyDigest build(String regionCode, LocalDate date, CaseScope scope) {
    Region region = region(regionCode);
    Instant asOf = asOf(regionCode, date);
    Instant windowStart = asOf.minus(Duration.ofHours(24));
    // every case that may matter: open at the moment, or opened in the day before the window (its deadlines, at
    // most 24 hours after opening, may fall in the window)
    List<Row> rows = cases(regionCode, scope, asOf, windowStart.minus(Duration.ofHours(24)));
    Map<String, Map<String, Object>> vars = process.variablesOf(rows.stream().map(Row::processInstanceId).toList(),
        VERIFY_DUE_AT, STATEMENT_DUE_AT, STATEMENT_PUBLISHED_AT, VERDICT);
    Map<String, Instant> verifiedAt = process.firstCompletions("verifyFacts",
        windowStart.minus(Duration.ofHours(48)));

    List<DailyDigest.Item> newCases = new ArrayList<>();
    List<DailyDigest.Item> openCases = new ArrayList<>();
    List<DailyDigest.Breach> breaches = new ArrayList<>();
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    for (Severity s : new Severity[] {Severity.KRITIS, Severity.TINGGI, Severity.SEDANG, Severity.RENDAH}) {
      bySeverity.put(s.name(), 0);
    }
    for (Row r : rows) {
      Map<String, Object> v = vars.getOrDefault(r.processInstanceId(), Map.of());
      Region zone = zoneOf(r);
      Instant verifyDue = LocalTimes.instant(v.get(VERIFY_DUE_AT));
      Instant statementDue = LocalTimes.instant(v.get(STATEMENT_DUE_AT));
      Instant published = LocalTimes.instant(v.get(STATEMENT_PUBLISHED_AT));
      Instant verified = verifiedAt.get(r.processInstanceId());
      if (verified == null && v.get(VERDICT) != null) {
        verified = Instant.EPOCH; // verified before the history window: not late in it
      }
      boolean open = r.openedAt().isBefore(asOf) && (r.closedAt() == null || !r.closedAt().isBefore(asOf));
      boolean verifyLate = missed(verifyDue, verified, asOf);
      boolean statementLate = r.slaBreached() || missed(statementDue, published, asOf);
      DailyDigest.Item item = new DailyDigest.Item(r.caseId(), r.severity(), unitName(r), zone.name(),
          r.categories().replace(",", ", "), r.title(), LocalTimes.dateTime(r.openedAt(), zone),
          LocalTimes.dateTime(verifyDue, zone), LocalTimes.dateTime(statementDue, zone),
          state(verified, published, asOf), open && (verifyLate || statementLate));
      if (!r.openedAt().isBefore(windowStart) && r.openedAt().isBefore(asOf)) {
        newCases.add(item);
      }
      if (open) {
        openCases.add(item);
        bySeverity.merge(r.severity(), 1, Integer::sum);
      }
      if (inWindow(verifyDue, windowStart, asOf) && missed(verifyDue, verified, asOf)) {
        breaches.add(new DailyDigest.Breach(r.caseId(), r.severity(), unitName(r), "Verifikasi",
            LocalTimes.dateTime(verifyDue, zone), verified == null || verified.isAfter(asOf) ? "belum"
                : LocalTimes.dateTime(verified, zone)));
      }
      if (inWindow(statementDue, windowStart, asOf) && missed(statementDue, published, asOf)) {
        breaches.add(new DailyDigest.Breach(r.caseId(), r.severity(), unitName(r), "Pernyataan",
            LocalTimes.dateTime(statementDue, zone), published == null || published.isAfter(asOf) ? "belum"
                : LocalTimes.dateTime(published, zone)));
      }
    }
    Comparator<DailyDigest.Item> urgent = Comparator.comparing((DailyDigest.Item i) -> !i.breached())
        .thenComparing(i -> -Severity.valueOf(i.severity()).ordinal()).thenComparing(DailyDigest.Item::caseId);
    openCases.sort(urgent);
    newCases.sort(Comparator.comparing(DailyDigest.Item::caseId));
    return new DailyDigest(regionCode, regionCode == null ? "Seluruh Indonesia" : region.name(), region.zoneLabel(),
        date, asOf, LocalTimes.dateTime(asOf, region), windowStart, newCases, openCases, breaches,
        published(regionCode, scope, windowStart, asOf), bySeverity,
        kpi.kpi(date.minusDays(settings.kpiDays() - 1L), date, regionCode, scope));
  }

  private static boolean inWindow(Instant due, Instant from, Instant to) {
    return due != null && !due.isBefore(from) && due.isBefore(to);
  }

  /** A deadline that fell before {@code asOf} with its step not done by then, or done after it. */
  private static boolean missed(Instant due, Instant done, Instant asOf) {
    return due != null && due.isBefore(asOf) && (done == null || done.isAfter(due));
  }

  private static String state(Instant verified, Instant published, Instant asOf) {
    if (published != null && !published.isAfter(asOf)) {
      return "Pernyataan terbit";
    }
    if (verified != null && !verified.isAfter(asOf)) {
      return "Terverifikasi, pernyataan disiapkan";
    }
    return "Menunggu verifikasi";
  }

  private Region zoneOf(Row r) {
    return units.regionOf(units.unit(r.unitCode()).orElse(null));
  }

  private String unitName(Row r) {
    Unit unit = units.unit(r.unitCode()).orElse(null);
    return unit != null ? unit.name() : r.unitName() != null ? r.unitName() : "Belum diketahui";
  }

  private List<Row> cases(String region, CaseScope scope, Instant asOf, Instant openedSince) {
    List<Object> params = new ArrayList<>();
    params.add(utc(asOf));
    params.add(utc(asOf));
    params.add(utc(openedSince));
    String where = " WHERE c.opened_at < ? AND ((c.closed_at IS NULL OR c.closed_at >= ?) OR c.opened_at >= ?)"
        + CaseRepository.scopeCondition(scope, "c", params);
    if (region != null) {
      where += " AND c.region = ?";
      params.add(region);
    }
    return jdbc.sql("SELECT c.case_id, c.process_instance_id, c.unit_code, c.unit_name, c.region, c.severity, "
            + "c.categories, c.sla_breached, c.opened_at, c.closed_at, "
            + "(SELECT s.title FROM story s WHERE s.case_id = c.case_id ORDER BY s.published_at, s.story_id "
            + "FETCH FIRST 1 ROWS ONLY) AS title FROM crisis_case c" + where + " ORDER BY c.opened_at, c.case_id")
        .params(params)
        .query((rs, n) -> new Row(rs.getString("case_id"), rs.getString("process_instance_id"),
            rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("region"), rs.getString("severity"),
            rs.getString("categories"), rs.getBoolean("sla_breached"),
            rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
            LocalTimes.instant(rs.getObject("closed_at", OffsetDateTime.class)), rs.getString("title")))
        .list();
  }

  private List<DailyDigest.Published> published(String region, CaseScope scope, Instant from, Instant to) {
    List<Object> params = new ArrayList<>();
    params.add(utc(from));
    params.add(utc(to));
    String where = " WHERE p.sent_at >= ? AND p.sent_at < ?" + CaseRepository.scopeCondition(scope, "c", params);
    if (region != null) {
      where += " AND c.region = ?";
      params.add(region);
    }
    return jdbc.sql("SELECT p.case_id, s.version, s.statement_type, c.unit_code, c.unit_name, MIN(p.sent_at) AS first_sent, "
            + "COUNT(*) AS recipients FROM publication p JOIN statement s ON s.statement_id = p.statement_id "
            + "JOIN crisis_case c ON c.case_id = p.case_id" + where
            + " GROUP BY p.case_id, s.version, s.statement_type, c.unit_code, c.unit_name ORDER BY p.case_id, s.version")
        .params(params)
        .query((rs, n) -> {
          Unit unit = units.unit(rs.getString("unit_code")).orElse(null);
          return new DailyDigest.Published(rs.getString("case_id"), rs.getInt("version"),
              rs.getString("statement_type"), unit != null ? unit.name() : rs.getString("unit_name"),
              LocalTimes.dateTime(rs.getObject("first_sent", OffsetDateTime.class).toInstant(), units.regionOf(unit)),
              rs.getInt("recipients"));
        })
        .list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
