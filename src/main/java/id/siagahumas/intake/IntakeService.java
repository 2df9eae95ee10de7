package id.siagahumas.intake;

import id.siagahumas.cases.CaseNumbers;
import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import id.siagahumas.classification.Classification;
import id.siagahumas.classification.StoryClassifier;
import id.siagahumas.notification.CaseEvents;
import id.siagahumas.registry.MediaRegistry;
import id.siagahumas.security.AccessDeniedException;
import id.siagahumas.security.CaseScope;
import id.siagahumas.registry.Outlet;
import id.siagahumas.registry.Reach;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.severity.SeverityAssessment;
import id.siagahumas.severity.SeverityInput;
import id.siagahumas.severity.SeverityPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a story in: a duplicate URL is answered from what is stored, a story of a known incident joins
 * its open case, anything else opens a case. Each intake is one transaction with the engine's, so a
 * failure leaves nothing half-written.
 */
@Service
public class IntakeService {

  private static final Logger log = LoggerFactory.getLogger(IntakeService.class);
  private static final int MAX_ATTEMPTS = 3;

  private final StoryRepository stories;
  private final CaseRepository cases;
  private final CaseNumbers caseNumbers;
  private final CaseMatcher matcher;
  private final StoryClassifier classifier;
  private final SeverityPolicy severityPolicy;
  private final UnitRegistry units;
  private final MediaRegistry media;
  private final CaseFlow process;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final CaseEvents events;

  public IntakeService(StoryRepository stories, CaseRepository cases, CaseNumbers caseNumbers, CaseMatcher matcher,
      StoryClassifier classifier, SeverityPolicy severityPolicy, UnitRegistry units, MediaRegistry media,
      CaseFlow process, PlatformTransactionManager transactionManager, Clock clock, CaseEvents events) {
    this.events = events;
    this.stories = stories;
    this.cases = cases;
    this.caseNumbers = caseNumbers;
    this.matcher = matcher;
    this.classifier = classifier;
    this.severityPolicy = severityPolicy;
    this.units = units;
    this.media = media;
    this.process = process;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /** Intake by the application itself (feeds, tests): every unit. */
  public IntakeResult submit(StoryInput input, String submittedBy) {
    return submit(input, submittedBy, CaseScope.ALL, false);
  }

  /** Intake by the feed poller; see {@link #submit(StoryInput, String, CaseScope, boolean)}. */
  public IntakeResult submit(StoryInput input, String submittedBy, boolean redirectLink) {
    return submit(input, submittedBy, CaseScope.ALL, redirectLink);
  }

  /** Intake on behalf of an API caller; see {@link #submit(StoryInput, String, CaseScope, boolean)}. */
  public IntakeResult submit(StoryInput input, String submittedBy, CaseScope scope) {
    return submit(input, submittedBy, scope, false);
  }

  /**
   * Intake on behalf of a caller who may report on the units of {@code scope} only (an officer: the units
   * they serve; monitor and national humas: all). An answer about a case outside the scope says what
   * happened to the story, nothing of the case.
   *
   * @param redirectLink the story's URL is an aggregator's redirect, not the publisher's (a feed poller
   *                     reading Google News): the story is then also a duplicate of the same outlet's story
   *                     of the same title published about the same time ({@link SameArticle})
   */
  public IntakeResult submit(StoryInput input, String submittedBy, CaseScope scope, boolean redirectLink) {
    String canonical = canonicalUrl(input.url());
    validatePublishedAt(input.publishedAt());
    validateUnit(input.unitCode());
    String titleKey = SameArticle.key(
        media.outlet(input.outlet(), null).map(Outlet::name).orElse(input.outlet()), input.title());
    for (int attempt = 1; ; attempt++) {
      try {
        IntakeResult result = transaction.execute(tx -> take(input, canonical, titleKey, redirectLink, submittedBy,
            scope));
        return visible(result, scope);
      } catch (DuplicateKeyException | OptimisticLockingException e) {
        // The same URL arrived twice at once, or two outlets' stories reached one case at once: the other
        // intake committed first. Taken again, this one becomes a duplicate or joins the updated case.
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
        log.debug("Intake of {} taken again after {}", canonical, e.getClass().getSimpleName());
      }
    }
  }

  private IntakeResult visible(IntakeResult result, CaseScope scope) {
    if (result.caseId() == null || scope.all()) {
      return result;
    }
    Optional<CaseRecord> stored = cases.find(result.caseId());
    if (stored.isPresent() && scope.covers(stored.get().unitCode(), stored.get().region())) {
      return result;
    }
    return new IntakeResult(result.status(), null, null, null, null, null);
  }

  private IntakeResult take(StoryInput input, String canonical, String titleKey, boolean redirectLink,
      String submittedBy, CaseScope scope) {
    Optional<Story> seen = stories.findByCanonicalUrl(canonical).or(() -> stories.findSameArticle(titleKey,
        input.publishedAt().toInstant(), SameArticle.WINDOW, redirectLink));
    if (seen.isPresent()) {
      Story story = seen.get();
      String severity = story.caseId() == null ? null
          : cases.find(story.caseId()).map(CaseRecord::severity).orElse(null);
      return new IntakeResult(IntakeStatus.DUPLICATE, story.caseId(), story.storyId(), severity, story.categories(),
          story.unitCode());
    }
    Detection detection = detect(input);
    if (detection.unitCode() != null && !scope.covers(detection.unitCode(), region(detection.unitCode()))) {
      throw new AccessDeniedException("Anda hanya dapat mengirim berita tentang satker yang Anda layani.");
    }
    List<String> categories = detection.categories();
    boolean negative = detection.negative();
    String unitCode = detection.unitCode();
    String unitName = CaseMatcher.unitNameKey(detection.unitName());
    Reach reach = detection.reach();
    Source source = input.source() == null ? Source.MANUAL : input.source();
    Instant now = clock.instant();
    Instant publishedAt = input.publishedAt().toInstant();

    if (source == Source.FEED && !negative) {
      long storyId = stories.insert(story(input, canonical, null, reach, unitCode, categories, false, source,
          IntakeStatus.IGNORED, now, detection), titleKey, redirectLink, submittedBy);
      return new IntakeResult(IntakeStatus.IGNORED, null, storyId, null, categories, unitCode);
    }
    if (categories.isEmpty()) {
      categories = List.of(Category.LAINNYA.name());
    }

    CaseMatcher.Match match = matcher.match(unitCode, unitName, categories, publishedAt, input.title(),
        input.body());
    log.debug("Grouping examined {} rows (best similarity {})", match.rowsExamined(), match.similarity());
    Optional<CaseRecord> open = match.openCase();
    if (open.isPresent()) {
      String caseId = open.get().caseId();
      long storyId = stories.insert(story(input, canonical, caseId, reach, unitCode, categories, negative, source,
          IntakeStatus.ATTACHED, now, detection), titleKey, redirectLink, submittedBy);
      cases.touchLastStory(caseId, publishedAt);
      process.relateStory(caseId, storyId);
      CaseRecord updated = cases.find(caseId).orElseThrow();
      log.info("Story {} attached to case {} (severity {})", storyId, caseId, updated.severity());
      return new IntakeResult(IntakeStatus.ATTACHED, caseId, storyId, updated.severity(),
          List.of(updated.categories().split(",")), updated.unitCode());
    }

    String caseId = caseNumbers.next();
    // The same policy the process's triage applies (asynchronously, after this transaction): the answer
    // and the case list show the level at once.
    SeverityAssessment assessment = severityPolicy.assess(
        new SeverityInput(categories, reach == Reach.NASIONAL, 1, 0));
    String region = region(unitCode);
    cases.insert(new CaseRecord(caseId, null, unitCode, region, assessment.severity().name(),
        String.join(",", categories), CaseRecord.OPEN, false, now.atOffset(java.time.ZoneOffset.UTC),
        publishedAt.atOffset(java.time.ZoneOffset.UTC), null, null, unitName));
    long storyId = stories.insert(story(input, canonical, caseId, reach, unitCode, categories, negative, source,
        IntakeStatus.NEW_CASE, now, detection), titleKey, redirectLink, submittedBy);
    String processInstanceId = process.open(new CaseFlow.NewCase(caseId, storyId, input.url(), input.outlet(),
        input.title(), input.publishedAt().toInstant(), now, categories, reach == Reach.NASIONAL, unitCode,
        detection.unitName()));
    cases.setProcessInstance(caseId, processInstanceId);
    CaseRecord opened = cases.find(caseId).orElseThrow();
    events.publish(CaseEvents.CASE_OPENED, caseId, Map.of("severity", opened.severity(), "categories", categories,
        "unitCode", String.valueOf(unitCode), "title", input.title(), "url", input.url(), "outlet", input.outlet()));
    log.info("Story {} opened case {} (severity {}, unit {})", storyId, caseId, opened.severity(), unitCode);
    return new IntakeResult(IntakeStatus.NEW_CASE, caseId, storyId, opened.severity(), categories, unitCode);
  }

  /** What intake would do with a story, without storing anything. */
  public ClassificationResult classify(StoryInput input) {
    validateUnit(input.unitCode());
    validatePublishedAt(input.publishedAt());
    Detection detection = detect(input);
    if (!detection.negative()) {
      return new ClassificationResult(false, detection.scope(), detection.frame(), detection.categories(),
          detection.evidence(), detection.unitCode(), detection.unitName(), region(detection.unitCode()), null, null);
    }
    List<String> categories = detection.categories().isEmpty() ? List.of(Category.LAINNYA.name())
        : detection.categories();
    SeverityAssessment assessment = severityPolicy.assess(
        new SeverityInput(categories, detection.reach() == Reach.NASIONAL, 1, 0));
    return new ClassificationResult(true, detection.scope(), detection.frame(), categories, detection.evidence(),
        detection.unitCode(), detection.unitName(), region(detection.unitCode()), assessment.severity().name(),
        assessment.responseHours());
  }

  /**
   * Detected facts of a story; what the caller gave wins over what the classifier found. {@code scope},
   * {@code frame} and {@code evidence} are what the classifier read; {@code unitName} is the caller's unit when
   * it gave one, else the unit as the story names it.
   */
  private record Detection(boolean negative, List<String> categories, String unitCode, Reach reach,
      String unitName, String scope, String frame, List<String> evidence) {
  }

  private Detection detect(StoryInput input) {
    Classification detected = classifier.classify(input.title(), input.body());
    boolean callerCategorised = input.categories() != null && !input.categories().isEmpty();
    List<String> categories = callerCategorised
        ? input.categories().stream().map(Enum::name).distinct().toList() : detected.categories();
    String unitCode = input.unitCode() != null ? input.unitCode() : detected.unitCode();
    String unitName = input.unitCode() != null ? units.unit(unitCode).map(Unit::name).orElse(null)
        : detected.unitName();
    Reach reach = input.reach() != null ? input.reach()
        : media.outlet(input.outlet(), input.url()).map(Outlet::reach).orElse(Reach.LOKAL);
    return new Detection(callerCategorised || detected.negative(), categories, unitCode, reach, unitName,
        detected.scope().name(), detected.frame().name(), detected.evidence());
  }

  private String region(String unitCode) {
    return units.unit(unitCode).map(Unit::region).filter(r -> !r.isEmpty()).orElse(null);
  }

  private static Story story(StoryInput in, String canonical, String caseId, Reach reach, String unitCode,
      List<String> categories, boolean negative, Source source, IntakeStatus status, Instant now, Detection read) {
    return new Story(0, caseId, in.url().trim(), canonical, in.outlet().strip(), reach.name(), in.title().strip(),
        in.body().strip(), in.publishedAt().toInstant(), now, unitCode, categories, negative, source.name(),
        status.name(), read.unitName(), read.scope(), read.frame(), read.evidence());
  }

  private static String canonicalUrl(String url) {
    try {
      return UrlCanonicalizer.canonicalize(url);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("url", e.getMessage());
    }
  }

  /** News of the web era, and no later than a day ahead (a clock in another zone, a scheduled post). */
  static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  private void validatePublishedAt(java.time.OffsetDateTime publishedAt) {
    Instant at = publishedAt.toInstant();
    if (at.isBefore(EARLIEST) || at.isAfter(clock.instant().plus(java.time.Duration.ofDays(1)))) {
      throw new InvalidInputException("publishedAt", "Waktu terbit harus antara 1990 dan besok.");
    }
  }

  private void validateUnit(String unitCode) {
    if (unitCode != null && units.unit(unitCode).isEmpty()) {
      throw new InvalidInputException("unitCode", "Satker '" + unitCode + "' tidak terdaftar");
    }
  }
}
