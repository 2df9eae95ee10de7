package id.siagahumas.board;

import java.util.List;

/**
 * One line of the case board, ready to show: severity, unit, story, stage in words, who holds it, and each
 * deadline with the time left in the unit's zone.
 */
public record BoardRow(String caseId, String severity, String unitName, String region, String title, int outlets,
    String stage, String holder, String taskId, DeadlineView verification, DeadlineView statement, boolean slaBreached,
    List<String> categories) {

  /** Whether any deadline of the case has passed while its step is still open, or it was marked late. */
  public boolean breached() {
    return slaBreached || verification.overdue() || statement.overdue();
  }
}
