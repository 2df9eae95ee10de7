package id.siagahumas.feeds;

import id.siagahumas.registry.Reach;
import id.siagahumas.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A feed to watch as {@code POST /api/feeds} carries it (see {@link FeedSettings.Source} for the fields). */
public record FeedForm(
    @NotBlank @Size(max = 2000) @Pattern(regexp = "(?i)https?://[^\\s]+", message = "harus alamat http atau https")
    String url,
    @Size(max = 200) @PlainText String outlet,
    Reach reach,
    Boolean aggregator) {

  FeedSettings.Source source() {
    return new FeedSettings.Source(url, outlet == null || outlet.isBlank() ? null : outlet.strip(), reach,
        aggregator);
  }
}
