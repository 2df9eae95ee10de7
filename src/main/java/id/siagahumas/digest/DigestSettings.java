package id.siagahumas.digest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code siaga.digest.*}: the daily digest for leadership.
 *
 * @param enabled whether digests are sent (the hourly process runs either way; it sends nothing when off)
 * @param hour    local hour (0-23) in each region's zone at which its digest goes out; the national one at that
 *                hour WIB
 * @param catchUp how long after that hour a digest not yet sent (the application was down) still goes out that day
 * @param kpiDays days of answer-time figures the digest's chart covers, up to its date
 */
@ConfigurationProperties("siaga.digest")
public record DigestSettings(@DefaultValue("true") boolean enabled, @DefaultValue("7") int hour,
    @DefaultValue("PT3H") Duration catchUp, @DefaultValue("30") int kpiDays) {

  public DigestSettings {
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("siaga.digest.hour must be 0-23, was " + hour);
    }
    if (catchUp.isNegative() || catchUp.compareTo(Duration.ofHours(23)) > 0) {
      throw new IllegalArgumentException("siaga.digest.catch-up must be between PT0S and PT23H");
    }
  }
}
