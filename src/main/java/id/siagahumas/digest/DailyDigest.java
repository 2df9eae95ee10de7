package id.siagahumas.digest;

import id.siagahumas.reports.KpiReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The daily digest of one region (or of the whole country, {@code region} null) as of {@code asOf}, the digest
 * hour of {@code date} in the region's zone: the cases opened in the 24 hours before, the cases open at that moment
 * with their deadlines, the deadlines missed in those 24 hours, and the statements published in them; with the
 * open cases per severity and the answer-time figures of the last days for the charts. Local times are in each
 * case's unit's zone.
 */
public record DailyDigest(String region, String regionName, String zoneLabel, LocalDate date, Instant asOf,
    String asOfLocal, Instant windowStart, List<Item> newCases, List<Item> openCases, List<Breach> breaches,
    List<Published> statementsPublished, Map<String, Integer> openBySeverity, KpiReport kpi) {

  /** One case: what it is about, where it stands and its deadlines. */
  public record Item(String caseId, String severity, String unitName, String region, String categories,
      String title, String openedAtLocal, String verifyDueLocal, String statementDueLocal, String state,
      boolean breached) {
  }

  /** A deadline missed in the 24 hours: which one and when it fell. */
  public record Breach(String caseId, String severity, String unitName, String deadline, String dueLocal,
      String doneLocal) {
  }

  /** A statement version first sent in the 24 hours, with how many recipients it went to. */
  public record Published(String caseId, int version, String type, String unitName, String firstSentLocal,
      int recipients) {
  }
}
