package id.siagahumas.drafting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code statement}: every submitted version is kept. */
@Repository
public class StatementRepository {

  private static final String COLUMNS = "statement_id, case_id, version, statement_type, text, drafted_by, "
      + "drafted_at, status, decided_by, decided_at, decision_note";

  private final JdbcClient jdbc;

  public StatementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the next version of the case's statement and returns its id. */
  public long submit(String caseId, String type, String text, String draftedBy, Instant at) {
    int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM statement WHERE case_id = ?").param(caseId)
        .query(Integer.class).single();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO statement (case_id, version, statement_type, text, drafted_by, drafted_at, status) "
            + "VALUES (?,?,?,?,?,?,?)")
        .params(caseId, version, type, text, draftedBy, at.atOffset(ZoneOffset.UTC), Statement.SUBMITTED)
        .update(keys, "statement_id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public void decide(long statementId, String status, String decidedBy, String note, Instant at) {
    jdbc.sql("UPDATE statement SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? "
            + "WHERE statement_id = ?")
        .params(status, decidedBy, at.atOffset(ZoneOffset.UTC), note, statementId).update();
  }

  public void markPublished(long statementId) {
    jdbc.sql("UPDATE statement SET status = ? WHERE statement_id = ?").params(Statement.PUBLISHED, statementId)
        .update();
  }

  public Optional<Statement> find(long statementId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM statement WHERE statement_id = ?").param(statementId)
        .query(StatementRepository::map).optional();
  }

  /** The version now under review or approved: the newest one. */
  public Optional<Statement> latestOfCase(String caseId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM statement WHERE case_id = ? ORDER BY version DESC "
            + "FETCH FIRST 1 ROWS ONLY")
        .param(caseId).query(StatementRepository::map).optional();
  }

  public List<Statement> ofCase(String caseId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM statement WHERE case_id = ? ORDER BY version").param(caseId)
        .query(StatementRepository::map).list();
  }

  private static Statement map(ResultSet rs, int row) throws SQLException {
    return new Statement(rs.getLong("statement_id"), rs.getString("case_id"), rs.getInt("version"),
        rs.getString("statement_type"), rs.getString("text"), rs.getString("drafted_by"),
        rs.getObject("drafted_at", OffsetDateTime.class), rs.getString("status"), rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_note"));
  }
}
