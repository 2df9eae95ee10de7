package id.siagahumas.registry;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** Times as people read them: in the unit's zone, in Indonesian, labelled (WIB, WITA, WIT). */
public final class LocalTimes {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", INDONESIAN);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

  private LocalTimes() {
  }

  /** e.g. {@code 1 Oktober 2026, 07.00 WIB}. */
  public static String dateTime(Instant instant, Region region) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(region.zone())) + " " + region.zoneLabel();
  }

  public static String dateTime(Date date, Region region) {
    return date == null ? "" : dateTime(date.toInstant(), region);
  }

  /** A stored time as an instant: engine variables hold {@link Date}, our tables {@link java.time.OffsetDateTime}. */
  public static Instant instant(Object value) {
    if (value instanceof Date d) {
      return d.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return null;
  }

  /** e.g. {@code 1 Oktober 2026}. */
  public static String date(Instant instant, Region region) {
    return instant == null ? "" : DATE.format(instant.atZone(region.zone()));
  }
}
