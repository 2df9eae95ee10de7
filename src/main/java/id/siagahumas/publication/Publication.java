package id.siagahumas.publication;

import java.time.OffsetDateTime;

/** One send of a statement to one recipient. */
public record Publication(long publicationId, String caseId, long statementId, String type, String channel,
    String recipient, String recipientName, OffsetDateTime sentAt, String outcome, String messageId) {

  public static final String EMAIL = "EMAIL";
  /** Mailed to the recipient. */
  public static final String SENT = "TERKIRIM";
  /** No mail server configured: recorded for the officer to send by hand. */
  public static final String RECORDED = "TERCATAT";
  /** The outlet has no known newsroom address. */
  public static final String NO_ADDRESS = "TANPA_ALAMAT";
}
