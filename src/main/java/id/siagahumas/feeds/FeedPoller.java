package id.siagahumas.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.intake.IntakeService;
import id.siagahumas.intake.Source;
import id.siagahumas.intake.StoryInput;
import id.siagahumas.intake.StoryRepository;
import id.siagahumas.intake.UrlCanonicalizer;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the press on its own: polls every configured feed and passes each new entry through intake as
 * a FEED story (not negative: IGNORED). URLs already stored are skipped before any classification or
 * process start. One broken feed never stops the others.
 */
@Component
public class FeedPoller {

  static final String FEED_USER = "feed-poller";
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

  private final FeedSettings settings;
  private final FeedFetcher fetcher;
  private final IntakeService intake;
  private final StoryRepository stories;
  private final Validator validator;
  private final Clock clock;

  public FeedPoller(FeedSettings settings, FeedFetcher fetcher, IntakeService intake, StoryRepository stories,
      Validator validator, Clock clock) {
    this.settings = settings;
    this.fetcher = fetcher;
    this.intake = intake;
    this.stories = stories;
    this.validator = validator;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${siaga.feeds.poll-interval:PT5M}", initialDelayString = "PT30S")
  public void pollConfigured() {
    poll(settings.sources());
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
    String outlet = source.outlet() != null ? source.outlet() : feed.getTitle();
    for (SyndEntry entry : feed.getEntries()) {
      StoryInput input = toStory(entry, outlet, source);
      if (input == null || !validator.validate(input).isEmpty() || seen(input.url())) {
        skipped++;
        continue;
      }
      try {
        IntakeResult result = intake.submit(input, FEED_USER);
        switch (result.status()) {
          case IGNORED -> ignored++;
          case DUPLICATE -> skipped++;
          default -> taken++;
        }
      } catch (RuntimeException e) {
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

  private StoryInput toStory(SyndEntry entry, String outlet, FeedSettings.Source source) {
    if (entry.getLink() == null || entry.getTitle() == null) {
      return null;
    }
    String html = entry.getDescription() != null ? entry.getDescription().getValue()
        : entry.getContents().stream().map(SyndContent::getValue).findFirst().orElse("");
    String body = Jsoup.parse(html == null ? "" : html).text();
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    OffsetDateTime published = (date == null ? clock.instant() : date.toInstant()).atOffset(ZoneOffset.UTC);
    String title = Jsoup.parse(entry.getTitle()).text();
    return new StoryInput(entry.getLink().trim(), outlet == null ? "" : outlet.strip(), title,
        body.isBlank() ? title : body, published, source.reach(), null, null, Source.FEED);
  }

}
