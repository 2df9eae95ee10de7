package id.siagahumas.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/reports/kpi}: per unit figures over the days {@code from} to {@code to} (inclusive, in the zone
 * of the region, WIB for the whole country), their total, and the cases per category per week (weeks starting on
 * Monday, labelled by that Monday).
 */
public record KpiReport(LocalDate from, LocalDate to, String region, String zone, List<UnitKpi> units, UnitKpi total,
    List<LocalDate> weeks, Map<String, List<Integer>> casesPerCategoryPerWeek) {
}
