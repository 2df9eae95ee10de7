package id.siagahumas.notification;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code siaga.webhooks}: chat gateways (WhatsApp or Telegram bridges) that receive case events as JSON,
 * signed with HMAC-SHA256 over the body in the header {@code X-Siaga-Signature: sha256=<hex>}.
 *
 * @param url    where events are POSTed (http or https)
 * @param secret shared key of the signature; keep it out of the repository (environment variable)
 */
@ConfigurationProperties("siaga")
public record WebhookSettings(@DefaultValue List<Hook> webhooks) {

  public record Hook(String url, String secret) {
  }
}
