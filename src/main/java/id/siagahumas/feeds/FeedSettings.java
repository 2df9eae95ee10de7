package id.siagahumas.feeds;

import id.siagahumas.registry.Reach;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code siaga.feeds.*}: the RSS/Atom feeds watched from the start (the first start adopts them into the
 * table of watched feeds, kept from then on through {@code /api/feeds}) and the limits every fetch obeys.
 *
 * @param sources        feeds to poll; none by default
 * @param pollInterval   pause between two polls
 * @param connectTimeout time allowed to connect to a feed
 * @param readTimeout    time allowed for the whole response
 * @param maxSize        largest feed body read; a larger one is refused
 * @param allowPrivateHosts whether feeds may be read from loopback, private and link-local addresses (an
 *                       intranet feed, tests); off, such a feed is refused when added and when read, so a
 *                       feed added through the API cannot reach the application's own network
 */
@ConfigurationProperties("siaga.feeds")
public record FeedSettings(@DefaultValue List<Source> sources, @DefaultValue("PT5M") Duration pollInterval,
    @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT20S") Duration readTimeout,
    @DefaultValue("5MB") DataSize maxSize, @DefaultValue("false") boolean allowPrivateHosts) {

  /**
   * @param url        address of the feed (http or https)
   * @param outlet     outlet name to record for its entries; defaults to the feed's own title. For an
   *                   aggregator only the fallback for an entry whose outlet cannot be read
   * @param reach      reach of the outlet; defaults to the outlet list's tier. Not used for an aggregator,
   *                   where each entry's outlet decides
   * @param aggregator whether the feed gathers other outlets' stories (Google News and the like): each
   *                   entry's outlet is read from its {@code <source>} or title suffix, and its publisher URL
   *                   from the link. Unset: detected from {@code news.google.com} links or {@code <source>}
   *                   elements
   */
  public record Source(String url, String outlet, Reach reach, Boolean aggregator) {
  }
}
