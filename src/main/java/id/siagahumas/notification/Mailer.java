package id.siagahumas.notification;

import id.siagahumas.SiagaProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The one way an e-mail leaves the application (notifications and digests from the outbox, statements to the
 * press from publication): from {@code siaga.mail.from}, UTF-8, an optional attachment, through Spring Mail.
 * Without a configured mail server nothing is sent and the callers record the message instead (TERCATAT).
 */
@Component
public class Mailer {

  /** A file sent with an e-mail. */
  public record Attachment(String fileName, String contentType, byte[] content) {
  }

  private final ObjectProvider<JavaMailSender> sender;
  private final SiagaProperties properties;

  public Mailer(ObjectProvider<JavaMailSender> sender, SiagaProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  /** Whether a mail server is configured. */
  public boolean configured() {
    return sender.getIfAvailable() != null;
  }

  /** Sends one e-mail; answers its Message-ID. Call only when {@link #configured()}. */
  public String send(String to, String subject, String text, Attachment attachment) {
    JavaMailSender mail = sender.getObject();
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
      helper.setFrom(properties.mail().from());
      helper.setTo(to);
      helper.setSubject(subject);
      helper.setText(text);
      if (attachment != null) {
        helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
      mail.send(message);
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot compose the e-mail to " + to, e);
    }
  }
}
