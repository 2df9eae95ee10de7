package id.siagahumas.notification;

import id.siagahumas.SiagaProperties;
import id.siagahumas.web.DatabaseUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: e-mails through the {@link Mailer}, case events through the {@link WebhookChannel}. A
 * failed attempt is retried with exponential backoff (30 s doubling, at most 30 min); after {@link #MAX_ATTEMPTS}
 * the message fails and {@link DeliveryIncidents} shows it on the case in Cockpit instead of silence.
 */
@Component
public class OutboxDispatcher {

  static final int MAX_ATTEMPTS = 6;
  static final String INCIDENT_TYPE = DeliveryIncidents.TYPE;
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final Outbox outbox;
  private final Mailer mailer;
  private final WebhookChannel webhooks;
  private final DeliveryIncidents incidents;
  private final SiagaProperties properties;
  private final Clock clock;

  public OutboxDispatcher(Outbox outbox, Mailer mailer, WebhookChannel webhooks, DeliveryIncidents incidents,
      SiagaProperties properties, Clock clock) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.webhooks = webhooks;
    this.incidents = incidents;
    this.properties = properties;
    this.clock = clock;
  }

  /** Delivers what is due now; returns how many messages went out (recorded ones without a mail server not counted). */
  public int dispatchDue() {
    int sent = 0;
    for (OutboxMessage message : outbox.due(clock.instant(), 100)) {
      Instant now = clock.instant();
      if (!outbox.claim(message, now.plus(backoff(message.attempts() + 1)))) {
        continue;
      }
      boolean email = OutboxMessage.EMAIL.equals(message.kind());
      if (email && !mailer.configured()) {
        // No mail server configured: the message is kept and shown as recorded (TERCATAT), never as sent.
        outbox.recorded(message.outboxId(), clock.instant());
        continue;
      }
      String messageId;
      try {
        messageId = email ? mail(message) : webhooks.post(message);
      } catch (Exception e) {
        boolean giveUp = message.attempts() + 1 >= MAX_ATTEMPTS;
        outbox.failedAttempt(message.outboxId(), e.getClass().getSimpleName() + ": " + e.getMessage(), giveUp);
        log.warn("Delivery {} of {} to {} failed (attempt {}): {}", message.outboxId(), message.event(),
            message.recipient(), message.attempts() + 1, e.getMessage());
        if (giveUp) {
          incidents.raise(message, MAX_ATTEMPTS, e);
        }
        continue;
      }
      // Outside the delivery's try: losing the database here is not a failed delivery. The message then stays
      // claimed (PENDING, due again after its backoff) and goes out once more: delivery is at least once.
      outbox.sent(message.outboxId(), messageId, clock.instant());
      sent++;
    }
    return sent;
  }

  @Scheduled(fixedDelayString = "${siaga.outbox.dispatch-interval:PT5S}")
  void dispatchOnSchedule() {
    if (!properties.outboxScheduled()) {
      return;
    }
    try {
      dispatchDue();
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e)) {
        throw e;
      }
      // Nothing is lost: what is due stays PENDING in the outbox and the next round delivers it.
      DatabaseUnavailable.log(log, "outbox delivery round", e);
    }
  }

  static Duration backoff(int attempt) {
    long seconds = Math.min(30L << Math.min(attempt - 1, 10), 1800);
    return Duration.ofSeconds(seconds);
  }

  private String mail(OutboxMessage message) {
    Outbox.Attachment attachment = message.attachmentId() == null ? null
        : outbox.attachment(message.attachmentId()).orElseThrow(() -> new IllegalStateException(
            "Attachment " + message.attachmentId() + " is missing"));
    return mailer.send(message.recipient(), message.subject(), message.body(), attachment == null ? null
        : new Mailer.Attachment(attachment.fileName(), attachment.contentType(), attachment.content()));
  }
}
