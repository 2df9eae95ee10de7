package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import id.siagahumas.severity.DeadlineFractions;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Deadlines of DESIGN.md after detection: the statement at {@code responseHours}, verification and the
 * reminders at the fractions of it the severity policy gives (by default verification at half, reminders at a
 * quarter and at half). Keys are the variables the timers read.
 */
record Deadlines(Date verifyReminderAt, Date verifyDueAt, Date statementReminderAt, Date statementDueAt) {

  static Deadlines from(Date detectedAt, Number responseHours, DeadlineFractions fractions) {
    Instant detected = detectedAt.toInstant();
    Duration response = Duration.ofHours(responseHours.longValue());
    return new Deadlines(at(detected, response, fractions.verifyReminder()),
        at(detected, response, fractions.verifyDue()), at(detected, response, fractions.statementReminder()),
        Date.from(detected.plus(response)));
  }

  /** The fractions the case's assessment stored; the default policy's for a case assessed before them. */
  static DeadlineFractions fractionsOf(VariableScope execution) {
    Object reminder = execution.getVariable(VERIFY_REMINDER_FRACTION);
    Object due = execution.getVariable(VERIFY_DUE_FRACTION);
    Object statement = execution.getVariable(STATEMENT_REMINDER_FRACTION);
    if (reminder instanceof Number r && due instanceof Number d && statement instanceof Number st) {
      return new DeadlineFractions(r.doubleValue(), d.doubleValue(), st.doubleValue());
    }
    return DeadlineFractions.DEFAULT;
  }

  private static Date at(Instant detected, Duration response, double fraction) {
    return Date.from(detected.plusMillis(Math.round(response.toMillis() * fraction)));
  }

  Map<String, Date> byVariable() {
    return Map.of(VERIFY_REMINDER_AT, verifyReminderAt, VERIFY_DUE_AT, verifyDueAt,
        STATEMENT_REMINDER_AT, statementReminderAt, STATEMENT_DUE_AT, statementDueAt);
  }
}
