package id.siagahumas.cases;

import java.time.OffsetDateTime;

/** One row of {@code crisis_case}: what lists and grouping need without asking the engine. */
public record CaseRecord(String caseId, String processInstanceId, String unitCode, String region, String severity,
    String categories, String status, boolean slaBreached, OffsetDateTime openedAt, OffsetDateTime lastStoryAt,
    OffsetDateTime closedAt, String closingReason) {

  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";
}
