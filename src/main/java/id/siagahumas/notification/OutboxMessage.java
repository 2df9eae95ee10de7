package id.siagahumas.notification;

import java.time.Instant;

/** One message waiting in (or delivered from) the outbox; {@code attachmentId} names a file it carries, if any. */
public record OutboxMessage(long outboxId, String caseId, String kind, String event, String recipient, String subject,
    String body, String status, int attempts, Instant createdAt, Instant sentAt, String messageId, String lastError,
    Long attachmentId) {

  public static final String EMAIL = "EMAIL";
  public static final String WEBHOOK = "WEBHOOK";
  public static final String PENDING = "PENDING";
  /** Handed to the mail server or accepted by the hook. */
  public static final String SENT = "SENT";
  /** No mail server configured: recorded, not mailed (the same word as a publication's). */
  public static final String RECORDED = "TERCATAT";
  public static final String FAILED = "FAILED";
}
