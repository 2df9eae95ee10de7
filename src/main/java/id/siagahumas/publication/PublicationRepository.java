package id.siagahumas.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code publication}; its unique key is what makes a retried publish send once. */
@Repository
public class PublicationRepository {

  private final JdbcClient jdbc;

  public PublicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean sent(long statementId, String channel, String recipient) {
    return jdbc.sql("SELECT COUNT(*) FROM publication WHERE statement_id = ? AND channel = ? AND recipient = ?")
        .params(statementId, channel, recipient).query(Integer.class).single() > 0;
  }

  public void record(String caseId, long statementId, String type, String channel, String recipient,
      String recipientName, Instant at, String outcome, String messageId) {
    jdbc.sql("INSERT INTO publication (case_id, statement_id, statement_type, channel, recipient, recipient_name, "
            + "sent_at, outcome, message_id) VALUES (?,?,?,?,?,?,?,?,?)")
        .params(caseId, statementId, type, channel, recipient, recipientName, at.atOffset(ZoneOffset.UTC), outcome,
            messageId)
        .update();
  }

  public List<Publication> ofCase(String caseId) {
    return jdbc.sql("SELECT * FROM publication WHERE case_id = ? ORDER BY sent_at, publication_id").param(caseId)
        .query(PublicationRepository::map).list();
  }

  private static Publication map(ResultSet rs, int row) throws SQLException {
    return new Publication(rs.getLong("publication_id"), rs.getString("case_id"), rs.getLong("statement_id"),
        rs.getString("statement_type"), rs.getString("channel"), rs.getString("recipient"),
        rs.getString("recipient_name"), rs.getObject("sent_at", OffsetDateTime.class), rs.getString("outcome"),
        rs.getString("message_id"));
  }
}
