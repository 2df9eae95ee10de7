package id.siagahumas.board;

import id.siagahumas.registry.LocalTimes;
import id.siagahumas.registry.Region;
import java.time.Instant;

/** Formats the times of one case in its unit's zone, for the templates: {@code ${t.of(story.publishedAt)}}. */
public record LocalTimeFormat(Region zone) {

  public String of(Instant instant) {
    return instant == null ? "—" : LocalTimes.dateTime(instant, zone);
  }
}
