package id.siagahumas.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code outbox} table. Messages are added in the transaction of the step that causes them (so a
 * rolled-back step sends nothing) and claimed one by one by the dispatcher.
 */
@Repository
public class Outbox {

  private final JdbcClient jdbc;

  public Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(String caseId, String kind, String event, String recipient, String subject, String body,
      Instant now) {
    jdbc.sql("INSERT INTO outbox (case_id, kind, event, recipient, subject, body, status, attempts, next_attempt_at, "
            + "created_at) VALUES (?,?,?,?,?,?,'PENDING',0,?,?)")
        .params(caseId, kind, event, recipient, subject, body, utc(now), utc(now)).update();
  }

  /**
   * Adds a message with a file attached (stored once by {@link #addAttachment}); it goes out as a multipart e-mail.
   */
  public void add(String caseId, String kind, String event, String recipient, String subject, String body,
      Instant now, long attachmentId) {
    jdbc.sql("INSERT INTO outbox (case_id, kind, event, recipient, subject, body, status, attempts, next_attempt_at, "
            + "created_at, attachment_id) VALUES (?,?,?,?,?,?,'PENDING',0,?,?,?)")
        .params(caseId, kind, event, recipient, subject, body, utc(now), utc(now), attachmentId).update();
  }

  /** Stores a file for messages to carry; returns its id. */
  public long addAttachment(String fileName, String contentType, byte[] content, Instant now) {
    org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("INSERT INTO outbox_attachment (file_name, content_type, content, created_at) VALUES (?,?,?,?)")
        .params(fileName, contentType, content, utc(now)).update(key, "attachment_id");
    return java.util.Objects.requireNonNull(key.getKeyAs(Number.class)).longValue();
  }

  /** A stored attachment: file name, content type and bytes. */
  public record Attachment(String fileName, String contentType, byte[] content) {
  }

  public java.util.Optional<Attachment> attachment(long attachmentId) {
    return jdbc.sql("SELECT file_name, content_type, content FROM outbox_attachment WHERE attachment_id = ?")
        .param(attachmentId)
        .query((rs, row) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
  }

  public List<OutboxMessage> due(Instant now, int limit) {
    return jdbc.sql("SELECT * FROM outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
            + "ORDER BY next_attempt_at, outbox_id FETCH FIRST " + limit + " ROWS ONLY")
        .param(utc(now)).query(Outbox::map).list();
  }

  /** Takes the message for one delivery attempt; false when another node already took it. */
  public boolean claim(OutboxMessage message, Instant retryAt) {
    return jdbc.sql("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ? "
            + "WHERE outbox_id = ? AND status = 'PENDING' AND attempts = ?")
        .params(utc(retryAt), message.outboxId(), message.attempts()).update() == 1;
  }

  public void sent(long outboxId, String messageId, Instant at) {
    jdbc.sql("UPDATE outbox SET status = 'SENT', sent_at = ?, message_id = ?, last_error = NULL WHERE outbox_id = ?")
        .params(utc(at), messageId, outboxId).update();
  }

  /** Kept without a mail server to hand it to: done, but not sent (nobody was mailed). */
  public void recorded(long outboxId, Instant at) {
    jdbc.sql("UPDATE outbox SET status = '" + OutboxMessage.RECORDED + "', sent_at = ?, last_error = NULL "
            + "WHERE outbox_id = ?").params(utc(at), outboxId).update();
  }

  public void failedAttempt(long outboxId, String error, boolean giveUp) {
    jdbc.sql("UPDATE outbox SET last_error = ?, status = ? WHERE outbox_id = ?")
        .params(error.length() > 2000 ? error.substring(0, 2000) : error, giveUp ? "FAILED" : "PENDING", outboxId)
        .update();
  }

  /** Puts failed messages of a case back in the queue (after the cause was fixed). */
  public int retryFailed(String caseId, Instant now) {
    return jdbc.sql("UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ? "
            + "WHERE case_id = ? AND status = 'FAILED'").params(utc(now), caseId).update();
  }

  public List<OutboxMessage> ofCase(String caseId) {
    return jdbc.sql("SELECT * FROM outbox WHERE case_id = ? ORDER BY created_at, outbox_id").param(caseId)
        .query(Outbox::map).list();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
    return new OutboxMessage(rs.getLong("outbox_id"), rs.getString("case_id"), rs.getString("kind"),
        rs.getString("event"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
        rs.getString("status"), rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "sent_at"),
        rs.getString("message_id"), rs.getString("last_error"),
        rs.getObject("attachment_id") == null ? null : rs.getLong("attachment_id"));
  }
}
