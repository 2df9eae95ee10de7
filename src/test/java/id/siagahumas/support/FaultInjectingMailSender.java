package id.siagahumas.support;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Passes every send to the real sender, except the one a test armed to fail. */
public class FaultInjectingMailSender implements JavaMailSender {

  private static final AtomicInteger failAt = new AtomicInteger(-1);
  private final JavaMailSender delegate;

  FaultInjectingMailSender(JavaMailSender delegate) {
    this.delegate = delegate;
  }

  /** The n-th send from now (1-based) fails once, as a dropped SMTP connection would. */
  public static void failNthSend(int n) {
    failAt.set(n);
  }

  public static void disarm() {
    failAt.set(-1);
  }

  private void maybeFail() {
    if (failAt.get() > 0 && failAt.decrementAndGet() == 0) {
      failAt.set(-1);
      throw new MailSendException("Simulated SMTP failure");
    }
  }

  @Override
  public MimeMessage createMimeMessage() {
    return delegate.createMimeMessage();
  }

  @Override
  public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
    return delegate.createMimeMessage(contentStream);
  }

  @Override
  public void send(MimeMessage... mimeMessages) throws MailException {
    for (MimeMessage message : mimeMessages) {
      maybeFail();
      delegate.send(message);
    }
  }

  @Override
  public void send(SimpleMailMessage... simpleMessages) throws MailException {
    for (SimpleMailMessage message : simpleMessages) {
      maybeFail();
      delegate.send(message);
    }
  }
}
