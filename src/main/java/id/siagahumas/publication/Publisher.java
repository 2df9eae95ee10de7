package id.siagahumas.publication;

import id.siagahumas.SiagaProperties;
import id.siagahumas.drafting.Statement;
import id.siagahumas.drafting.StatementType;
import org.springframework.core.io.ByteArrayResource;
import id.siagahumas.templating.TemplateRenderer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an approved statement to its recipients and records each send.
 *
 * <p>Each send is recorded in its own transaction right after it leaves, so when a later recipient
 * fails and the engine retries the job, the recipients already served are skipped: no outlet gets
 * the same statement twice.
 */
@Component
public class Publisher {

  private static final Logger log = LoggerFactory.getLogger(Publisher.class);

  private final PublicationRepository publications;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TemplateRenderer templates;
  private final SiagaProperties properties;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final LetterPdf letterPdf;

  public Publisher(PublicationRepository publications, ObjectProvider<JavaMailSender> mailSender,
      TemplateRenderer templates, SiagaProperties properties, PlatformTransactionManager transactionManager,
      Clock clock, LetterPdf letterPdf) {
    this.letterPdf = letterPdf;
    this.publications = publications;
    this.mailSender = mailSender;
    this.templates = templates;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Sends to every recipient not yet served; returns how many were sent now. */
  public int publish(Statement statement, String unitName, String storyTitle, List<Recipient> recipients) {
    JavaMailSender sender = mailSender.getIfAvailable();
    String subject = templates.render("press/subject-" + statement.statementType().toLowerCase().replace('_', '-'),
        Map.of("unitName", unitName, "storyTitle", storyTitle)).strip();
    int sent = 0;
    for (Recipient recipient : recipients) {
      String address = recipient.email() == null ? recipient.name() : recipient.email();
      if (publications.sent(statement.statementId(), Publication.EMAIL, address)) {
        continue;
      }
      String outcome;
      String messageId = null;
      if (recipient.email() == null) {
        outcome = Publication.NO_ADDRESS;
      } else if (sender == null) {
        outcome = Publication.RECORDED;
      } else {
        messageId = mail(sender, recipient, subject, statement);
        outcome = Publication.SENT;
      }
      String finalOutcome = outcome;
      String finalMessageId = messageId;
      ownTransaction.executeWithoutResult(tx -> publications.record(statement.caseId(), statement.statementId(),
          statement.statementType(), Publication.EMAIL, address, recipient.name(), clock.instant(), finalOutcome,
          finalMessageId));
      sent++;
    }
    log.info("Statement {} of case {}: {} of {} recipients served now", statement.version(), statement.caseId(),
        sent, recipients.size());
    return sent;
  }

  private String mail(JavaMailSender sender, Recipient recipient, String subject, Statement statement) {
    try {
      MimeMessage message = sender.createMimeMessage();
      boolean letter = StatementType.HAK_JAWAB.name().equals(statement.statementType());
      MimeMessageHelper helper = new MimeMessageHelper(message, letter, "UTF-8");
      helper.setFrom(properties.mail().from());
      helper.setTo(recipient.email());
      helper.setSubject(subject);
      helper.setText(statement.text());
      if (letter) {
        // The formal letter as a document the newsroom can file; the same text is in the body.
        helper.addAttachment("hak-jawab-" + statement.caseId() + ".pdf",
            new ByteArrayResource(letterPdf.render(subject, statement.text())), "application/pdf");
      }
      sender.send(message);
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot compose the statement e-mail to " + recipient.email(), e);
    }
  }
}
