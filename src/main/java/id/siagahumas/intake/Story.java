package id.siagahumas.intake;

import java.time.Instant;
import java.util.List;

/**
 * A stored story (berita): one published news item and where it went. {@code unitName} is the unit as the story
 * names it (registered or not), beside the registered {@code unitCode}.
 */
public record Story(long storyId, String caseId, String url, String canonicalUrl, String outlet, String reach,
    String title, String body, Instant publishedAt, Instant receivedAt, String unitCode, List<String> categories,
    boolean negative, String source, String status, String unitName) {

  /** A story without a unit name read from it. */
  public Story(long storyId, String caseId, String url, String canonicalUrl, String outlet, String reach,
      String title, String body, Instant publishedAt, Instant receivedAt, String unitCode, List<String> categories,
      boolean negative, String source, String status) {
    this(storyId, caseId, url, canonicalUrl, outlet, reach, title, body, publishedAt, receivedAt, unitCode, categories,
        negative, source, status, null);
  }
}
