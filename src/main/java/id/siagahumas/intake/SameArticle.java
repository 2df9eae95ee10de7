package id.siagahumas.intake;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;

/**
 * One article reached through two links. Its canonical URL recognises it when both links are the
 * publisher's; an aggregator's redirect link (Google News: {@code news.google.com/rss/articles/...}) hides
 * that URL, so a story with a redirect link is recognised by its outlet and title instead: the same outlet
 * and the same title (letters and digits, any case, accents and punctuation aside) published within
 * {@link #WINDOW} of each other. Two stories that both carry publisher URLs are never matched this way:
 * different URLs are different articles.
 */
final class SameArticle {

  /** How far apart two feeds may date one article: an aggregator's time is when it found the article. */
  static final Duration WINDOW = Duration.ofHours(24);

  private SameArticle() {
  }

  /** SHA-256 of the outlet's key and the normalised title; what {@code story.title_key} holds. */
  static String key(String outlet, String title) {
    return UrlCanonicalizer.hash(normalised(outlet).replace(" ", "") + "\n" + normalised(title));
  }

  static String normalised(String text) {
    String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
