package id.siagahumas.publication;

import id.siagahumas.letters.StoryReference;

/**
 * Who receives a statement: an outlet's newsroom. {@code email} is null when no address is known; {@code story}
 * is the outlet's own story a hak jawab answers (null for partner media).
 */
public record Recipient(String name, String email, StoryReference story) {

  public Recipient(String name, String email) {
    this(name, email, null);
  }
}
