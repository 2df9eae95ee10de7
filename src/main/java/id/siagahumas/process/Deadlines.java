package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Deadlines of DESIGN.md: verification at half of {@code responseHours} after detection, the first
 * statement at {@code responseHours}; a reminder at half of each. Keys are the variables the timers read.
 */
record Deadlines(Date verifyReminderAt, Date verifyDueAt, Date statementReminderAt, Date statementDueAt) {

  static Deadlines from(Date detectedAt, Number responseHours) {
    Instant detected = detectedAt.toInstant();
    Duration response = Duration.ofHours(responseHours.longValue());
    return new Deadlines(Date.from(detected.plus(response.dividedBy(4))),
        Date.from(detected.plus(response.dividedBy(2))), Date.from(detected.plus(response.dividedBy(2))),
        Date.from(detected.plus(response)));
  }

  Map<String, Date> byVariable() {
    return Map.of(VERIFY_REMINDER_AT, verifyReminderAt, VERIFY_DUE_AT, verifyDueAt,
        STATEMENT_REMINDER_AT, statementReminderAt, STATEMENT_DUE_AT, statementDueAt);
  }
}
