package id.siagahumas.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Case events to chat gateways ({@code siaga.webhooks}): a JSON POST signed with the hook's secret
 * ({@code X-Siaga-Signature: sha256=<HMAC-SHA256 of the body>}); anything but 2xx is a failed attempt.
 */
@Component
class WebhookChannel {

  private final WebhookSettings webhooks;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  WebhookChannel(WebhookSettings webhooks) {
    this.webhooks = webhooks;
  }

  /** Posts the message's event; answers the delivery's id. */
  String post(OutboxMessage message) throws Exception {
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
  static String sign(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }
}
