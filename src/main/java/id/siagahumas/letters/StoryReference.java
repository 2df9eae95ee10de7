package id.siagahumas.letters;

import java.time.Instant;

/** The story of the outlet a hak jawab answers: its headline, when it was published, and where. */
public record StoryReference(String title, Instant publishedAt, String url) {
}
