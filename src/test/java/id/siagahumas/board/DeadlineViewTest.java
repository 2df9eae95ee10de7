package id.siagahumas.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines in words and the board's order of urgency, without the application. */
class DeadlineViewTest {

  private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

  private static DeadlineView due(Duration fromNow, boolean pending) {
    return DeadlineView.of(NOW.plus(fromNow), "x", pending, NOW, "selesai");
  }

  private static BoardRow row(String id, String severity, DeadlineView verification, DeadlineView statement) {
    return new BoardRow(id, severity, "u", "r", "t", 1, "s", "h", null, verification, statement, false, List.of());
  }

  @Test
  void timeLeftAndLatenessReadAsPeopleSayThem() {
    assertThat(due(Duration.ofMinutes(135), true).remaining()).isEqualTo("2 jam 15 menit lagi");
    assertThat(due(Duration.ofHours(26), true).remaining()).isEqualTo("1 hari 2 jam lagi");
    assertThat(due(Duration.ofMinutes(40), true).remaining()).isEqualTo("40 menit lagi");
    DeadlineView late = due(Duration.ofMinutes(-61), true);
    assertThat(late.overdue()).isTrue();
    assertThat(late.remaining()).isEqualTo("lewat 1 jam 1 menit");
    DeadlineView done = due(Duration.ofMinutes(-61), false);
    assertThat(done.overdue()).as("a step done is never late on the board").isFalse();
    assertThat(done.doneNote()).isEqualTo("selesai");
    assertThat(DeadlineView.of(null, "", true, NOW, "").doneNote()).isEqualTo("belum ditetapkan");
  }

  @Test
  void overdueFirstThenTheNearestOpenDeadlineThenSeverityThenNothingOpen() {
    BoardRow published = row("KRS-2026-000001", "KRITIS", due(Duration.ofHours(-5), false),
        due(Duration.ofHours(-1), false));
    BoardRow soon = row("KRS-2026-000002", "RENDAH", due(Duration.ofMinutes(30), true), due(Duration.ofHours(5), true));
    BoardRow laterButSevere = row("KRS-2026-000003", "KRITIS", due(Duration.ofMinutes(50), true),
        due(Duration.ofHours(1), true));
    BoardRow overdue = row("KRS-2026-000004", "RENDAH", due(Duration.ofMinutes(-5), true),
        due(Duration.ofHours(8), true));
    BoardRow sameTimeLessSevere = row("KRS-2026-000005", "SEDANG", due(Duration.ofMinutes(50), true),
        due(Duration.ofHours(1), true));
    List<BoardRow> rows = new ArrayList<>(List.of(published, soon, laterButSevere, overdue, sameTimeLessSevere));
    rows.sort(BoardService.urgency(NOW));
    assertThat(rows).extracting(BoardRow::caseId).containsExactly("KRS-2026-000004", "KRS-2026-000002",
        "KRS-2026-000003", "KRS-2026-000005", "KRS-2026-000001");
    assertThat(overdue.breached()).isTrue();
    assertThat(soon.breached()).isFalse();
  }
}
