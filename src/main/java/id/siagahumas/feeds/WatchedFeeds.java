package id.siagahumas.feeds;

import id.siagahumas.registry.Reach;
import id.siagahumas.registry.RegistryChanges;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table of watched feeds ({@code feed}): added and removed through {@code /api/feeds} (audited as registry
 * changes), each with the outcome of its last poll. The feeds of {@code siaga.feeds.sources} are adopted into it
 * once, on a database that never had a feed change, so a feed an administrator removed stays removed.
 */
@Repository
public class WatchedFeeds {

  static final String CONFIGURATION = "siaga.feeds.sources";
  private static final String COLUMNS = "id, url, outlet, reach, aggregator, added_by, added_at, last_poll_at, "
      + "last_taken, last_ignored, last_skipped, last_error";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final RegistryChanges changes;
  private final Clock clock;

  public WatchedFeeds(JdbcTemplate jdbc, TransactionTemplate transaction, RegistryChanges changes, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.changes = changes;
    this.clock = clock;
  }

  public List<WatchedFeed> all() {
    return jdbc.query("SELECT " + COLUMNS + " FROM feed ORDER BY id", (rs, n) -> feed(rs));
  }

  public Optional<WatchedFeed> byUrl(String url) {
    return jdbc.query("SELECT " + COLUMNS + " FROM feed WHERE url = ?", (rs, n) -> feed(rs), url).stream()
        .findFirst();
  }

  /** Adds a feed; empty when it is watched already. */
  public Optional<WatchedFeed> add(FeedSettings.Source source, String by) {
    try {
      transaction.executeWithoutResult(status -> {
        jdbc.update("INSERT INTO feed (url, outlet, reach, aggregator, added_by, added_at) VALUES (?,?,?,?,?,?)",
            source.url(), source.outlet(), source.reach() == null ? null : source.reach().name(),
            source.aggregator(), by, now());
        changes.record(RegistryChanges.Registry.FEED, source.url(), "ADDED", by, null, source);
      });
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
    return byUrl(source.url());
  }

  /** Removes a feed; false when it was not watched. */
  public boolean remove(String url, String by) {
    Optional<WatchedFeed> before = byUrl(url);
    if (before.isEmpty()) {
      return false;
    }
    return Boolean.TRUE.equals(transaction.execute(status -> {
      if (jdbc.update("DELETE FROM feed WHERE id = ?", before.get().id()) == 0) {
        return false;
      }
      changes.record(RegistryChanges.Registry.FEED, url, "REMOVED", by, before.get().source(), null);
      return true;
    }));
  }

  public void recordPoll(PollReport report) {
    jdbc.update("UPDATE feed SET last_poll_at = ?, last_taken = ?, last_ignored = ?, last_skipped = ?, "
        + "last_error = ? WHERE url = ?", now(), report.taken(), report.ignored(), report.skipped(),
        report.error() == null ? null : abbreviate(report.error()), report.feed());
  }

  /** Takes the configured feeds in once: on a database where no feed was ever added or removed. */
  public void adopt(List<FeedSettings.Source> configured) {
    if (configured.isEmpty() || !changes.of(RegistryChanges.Registry.FEED, null, 1).isEmpty()) {
      return;
    }
    configured.forEach(source -> add(source, CONFIGURATION));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static String abbreviate(String error) {
    return error.length() <= 1000 ? error : error.substring(0, 997) + "...";
  }

  private static WatchedFeed feed(ResultSet rs) throws SQLException {
    OffsetDateTime polled = rs.getObject("last_poll_at", OffsetDateTime.class);
    return new WatchedFeed(rs.getLong("id"), rs.getString("url"), rs.getString("outlet"),
        rs.getString("reach") == null ? null : Reach.valueOf(rs.getString("reach")),
        (Boolean) rs.getObject("aggregator"), rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class),
        polled == null ? null : new WatchedFeed.LastPoll(polled, rs.getInt("last_taken"), rs.getInt("last_ignored"),
            rs.getInt("last_skipped"), rs.getString("last_error")));
  }
}
