package id.siagahumas.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.intake.IntakeService;
import id.siagahumas.intake.Source;
import id.siagahumas.intake.StoryInput;
import id.siagahumas.intake.StoryRepository;
import id.siagahumas.intake.UrlCanonicalizer;
import id.siagahumas.registry.Outlet;
import id.siagahumas.registry.Reach;
import id.siagahumas.web.DatabaseUnavailable;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the press on its own: polls every watched feed ({@link WatchedFeeds}) and passes each new entry
 * through intake as a FEED story (not negative: IGNORED). URLs already stored are skipped before any
 * classification or process start. One broken feed never stops the others; each poll's outcome is kept with the
 * feed. An aggregator's entries (Google News and the like, see {@link FeedEntries}) are recorded under the outlet that published them, mapped to the outlet list
 * ({@link OutletResolver}) so that reach and the addressee of a hak jawab are that outlet's.
 */
@Component
public class FeedPoller {

  static final String FEED_USER = "feed-poller";
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

  private final FeedSettings settings;
  private final FeedFetcher fetcher;
  private final OutletResolver outlets;
  private final IntakeService intake;
  private final StoryRepository stories;
  private final Validator validator;
  private final Clock clock;
  private final WatchedFeeds watched;
  private volatile boolean adopted;

  public FeedPoller(FeedSettings settings, FeedFetcher fetcher, OutletResolver outlets, IntakeService intake,
      StoryRepository stories, Validator validator, Clock clock, WatchedFeeds watched) {
    this.settings = settings;
    this.fetcher = fetcher;
    this.outlets = outlets;
    this.intake = intake;
    this.stories = stories;
    this.validator = validator;
    this.clock = clock;
    this.watched = watched;
  }

  @Scheduled(fixedDelayString = "${siaga.feeds.poll-interval:PT5M}", initialDelayString = "PT30S")
  public void pollConfigured() {
    try {
      if (!adopted) {
        watched.adopt(settings.sources());
        adopted = true;
      }
      poll(watched.all().stream().map(WatchedFeed::source).toList());
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e)) {
        throw e;
      }
      // The feeds are read again at the next poll: what was not stored now is taken then.
      DatabaseUnavailable.log(log, "feed poll", e);
    }
  }

  public List<PollReport> poll(List<FeedSettings.Source> sources) {
    List<PollReport> reports = new ArrayList<>();
    for (FeedSettings.Source source : sources) {
      PollReport report = pollOne(source);
      if (report.failed()) {
        log.warn("Feed {}: failed: {}", source.url(), report.error());
      } else {
        log.info("Feed {}: taken {}, ignored {}, skipped {}", source.url(), report.taken(), report.ignored(),
            report.skipped());
      }
      watched.recordPoll(report);
      reports.add(report);
    }
    return reports;
  }

  private PollReport pollOne(FeedSettings.Source source) {
    SyndFeed feed;
    try {
      feed = fetcher.fetch(source.url());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PollReport(source.url(), 0, 0, 0, "interrupted");
    } catch (Exception e) {
      return new PollReport(source.url(), 0, 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    int taken = 0;
    int ignored = 0;
    int skipped = 0;
    boolean aggregator = source.aggregator() != null ? source.aggregator()
        : FeedEntries.looksLikeAggregator(feed, source.url());
    Set<String> aggregatorHosts = aggregator ? FeedEntries.aggregatorHosts(feed, source.url()) : Set.of();
    String feedOutlet = source.outlet() != null ? source.outlet()
        : outlets.resolve(feed.getTitle(), feed.getLink()).map(Outlet::name).orElse(feed.getTitle());
    for (SyndEntry entry : feed.getEntries()) {
      if (entry.getLink() == null || entry.getTitle() == null) {
        skipped++;
        continue;
      }
      FeedEntries.Entry read = aggregator ? FeedEntries.ofAggregator(entry, aggregatorHosts)
          : FeedEntries.ofOutlet(entry);
      StoryInput input = aggregator ? aggregated(read, entry, feedOutlet) : toStory(read, entry, feedOutlet,
          source.reach());
      if (!validator.validate(input).isEmpty() || seen(input.url())) {
        skipped++;
        continue;
      }
      try {
        IntakeResult result = intake.submit(input, FEED_USER, read.redirectLink());
        switch (result.status()) {
          case IGNORED -> ignored++;
          case DUPLICATE -> skipped++;
          default -> taken++;
        }
      } catch (RuntimeException e) {
        if (DatabaseUnavailable.causedBy(e)) {
          throw e; // every further entry would wait for the database in vain; the next poll takes them all
        }
        log.warn("Feed {}: entry {} not taken: {}", source.url(), input.url(), e.getMessage());
        skipped++;
      }
    }
    return new PollReport(source.url(), taken, ignored, skipped, null);
  }

  private boolean seen(String url) {
    try {
      return stories.findByCanonicalUrl(UrlCanonicalizer.canonicalize(url)).isPresent();
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /**
   * An aggregator's entry under the outlet that published it: the outlet list's name and reach when it is
   * listed, else the name the entry gives (reach then as intake finds it); the feed's outlet only when the
   * entry names none and carries no publisher URL.
   */
  private StoryInput aggregated(FeedEntries.Entry read, SyndEntry entry, String feedOutlet) {
    Optional<Outlet> known = outlets.resolve(read.outlet(), read.outletSite(),
        read.redirectLink() ? null : read.url());
    String outlet = known.map(Outlet::name).orElseGet(() -> read.outlet() != null ? read.outlet()
        : !read.redirectLink() && FeedEntries.host(read.url()) != null ? FeedEntries.host(read.url()) : feedOutlet);
    return toStory(read, entry, outlet, known.map(Outlet::reach).orElse(null));
  }

  private StoryInput toStory(FeedEntries.Entry read, SyndEntry entry, String outlet, Reach reach) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    OffsetDateTime published = (date == null ? clock.instant() : date.toInstant()).atOffset(ZoneOffset.UTC);
    return new StoryInput(read.url(), outlet == null ? "" : outlet.strip(), read.title(), read.body(), published,
        reach, null, null, Source.FEED);
  }

}
