package id.siagahumas;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code siaga.*} settings (documented in README.md, "Configuration").
 *
 * @param dataDir directory of the embedded H2 database
 * @param baseUrl address people use to reach the application, for links in e-mails
 * @param mail    sender of e-mails (statements to the press, notifications to officers)
 * @param outboxScheduled whether the outbox of e-mails and webhook events is delivered on a schedule
 *                (tests deliver it themselves)
 */
@ConfigurationProperties("siaga")
public record SiagaProperties(@DefaultValue("./data") String dataDir,
    @DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Mail mail,
    @DefaultValue("true") boolean outboxScheduled) {

  /** @param from sender address of every e-mail Siaga Humas sends */
  public record Mail(@DefaultValue("humas@siaga-humas.example") String from) {
  }
}
