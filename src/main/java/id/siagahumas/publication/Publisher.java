package id.siagahumas.publication;

import id.siagahumas.drafting.Statement;
import id.siagahumas.letters.IssuedNumber;
import id.siagahumas.letters.Letter;
import id.siagahumas.letters.LetterComposer;
import id.siagahumas.letters.LetterPdf;
import id.siagahumas.notification.Mailer;
import id.siagahumas.templating.TemplateRenderer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  private final Mailer mailer;
  private final TemplateRenderer templates;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final LetterPdf letterPdf;
  private final LetterComposer letters;

  public Publisher(PublicationRepository publications, Mailer mailer,
      TemplateRenderer templates, PlatformTransactionManager transactionManager,
      Clock clock, LetterPdf letterPdf, LetterComposer letters) {
    this.letterPdf = letterPdf;
    this.letters = letters;
    this.publications = publications;
    this.mailer = mailer;
    this.templates = templates;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Sends to every recipient not yet served its own letter (the PDF, and its text in the e-mail); returns how
   * many were served now.
   */
  public int publish(Statement statement, String unitCode, String unitName, String storyTitle, IssuedNumber number,
      List<Recipient> recipients) {
    boolean mailServer = mailer.configured();
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
      } else if (!mailServer) {
        outcome = Publication.RECORDED;
      } else {
        Letter letter = letters.compose(unitCode, statement, recipient.name(), recipient.story(), number,
            number.issuedAt());
        String title = recipient.story() == null ? storyTitle : recipient.story().title();
        String subject = templates.render("press/subject-"
            + statement.statementType().toLowerCase(Locale.ROOT).replace('_', '-'),
            Map.of("unitName", unitName, "storyTitle", title, "number", number.number())).strip();
        // The letter as a document the newsroom can file and print; its text is in the body too.
        messageId = mailer.send(recipient.email(), subject,
            templates.render("press/letter-mail", Map.of("letter", letter, "text", letter.printedText())),
            new Mailer.Attachment(attachmentName(statement, recipient), "application/pdf", letterPdf.render(letter)));
        outcome = Publication.SENT;
      }
      String finalOutcome = outcome;
      String finalMessageId = messageId;
      ownTransaction.executeWithoutResult(tx -> publications.record(statement.caseId(), statement.statementId(),
          statement.statementType(), Publication.EMAIL, address, recipient.name(), clock.instant(), finalOutcome,
          finalMessageId));
      sent++;
    }
    log.info("Statement {} of case {} (letter {}): {} of {} recipients served now", statement.version(),
        statement.caseId(), number.number(), sent, recipients.size());
    return sent;
  }

  static String attachmentName(Statement statement, Recipient recipient) {
    String outlet = recipient.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return statement.statementType().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + statement.caseId() + "-"
        + outlet + ".pdf";
  }
}
