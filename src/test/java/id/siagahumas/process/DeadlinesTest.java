package id.siagahumas.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.severity.DeadlineFractions;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md deadlines: verify at half the response time, the statement at all of it, reminders at half of each. */
class DeadlinesTest {

  @ParameterizedTest(name = "{0} h")
  @CsvSource({"2, 30, 60, 60, 120", "6, 90, 180, 180, 360", "12, 180, 360, 360, 720", "24, 360, 720, 720, 1440"})
  void fractionsOfTheResponseTime(int hours, long verifyReminder, long verifyDue, long statementReminder,
      long statementDue) {
    Instant detected = Instant.parse("2026-11-23T01:00:00Z");
    Deadlines deadlines = Deadlines.from(Date.from(detected), hours, DeadlineFractions.DEFAULT);
    assertThat(minutesAfter(detected, deadlines.verifyReminderAt())).isEqualTo(verifyReminder);
    assertThat(minutesAfter(detected, deadlines.verifyDueAt())).isEqualTo(verifyDue);
    assertThat(minutesAfter(detected, deadlines.statementReminderAt())).isEqualTo(statementReminder);
    assertThat(minutesAfter(detected, deadlines.statementDueAt())).isEqualTo(statementDue);
    assertThat(deadlines.byVariable()).hasSize(4).containsEntry(CaseVariables.STATEMENT_DUE_AT,
        deadlines.statementDueAt());
  }

  @org.junit.jupiter.api.Test
  void otherFractionsFromThePolicyMoveTheDeadlinesButNotTheStatementsDue() {
    Instant detected = Instant.parse("2026-11-23T01:00:00Z");
    Deadlines deadlines = Deadlines.from(Date.from(detected), 6, new DeadlineFractions(0.1, 0.4, 0.75));
    assertThat(minutesAfter(detected, deadlines.verifyReminderAt())).isEqualTo(36);
    assertThat(minutesAfter(detected, deadlines.verifyDueAt())).isEqualTo(144);
    assertThat(minutesAfter(detected, deadlines.statementReminderAt())).isEqualTo(270);
    assertThat(minutesAfter(detected, deadlines.statementDueAt())).isEqualTo(360);
  }

  private static long minutesAfter(Instant start, Date at) {
    return java.time.Duration.between(start, at.toInstant()).toMinutes();
  }
}
