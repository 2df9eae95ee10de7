package id.siagahumas.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Case events for the webhooks: case opened, severity raised, deadline missed, statement published. Each
 * event becomes one outbox message per configured hook, in the transaction of the step that caused it.
 */
@Component
public class CaseEvents {

  public static final String CASE_OPENED = "CASE_OPENED";
  public static final String SEVERITY_RAISED = "SEVERITY_RAISED";
  public static final String DEADLINE_MISSED = "DEADLINE_MISSED";
  public static final String STATEMENT_PUBLISHED = "STATEMENT_PUBLISHED";

  private final WebhookSettings settings;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final Clock clock;

  public CaseEvents(WebhookSettings settings, Outbox outbox, ObjectMapper json, Clock clock) {
    this.settings = settings;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  public void publish(String event, String caseId, Map<String, Object> details) {
    if (settings.webhooks().isEmpty()) {
      return;
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("event", event);
    payload.put("caseId", caseId);
    payload.put("at", clock.instant().toString());
    payload.putAll(details);
    String body;
    try {
      body = json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (WebhookSettings.Hook hook : settings.webhooks()) {
      outbox.add(caseId, OutboxMessage.WEBHOOK, event, hook.url(), event, body, clock.instant());
    }
  }
}
