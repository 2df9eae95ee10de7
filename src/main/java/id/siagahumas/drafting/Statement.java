package id.siagahumas.drafting;

import java.time.OffsetDateTime;

/** One submitted version of a case's statement and what the approvers decided on it. */
public record Statement(long statementId, String caseId, int version, String statementType, String text,
    String draftedBy, OffsetDateTime draftedAt, String status, String decidedBy, OffsetDateTime decidedAt,
    String decisionNote) {

  public static final String SUBMITTED = "DIAJUKAN";
  public static final String APPROVED = "DISETUJUI";
  public static final String REJECTED = "DITOLAK";
  public static final String PUBLISHED = "TERBIT";
}
