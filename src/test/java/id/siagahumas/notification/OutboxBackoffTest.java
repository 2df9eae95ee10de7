package id.siagahumas.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A failed delivery waits 30 s, doubling with each attempt, never more than 30 minutes. */
class OutboxBackoffTest {

  @ParameterizedTest(name = "attempt {0}: {1} s")
  @CsvSource({"1, 30", "2, 60", "3, 120", "4, 240", "5, 480", "6, 960", "7, 1800", "12, 1800", "60, 1800"})
  void doublesUpToHalfAnHour(int attempt, long seconds) {
    assertThat(OutboxDispatcher.backoff(attempt)).isEqualTo(Duration.ofSeconds(seconds));
  }
}
