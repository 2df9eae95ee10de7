package id.siagahumas.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Fills the stopped application's H2 file with stories of earlier, closed cases, as a year or two of
 * work leaves them: five stories per case, spread over the units, one case every hour going back.
 */
final class StoreSeeder {

  private static final String[] CATEGORIES = {"PELARIAN", "NARKOBA", "PUNGLI", "KEKERASAN", "OVERKAPASITAS",
      "PONSEL_ILEGAL", "PELAYANAN", "PERLAKUAN_ISTIMEWA"};

  private StoreSeeder() {
  }

  static void seed(Path dataDir, int stories, BenchStories corpus) throws SQLException {
    String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("siaga-humas") + ";AUTO_SERVER=FALSE";
    Instant start = Instant.now().minus(200, ChronoUnit.DAYS);
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      db.setAutoCommit(false);
      try (PreparedStatement cases = db.prepareStatement("INSERT INTO crisis_case (case_id, unit_code, region, "
          + "severity, categories, status, opened_at, last_story_at, closed_at, closing_reason) "
          + "VALUES (?,?,?,?,?,'CLOSED',?,?,?,'Arsip uji beban')");
          PreparedStatement rows = db.prepareStatement("INSERT INTO story (case_id, url, canonical_url, url_hash, "
              + "outlet, reach, title, body, published_at, received_at, unit_code, categories, negative, source, "
              + "status) VALUES (?,?,?,?,?,'REGIONAL',?,?,?,?,?,?,TRUE,'MANUAL',?)")) {
        for (int i = 0; i < stories; i++) {
          int caseNo = i / 5;
          BenchStories.Incident incident = corpus.incident(1_000_000 + caseNo);
          String caseId = "KRS-1999-%06d".formatted(caseNo);
          Timestamp at = Timestamp.from(start.minus(caseNo, ChronoUnit.HOURS).minus(i % 5, ChronoUnit.MINUTES));
          String category = CATEGORIES[caseNo % CATEGORIES.length];
          if (i % 5 == 0) {
            cases.setString(1, caseId);
            cases.setString(2, incident.unit().code());
            cases.setString(3, incident.unit().region());
            cases.setString(4, "TINGGI");
            cases.setString(5, category);
            cases.setTimestamp(6, at);
            cases.setTimestamp(7, at);
            cases.setTimestamp(8, at);
            cases.addBatch();
          }
          rows.setString(1, caseId);
          rows.setString(2, "https://arsip.example/berita/" + i);
          rows.setString(3, "arsip.example/berita/" + i);
          rows.setString(4, "%064x".formatted(i));
          rows.setString(5, "Arsip " + (i % 11));
          rows.setString(6, i % 5 == 0 ? incident.title() : incident.retitle());
          rows.setString(7, i % 5 == 0 ? incident.body() : incident.rebody());
          rows.setTimestamp(8, at);
          rows.setTimestamp(9, at);
          rows.setString(10, incident.unit().code());
          rows.setString(11, category);
          rows.setString(12, i % 5 == 0 ? "NEW_CASE" : "ATTACHED");
          rows.addBatch();
          if (i % 5_000 == 4_999) {
            cases.executeBatch();
            rows.executeBatch();
            db.commit();
          }
        }
        cases.executeBatch();
        rows.executeBatch();
        db.commit();
      }
    }
  }
}
