package id.siagahumas.intake;

import java.time.Instant;
import java.util.List;

/**
 * A stored story (berita): one published news item and where it went. {@code unitName} is the unit as the story
 * names it (registered or not), beside the registered {@code unitCode}; {@code scope}, {@code frame} and
 * {@code evidence} are what intake read in it (see {@link id.siagahumas.classification.Classification}).
 */
public record Story(long storyId, String caseId, String url, String canonicalUrl, String outlet, String reach,
    String title, String body, Instant publishedAt, Instant receivedAt, String unitCode, List<String> categories,
    boolean negative, String source, String status, String unitName, String scope, String frame,
    List<String> evidence) {

  public Story {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** A story without what intake read in it. */
  public Story(long storyId, String caseId, String url, String canonicalUrl, String outlet, String reach,
      String title, String body, Instant publishedAt, Instant receivedAt, String unitCode, List<String> categories,
      boolean negative, String source, String status) {
    this(storyId, caseId, url, canonicalUrl, outlet, reach, title, body, publishedAt, receivedAt, unitCode, categories,
        negative, source, status, null, null, null, List.of());
  }

  /** A story with the unit name it gives, without the rest of what intake read in it. */
  public Story(long storyId, String caseId, String url, String canonicalUrl, String outlet, String reach,
      String title, String body, Instant publishedAt, Instant receivedAt, String unitCode, List<String> categories,
      boolean negative, String source, String status, String unitName) {
    this(storyId, caseId, url, canonicalUrl, outlet, reach, title, body, publishedAt, receivedAt, unitCode, categories,
        negative, source, status, unitName, null, null, List.of());
  }
}
