package id.siagahumas.cases;

import java.time.OffsetDateTime;

/**
 * One row of {@code crisis_case}: what lists and grouping need without asking the engine. {@code unitName} is
 * the unit as the first story named it (registered or not), the grouping key when {@code unitCode} is null.
 */
public record CaseRecord(String caseId, String processInstanceId, String unitCode, String region, String severity,
    String categories, String status, boolean slaBreached, OffsetDateTime openedAt, OffsetDateTime lastStoryAt,
    OffsetDateTime closedAt, String closingReason, String unitName) {

  /** A case without a unit name read from its story. */
  public CaseRecord(String caseId, String processInstanceId, String unitCode, String region, String severity,
      String categories, String status, boolean slaBreached, OffsetDateTime openedAt, OffsetDateTime lastStoryAt,
      OffsetDateTime closedAt, String closingReason) {
    this(caseId, processInstanceId, unitCode, region, severity, categories, status, slaBreached, openedAt,
        lastStoryAt, closedAt, closingReason, null);
  }

  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";
}
