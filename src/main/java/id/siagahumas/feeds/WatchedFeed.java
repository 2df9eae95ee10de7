package id.siagahumas.feeds;

import id.siagahumas.registry.Reach;
import java.time.OffsetDateTime;

/**
 * A feed in the table of watched feeds, with its last poll ({@code lastPoll} null until it was read once).
 */
public record WatchedFeed(long id, String url, String outlet, Reach reach, Boolean aggregator, String addedBy,
    OffsetDateTime addedAt, LastPoll lastPoll) {

  /** When the feed was last read and what came of it; {@code error} is set when it could not be read. */
  public record LastPoll(OffsetDateTime at, int taken, int ignored, int skipped, String error) {
  }

  FeedSettings.Source source() {
    return new FeedSettings.Source(url, outlet, reach, aggregator);
  }
}
