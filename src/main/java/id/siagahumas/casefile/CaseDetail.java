package id.siagahumas.casefile;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/cases/{caseId}}: everything about one case, times in UTC. */
public record CaseDetail(String caseId, String status, String stage, String severity, List<String> categories,
    String unitCode, String unitName, String region, String zone, boolean slaBreached, Instant openedAt,
    Instant closedAt, String closingReason, Deadlines deadlines, List<StoryView> stories,
    List<StatementView> statements, List<PublicationView> publications, List<NotificationView> notifications,
    List<TimelineEntry> timeline) {

  public record Deadlines(Instant verifyDueAt, Instant statementDueAt) {
  }

  /**
   * One story of the case with what intake read in it: {@code unitName} (the unit as the story names it),
   * {@code scope} (IN/OUT), {@code frame} (NEGATIVE/POSITIVE/NEUTRAL) and {@code evidence} (the phrases that
   * decided).
   */
  public record StoryView(long storyId, String url, String outlet, String reach, String title, String body,
      Instant publishedAt, Instant receivedAt, List<String> categories, String status, String unitName, String scope,
      String frame, List<String> evidence) {
  }

  public record StatementView(long statementId, int version, String type, String text, String draftedBy,
      Instant draftedAt, String status, String decidedBy, Instant decidedAt, String decisionNote,
      String letterNumber) {
  }

  public record PublicationView(long statementId, String type, String channel, String recipient,
      String recipientName, Instant sentAt, String outcome, String messageId) {
  }

  /** An e-mail to an officer or a webhook event, and whether it was delivered. */
  public record NotificationView(String kind, String event, String recipient, String subject, String status,
      int attempts, Instant createdAt, Instant sentAt, String messageId, String lastError) {
  }

  /** One step of the case from the engine's history: what happened, when, and who did it. */
  public record TimelineEntry(Instant at, Instant endedAt, String step, String name, String kind, String by) {
  }
}
