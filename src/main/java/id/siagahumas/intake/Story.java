package id.siagahumas.intake;

import java.time.Instant;
import java.util.List;

/** A stored story (berita): one published news item and where it went. */
public record Story(long storyId, String caseId, String url, String canonicalUrl, String outlet, String reach,
    String title, String body, Instant publishedAt, Instant receivedAt, String unitCode, List<String> categories,
    boolean negative, String source, String status) {
}
