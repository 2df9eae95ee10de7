package id.siagahumas.digest;

import id.siagahumas.notification.Outbox;
import id.siagahumas.notification.OutboxMessage;
import id.siagahumas.registry.Groups;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.security.CaseScope;
import id.siagahumas.templating.TemplateRenderer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends the digests that are due (service task {@code sendDailyDigests} of the process {@code daily-digest}, whose
 * timer starts it every hour: one timer job in the database, so one node runs it). A region's digest is due from
 * {@code siaga.digest.hour} local time for {@code siaga.digest.catch-up}; the national one by WIB. Each digest first
 * takes its row in {@code daily_digest} (region, local date), then queues one e-mail with the PDF per recipient in
 * the outbox, all in the job's transaction: a digest already taken is never sent again, two runs at once cannot both
 * commit, and a failed run sends nothing and is retried. The outbox delivers each e-mail once, with retries.
 */
@Component("sendDailyDigests")
public class DigestSender implements JavaDelegate {

  public static final String NATIONAL_KEY = "nasional";
  static final String EVENT = "daily-digest";
  private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

  private final DigestService digests;
  private final DigestPdf pdf;
  private final Outbox outbox;
  private final IdentityService identity;
  private final TemplateRenderer templates;
  private final UnitRegistry units;
  private final DigestSettings settings;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final id.siagahumas.SiagaProperties properties;

  public DigestSender(id.siagahumas.SiagaProperties properties, DigestService digests, DigestPdf pdf, Outbox outbox, IdentityService identity,
      TemplateRenderer templates, UnitRegistry units, DigestSettings settings, JdbcClient jdbc, Clock clock) {
    this.properties = properties;
    this.digests = digests;
    this.pdf = pdf;
    this.outbox = outbox;
    this.identity = identity;
    this.templates = templates;
    this.units = units;
    this.settings = settings;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> sent = sendDue(clock.instant());
    execution.setVariable("digestsSent", String.join(",", sent));
  }

  /** Sends every digest due at {@code now} and not sent yet; returns their keys. */
  public List<String> sendDue(Instant now) {
    List<String> sent = new ArrayList<>();
    if (!settings.enabled()) {
      return sent;
    }
    for (Region region : units.regions()) {
      dueDate(now, region).filter(date -> send(region.code(), date, now)).ifPresent(date -> sent.add(region.code()));
    }
    dueDate(now, UnitRegistry.NATIONAL).filter(date -> send(null, date, now)).ifPresent(date -> sent.add(NATIONAL_KEY));
    return sent;
  }

  /** The local date whose digest is due at {@code now} in the region's zone, if one is. */
  java.util.Optional<LocalDate> dueDate(Instant now, Region region) {
    ZonedDateTime local = now.atZone(region.zone());
    ZonedDateTime from = local.toLocalDate().atTime(settings.hour(), 0).atZone(region.zone());
    boolean due = !local.isBefore(from) && local.isBefore(from.plus(settings.catchUp()));
    return due ? java.util.Optional.of(local.toLocalDate()) : java.util.Optional.empty();
  }

  /** Sends one digest unless it was sent; true when this call sent it. */
  boolean send(String region, LocalDate date, Instant now) {
    String key = region == null ? NATIONAL_KEY : region;
    if (jdbc.sql("SELECT COUNT(*) FROM daily_digest WHERE digest_key = ? AND digest_date = ?").params(key, date)
        .query(Integer.class).single() > 0) {
      return false;
    }
    Set<String> addresses = new LinkedHashSet<>();
    List<String> groups = region == null ? List.of(Groups.HUMAS_PUSAT)
        : List.of(Groups.headGroup(region), Groups.regionGroup(region));
    for (String group : groups) {
      identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getEmail)
          .filter(e -> e != null && !e.isBlank()).forEach(addresses::add);
    }
    CaseScope scope = region == null ? CaseScope.ALL : new CaseScope(false, Set.of(), Set.of(region));
    DailyDigest digest = digests.build(region, date, scope);
    byte[] file = pdf.render(digest);
    long attachment = outbox.addAttachment("laporan-harian-" + key + "-" + date + ".pdf", "application/pdf", file, now);
    // the row first: a concurrent run that got here too fails on the primary key and commits nothing
    jdbc.sql("INSERT INTO daily_digest (digest_key, digest_date, as_of, created_at, recipients, attachment_id) "
            + "VALUES (?,?,?,?,?,?)")
        .params(key, date, utc(digest.asOf()), utc(now), addresses.size(), attachment).update();
    String[] mail = templates.render("mail/daily-digest", Map.of("asOfLocal", digest.asOfLocal(),
        "papanUrl", properties.baseUrl().replaceAll("/+$", "") + "/papan",
        "scope", region == null ? "nasional" : "Kanwil " + digest.regionName(),
        "newCases", digest.newCases().size(), "openCases", digest.openCases().size(),
        "breaches", digest.breaches().size(), "published", digest.statementsPublished().size())).split("\n", 2);
    String subject = mail[0].replaceFirst("^Subjek:\\s*", "").trim();
    String body = mail.length > 1 ? mail[1].strip() + "\n" : "";
    for (String address : addresses) {
      outbox.add(null, OutboxMessage.EMAIL, EVENT, address, subject, body, now, attachment);
    }
    log.info("Daily digest {} of {} queued for {} recipients", key, date, addresses.size());
    return true;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
