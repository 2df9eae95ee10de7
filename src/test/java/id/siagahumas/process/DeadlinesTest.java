package id.siagahumas.process;

import static org.assertj.core.api.Assertions.assertThat;

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
    Deadlines deadlines = Deadlines.from(Date.from(detected), hours);
    assertThat(minutesAfter(detected, deadlines.verifyReminderAt())).isEqualTo(verifyReminder);
    assertThat(minutesAfter(detected, deadlines.verifyDueAt())).isEqualTo(verifyDue);
    assertThat(minutesAfter(detected, deadlines.statementReminderAt())).isEqualTo(statementReminder);
    assertThat(minutesAfter(detected, deadlines.statementDueAt())).isEqualTo(statementDue);
    assertThat(deadlines.byVariable()).hasSize(4).containsEntry(CaseVariables.STATEMENT_DUE_AT,
        deadlines.statementDueAt());
  }

  private static long minutesAfter(Instant start, Date at) {
    return java.time.Duration.between(start, at.toInstant()).toMinutes();
  }
}
