package id.siagahumas.board;

import java.time.Duration;
import java.time.Instant;

/**
 * A deadline as people read it: when it falls in the unit's zone ({@code 24 November 2026, 14.30 WIB}), and while its
 * step is still open how much time is left ({@code 2 jam 15 menit lagi}) or how late it is ({@code lewat 40 menit}).
 */
public record DeadlineView(Instant dueAt, String dueLocal, boolean pending, boolean overdue, String remaining,
    String doneNote) {

  static DeadlineView of(Instant dueAt, String dueLocal, boolean pending, Instant now, String doneNote) {
    if (dueAt == null) {
      return new DeadlineView(null, "", pending, false, "", pending ? "belum ditetapkan" : doneNote);
    }
    if (!pending) {
      return new DeadlineView(dueAt, dueLocal, false, false, "", doneNote);
    }
    Duration left = Duration.between(now, dueAt);
    boolean overdue = left.isNegative() || left.isZero();
    return new DeadlineView(dueAt, dueLocal, true, overdue,
        overdue ? "lewat " + words(left.negated()) : words(left) + " lagi", "");
  }

  /** e.g. {@code 1 hari 2 jam}, {@code 2 jam 15 menit}, {@code 40 menit}. */
  static String words(Duration duration) {
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = minutes % (24 * 60) / 60;
    long mins = minutes % 60;
    if (days > 0) {
      return days + " hari" + (hours > 0 ? " " + hours + " jam" : "");
    }
    if (hours > 0) {
      return hours + " jam" + (mins > 0 ? " " + mins + " menit" : "");
    }
    return mins + " menit";
  }

  /** For ordering: time left to this deadline while it is pending, else nothing. */
  Duration leftAt(Instant now) {
    return pending && dueAt != null ? Duration.between(now, dueAt) : null;
  }
}
