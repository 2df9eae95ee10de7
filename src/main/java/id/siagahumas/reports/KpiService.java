package id.siagahumas.reports;

import id.siagahumas.cases.CaseRepository;
import id.siagahumas.process.CaseProcess;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.security.CaseScope;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Answer-time figures per unit (DESIGN.md: MTTA/MTTR of the humas world). Cases count in the period they were
 * opened in. Time to verify: detection (the case's opening) to the end of {@code verifyFacts}, from the engine's
 * history; time to publish: detection to the first send of a statement ({@code publication}); within deadline: of
 * the cases whose statement deadline was decided — a statement published, or the case marked late — those
 * published and never marked late. False alarms: cases the officer judged SALAH_DETEKSI.
 */
@Service
public class KpiService {

  static final String NO_UNIT = "(belum ditetapkan)";

  private final JdbcClient jdbc;
  private final CaseProcess process;
  private final UnitRegistry units;

  public KpiService(JdbcClient jdbc, CaseProcess process, UnitRegistry units) {
    this.jdbc = jdbc;
    this.process = process;
    this.units = units;
  }

  /** One case with the times the figures are made of. */
  record CaseTimes(String caseId, String processInstanceId, String unitCode, String unitName, String region,
      List<String> categories, boolean slaBreached, Instant openedAt, Instant firstPublishedAt, boolean falseAlarm) {
  }

  /** The zone a report over {@code region} (null: the whole country) reads its days in. */
  public ZoneId zone(String region) {
    return region == null ? UnitRegistry.NATIONAL.zone()
        : units.regions().stream().filter(r -> r.code().equals(region)).map(Region::zone).findFirst()
            .orElse(UnitRegistry.NATIONAL.zone());
  }

  public String zoneLabel(String region) {
    return region == null ? UnitRegistry.NATIONAL.zoneLabel()
        : units.regions().stream().filter(r -> r.code().equals(region)).map(Region::zoneLabel).findFirst()
            .orElse(UnitRegistry.NATIONAL.zoneLabel());
  }

  public KpiReport kpi(LocalDate from, LocalDate to, String region, CaseScope scope) {
    ZoneId zone = zone(region);
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    List<CaseTimes> cases = cases(start, end, region, scope);
    Map<String, Instant> verifiedAt = process.firstCompletions("verifyFacts", start.minusSeconds(1));

    Map<String, List<CaseTimes>> byUnit = new TreeMap<>();
    for (CaseTimes c : cases) {
      byUnit.computeIfAbsent(c.unitCode() == null ? "" : c.unitCode(), k -> new ArrayList<>()).add(c);
    }
    List<UnitKpi> rows = new ArrayList<>();
    for (Map.Entry<String, List<CaseTimes>> e : byUnit.entrySet()) {
      Unit unit = units.unit(e.getKey()).orElse(null);
      rows.add(figures(e.getKey().isEmpty() ? null : e.getKey(), unit != null ? unit.name() : NO_UNIT,
          unit != null ? unit.region() : null, e.getValue(), verifiedAt));
    }
    UnitKpi total = figures(null, "Semua satker", region, cases, verifiedAt);

    // cases per category per week, weeks from Monday in the report's zone
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate w = monday(from); !w.isAfter(to); w = w.plusWeeks(1)) {
      weeks.add(w);
    }
    Map<String, List<Integer>> perCategory = new LinkedHashMap<>();
    for (CaseTimes c : cases) {
      int week = weeks.indexOf(monday(c.openedAt().atZone(zone).toLocalDate()));
      for (String category : c.categories()) {
        List<Integer> counts = perCategory.computeIfAbsent(category,
            k -> new ArrayList<>(java.util.Collections.nCopies(weeks.size(), 0)));
        if (week >= 0) {
          counts.set(week, counts.get(week) + 1);
        }
      }
    }
    return new KpiReport(from, to, region, zoneLabel(region), rows, total, weeks, new TreeMap<>(perCategory));
  }

  private static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static UnitKpi figures(String unitCode, String unitName, String region, List<CaseTimes> cases,
      Map<String, Instant> verifiedAt) {
    List<Double> toVerify = new ArrayList<>();
    List<Double> toPublish = new ArrayList<>();
    int decided = 0;
    int within = 0;
    int falseAlarms = 0;
    for (CaseTimes c : cases) {
      Instant verified = verifiedAt.get(c.processInstanceId());
      if (verified != null) {
        toVerify.add(minutes(c.openedAt(), verified));
      }
      if (c.firstPublishedAt() != null) {
        toPublish.add(minutes(c.openedAt(), c.firstPublishedAt()));
      }
      if (c.firstPublishedAt() != null || c.slaBreached()) {
        decided++;
        if (c.firstPublishedAt() != null && !c.slaBreached()) {
          within++;
        }
      }
      if (c.falseAlarm()) {
        falseAlarms++;
      }
    }
    return new UnitKpi(unitCode, unitName, region, cases.size(), toVerify.size(), median(toVerify), toPublish.size(),
        median(toPublish), decided, within, decided == 0 ? null : Math.round(1000.0 * within / decided) / 1000.0,
        falseAlarms);
  }

  private static double minutes(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds() / 60.0;
  }

  /** The median, rounded to a tenth of a minute; null for no values. */
  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return Math.round(median * 10) / 10.0;
  }

  private List<CaseTimes> cases(Instant start, Instant end, String region, CaseScope scope) {
    List<Object> params = new ArrayList<>();
    params.add(start.atOffset(ZoneOffset.UTC));
    params.add(end.atOffset(ZoneOffset.UTC));
    String where = " WHERE c.opened_at >= ? AND c.opened_at < ?" + CaseRepository.scopeCondition(scope, "c", params);
    if (region != null) {
      where += " AND c.region = ?";
      params.add(region);
    }
    return jdbc.sql("SELECT c.case_id, c.process_instance_id, c.unit_code, c.unit_name, c.region, c.categories, "
            + "c.sla_breached, c.opened_at, "
            + "(SELECT MIN(p.sent_at) FROM publication p WHERE p.case_id = c.case_id) AS first_published, "
            + "(SELECT COUNT(*) FROM false_alarm f WHERE f.case_id = c.case_id) AS false_alarms "
            + "FROM crisis_case c" + where + " ORDER BY c.opened_at")
        .params(params)
        .query((rs, row) -> new CaseTimes(rs.getString("case_id"), rs.getString("process_instance_id"),
            rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("region"),
            Arrays.asList(rs.getString("categories").split(",")), rs.getBoolean("sla_breached"),
            rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
            instant(rs.getObject("first_published", OffsetDateTime.class)), rs.getInt("false_alarms") > 0))
        .list();
  }

  private static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}
