package id.siagahumas.notification;

import id.siagahumas.SiagaProperties;
import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import id.siagahumas.web.DatabaseUnavailable;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: e-mails through Spring Mail, webhook events as signed JSON POSTs. A failed attempt
 * is retried with exponential backoff (30 s doubling, at most 30 min); after {@link #MAX_ATTEMPTS} the
 * message fails and an incident on the case shows it in Cockpit instead of silence.
 */
@Component
public class OutboxDispatcher {

  static final int MAX_ATTEMPTS = 6;
  static final String INCIDENT_TYPE = "siagaDeliveryFailed";
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final Outbox outbox;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final WebhookSettings webhooks;
  private final SiagaProperties properties;
  private final CaseRepository cases;
  private final RuntimeService runtime;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public OutboxDispatcher(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, WebhookSettings webhooks,
      SiagaProperties properties, CaseRepository cases, RuntimeService runtime, Clock clock) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.webhooks = webhooks;
    this.properties = properties;
    this.cases = cases;
    this.runtime = runtime;
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
      if (email && mailSender.getIfAvailable() == null) {
        // No mail server configured: the message is kept and shown as recorded (TERCATAT), never as sent.
        outbox.recorded(message.outboxId(), clock.instant());
        continue;
      }
      String messageId;
      try {
        messageId = email ? mail(message) : post(message);
      } catch (Exception e) {
        boolean giveUp = message.attempts() + 1 >= MAX_ATTEMPTS;
        outbox.failedAttempt(message.outboxId(), e.getClass().getSimpleName() + ": " + e.getMessage(), giveUp);
        log.warn("Delivery {} of {} to {} failed (attempt {}): {}", message.outboxId(), message.event(),
            message.recipient(), message.attempts() + 1, e.getMessage());
        if (giveUp) {
          raiseIncident(message, e);
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

  private String mail(OutboxMessage message) throws Exception {
    JavaMailSender sender = mailSender.getObject();
    MimeMessage mime = sender.createMimeMessage();
    Outbox.Attachment attachment = message.attachmentId() == null ? null
        : outbox.attachment(message.attachmentId()).orElseThrow(() -> new IllegalStateException(
            "Attachment " + message.attachmentId() + " is missing"));
    MimeMessageHelper helper = new MimeMessageHelper(mime, attachment != null, "UTF-8");
    helper.setFrom(properties.mail().from());
    helper.setTo(message.recipient());
    helper.setSubject(message.subject());
    helper.setText(message.body());
    if (attachment != null) {
      helper.addAttachment(attachment.fileName(), new org.springframework.core.io.ByteArrayResource(
          attachment.content()), attachment.contentType());
    }
    sender.send(mime);
    return mime.getMessageID();
  }

  private String post(OutboxMessage message) throws Exception {
    WebhookSettings.Hook hook = webhooks.webhooks().stream().filter(h -> h.url().equals(message.recipient()))
        .findFirst().orElseThrow(() -> new IllegalStateException("Webhook no longer configured"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(hook.url())).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("X-Siaga-Event", message.event())
        .header("X-Siaga-Delivery", String.valueOf(message.outboxId()))
        .header("X-Siaga-Signature", "sha256=" + sign(hook.secret(), message.body()))
        .POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8)).build();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("HTTP " + response.statusCode());
    }
    return "webhook-" + message.outboxId();
  }

  /** HMAC-SHA256 of the body with the hook's secret, hex encoded. */
  public static String sign(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private void raiseIncident(OutboxMessage message, Exception cause) {
    String processInstanceId = message.caseId() == null ? null
        : cases.find(message.caseId()).map(CaseRecord::processInstanceId).orElse(null);
    if (processInstanceId == null
        || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
      log.error("Delivery {} of {} to {} failed for good: {}", message.outboxId(), message.event(),
          message.recipient(), cause.getMessage());
      return;
    }
    // An incident hangs on an execution at an activity: the case's current step (a leaf of its activity tree).
    org.camunda.bpm.engine.runtime.ActivityInstance step = runtime.getActivityInstance(processInstanceId);
    while (step.getChildActivityInstances().length > 0) {
      step = step.getChildActivityInstances()[0];
    }
    runtime.createIncident(INCIDENT_TYPE, step.getExecutionIds()[0], message.recipient(),
        "Pengiriman " + message.event() + " ke " + message.recipient() + " gagal " + MAX_ATTEMPTS + " kali: "
            + cause.getMessage());
  }
}
