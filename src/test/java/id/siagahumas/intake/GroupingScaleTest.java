package id.siagahumas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.siagahumas.support.SiagaSpringTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grouping stays indexed: with 1,000 and then 50,000 stories stored, one intake's lookup examines the
 * same bounded number of rows, counted by the matcher and by H2's own scan counter (rows, not seconds), both
 * for a registered unit (by code) and for a unit known only by the name the story gives (every tenth case).
 */
@SiagaSpringTest
class GroupingScaleTest {

  private static final String[] UNITS = {"lapas-palembang", "rutan-palembang", "lapas-semarang", "lapas-malang",
      "lapas-jambi", "lapas-banjarmasin", "rutan-surabaya", "lapas-kediri", "lpka-blitar", "lapas-magelang"};
  private static final String[] CATEGORIES = {"PELARIAN", "NARKOBA", "PUNGLI", "KEKERASAN", "OVERKAPASITAS"};
  private static final Instant NOW = Instant.parse("2026-10-20T00:00:00Z");
  private static final String UNREGISTERED = "Lapas Kelas IIB Uji Skala";

  @Autowired JdbcTemplate jdbc;
  @Autowired CaseMatcher matcher;

  private int stored;

  @AfterEach
  void removeSyntheticRows() {
    jdbc.update("DELETE FROM story WHERE url LIKE 'https://skala.example/%'");
    jdbc.update("DELETE FROM crisis_case WHERE case_id LIKE 'KRS-2001-%'");
  }

  /** Stores 5 stories per case, one case every 6 hours back in time; a few old cases were never closed. */
  private void storeUpTo(int stories) {
    List<Object[]> caseRows = new ArrayList<>();
    List<Object[]> storyRows = new ArrayList<>();
    for (int i = stored; i < stories; i++) {
      int caseNo = i / 5;
      String caseId = "KRS-2001-%06d".formatted(caseNo);
      String unit = UNITS[caseNo % UNITS.length];
      String category = CATEGORIES[caseNo % CATEGORIES.length];
      // One case every 6 hours going back in time; only the three newest (within the window) are still open.
      Instant published = NOW.minus(caseNo * 6L, ChronoUnit.HOURS).minus(i % 5, ChronoUnit.MINUTES);
      if (i % 5 == 0) {
        boolean open = caseNo < 3 || caseNo == 5 || caseNo % 97 == 0;
        // Every tenth case is of an unregistered unit, known by the name its stories give.
        boolean named = caseNo % 10 == 5;
        caseRows.add(new Object[] {caseId, named ? null : unit, named ? UNREGISTERED : unit + " (nama)", "sumsel",
            "TINGGI", category, open ? "OPEN" : "CLOSED", Timestamp.from(published), Timestamp.from(published)});
      }
      storyRows.add(new Object[] {caseId, "https://skala.example/" + i, "skala.example/" + i,
          "%064d".formatted(i), "Outlet " + (i % 7), "REGIONAL", "Berita ke-" + i + " tentang " + unit,
          "Isi berita sintetis nomor " + i + " tentang kejadian di " + unit + ".", Timestamp.from(published),
          Timestamp.from(published), unit, category, "MANUAL", "ATTACHED"});
    }
    jdbc.batchUpdate("INSERT INTO crisis_case (case_id, unit_code, unit_name, region, severity, categories, status, "
        + "opened_at, last_story_at) VALUES (?,?,?,?,?,?,?,?,?)", caseRows);
    jdbc.batchUpdate("INSERT INTO story (case_id, url, canonical_url, url_hash, outlet, reach, title, body, "
        + "published_at, received_at, unit_code, categories, negative, source, status) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,TRUE,?,?)", storyRows);
    stored = stories;
  }

  private int rowsExaminedForOneIntake() {
    return matcher.match("lapas-palembang", null, List.of("PELARIAN"), NOW, "Napi kabur dari Lapas Palembang",
        "Seorang narapidana melarikan diri.").rowsExamined();
  }

  private int rowsExaminedForOneIntakeByName() {
    return matcher.match(null, UNREGISTERED, List.of("PELARIAN"), NOW, "Napi kabur dari Lapas Uji Skala",
        "Seorang narapidana melarikan diri.").rowsExamined();
  }

  /** H2's count of rows it scanned for the candidate query (EXPLAIN ANALYZE reports scanCount). */
  private int scannedByDatabase() {
    return scanned("unit_code = 'lapas-palembang'", "CRISIS_CASE_OPEN_UNIT");
  }

  private int scannedByDatabaseByName() {
    return scanned("unit_name = '" + UNREGISTERED + "'", "CRISIS_CASE_OPEN_UNIT_NAME");
  }

  private int scanned(String unitCondition, String index) {
    String plan = jdbc.queryForObject("EXPLAIN ANALYZE SELECT * FROM crisis_case WHERE status = 'OPEN' "
        + "AND " + unitCondition + " AND last_story_at >= TIMESTAMP WITH TIME ZONE '2026-10-17 00:00:00Z' "
        + "ORDER BY last_story_at DESC", String.class);
    Matcher m = Pattern.compile("scanCount: (\\d+)").matcher(plan);
    int total = 0;
    while (m.find()) {
      total += Integer.parseInt(m.group(1));
    }
    assertThat(plan).contains(index + ":");
    return total;
  }

  @Test
  void theLookupDoesNotGrowWithTheStoriesStored() {
    storeUpTo(1_000);
    int examinedSmall = rowsExaminedForOneIntake();
    int scannedSmall = scannedByDatabase();
    int examinedSmallByName = rowsExaminedForOneIntakeByName();
    int scannedSmallByName = scannedByDatabaseByName();

    storeUpTo(50_000);
    int examinedLarge = rowsExaminedForOneIntake();
    int scannedLarge = scannedByDatabase();
    int examinedLargeByName = rowsExaminedForOneIntakeByName();
    int scannedLargeByName = scannedByDatabaseByName();

    System.out.printf("Grouping lookup: %d rows examined at 1,000 stories, %d at 50,000; "
        + "H2 scanned %d and %d rows%n", examinedSmall, examinedLarge, scannedSmall, scannedLarge);
    System.out.printf("Grouping lookup by unit name: %d rows examined at 1,000 stories, %d at 50,000; "
        + "H2 scanned %d and %d rows%n", examinedSmallByName, examinedLargeByName, scannedSmallByName,
        scannedLargeByName);
    assertThat(examinedLarge).isEqualTo(examinedSmall).isLessThanOrEqualTo(15);
    assertThat(scannedLarge).isEqualTo(scannedSmall).isLessThanOrEqualTo(10);
    assertThat(examinedLargeByName).isEqualTo(examinedSmallByName).isLessThanOrEqualTo(15);
    assertThat(scannedLargeByName).isEqualTo(scannedSmallByName).isLessThanOrEqualTo(10);
  }
}
