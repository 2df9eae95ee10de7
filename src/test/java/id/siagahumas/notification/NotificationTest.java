package id.siagahumas.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.siagahumas.SiagaProperties;
import id.siagahumas.casefile.CaseDetailService;
import id.siagahumas.cases.CaseRepository;
import id.siagahumas.intake.Category;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.registry.Reach;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import id.siagahumas.support.WebhookReceiver;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Deadlines that reach people, over real SMTP (GreenMail): who gets which e-mail in one full case, each
 * reminder and escalation once, SMTP down then up with nothing lost or doubled, and signed webhook events.
 */
@SiagaSpringTest
class NotificationTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired CaseDriver driver;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired Outbox outbox;
  @Autowired WebhookSettings webhooks;
  @Autowired SiagaProperties properties;
  @Autowired CaseRepository cases;
  @Autowired Clock clock;
  @Autowired CaseDetailService caseDetails;

  @BeforeEach
  void clearHooks() {
    WebhookReceiver.clear();
  }

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  private IntakeResult extortionAtSarolangun() {
    return driver.submit("Jambi Ekspres", Reach.REGIONAL, "lapas-sarolangun", List.of(Category.PUNGLI),
        "Pengunjung Lapas Sarolangun Dimintai Uang", "Keluarga warga binaan dimintai uang saat menitipkan makanan.");
  }

  private List<String> mails() throws Exception {
    List<String> lines = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      lines.add(m.getRecipients(Message.RecipientType.TO)[0] + " | " + m.getSubject());
    }
    return lines;
  }

  @Test
  void oneFullCaseMailsExactlyTheRightPeople() throws Exception {
    IntakeResult result = extortionAtSarolangun();
    String id = result.caseId();
    driver.complete(id, "verifyFacts", "humas.jambi", Map.of("verdict", "TIDAK_BENAR",
        "facts", "Penitipan makanan gratis; tidak ada pungutan.", "respond", true));
    driver.complete(id, "draftStatement", "humas.jambi", Map.of("statementType", "HAK_JAWAB"));
    driver.complete(id, "approveStatement", "kasubag.jambi", Map.of("approved", true));
    driver.executeDueJobs(id);
    driver.advance(id, Duration.ofHours(25));
    String number = jdbc.sql("SELECT letter_number FROM statement WHERE case_id = ?").param(id)
        .query(String.class).single();

    assertThat(mails()).containsExactlyInAnyOrder(
        "humas.pusat@siaga-humas.example | [TINGGI] Kasus baru " + id + ": Pengunjung Lapas Sarolangun Dimintai Uang",
        "humas.jambi@siaga-humas.example | Tugas baru: Verifikasi fakta – kasus " + id + " (TINGGI)",
        "humas.jambi@siaga-humas.example | Tugas baru: Susun pernyataan – kasus " + id + " (TINGGI)",
        "kasubag.jambi@siaga-humas.example | Tugas baru: Setujui pernyataan – kasus " + id + " (TINGGI)",
        "redaksi@jambi-ekspres.example | Hak Jawab Lapas Kelas IIB Sarolangun atas pemberitaan "
            + "\"Pengunjung Lapas Sarolangun Dimintai Uang\" (Nomor " + number + ")",
        "humas.jambi@siaga-humas.example | Tugas baru: Tinjau pemberitaan – kasus " + id + " (TINGGI)");

    MimeMessage letter = greenMail.getReceivedMessagesForDomain("jambi-ekspres.example")[0];
    MimeMultipart parts = (MimeMultipart) letter.getContent();
    assertThat(GreenMailUtil.getBody(letter)).contains("Yth. Pemimpin Redaksi Jambi Ekspres");
    boolean pdf = false;
    for (int i = 0; i < parts.getCount(); i++) {
      pdf |= "application/pdf".equals(parts.getBodyPart(i).getContentType().split(";")[0].trim())
          && parts.getBodyPart(i).getInputStream().readNBytes(5).length == 5;
    }
    assertThat(pdf).as("the letter travels as a PDF attachment").isTrue();
    String taskMail = GreenMailUtil.getBody(greenMail.getReceivedMessages()[1]);
    assertThat(taskMail).contains("/camunda/app/tasklist/default/#/?task=", "WIB");

    assertThat(WebhookReceiver.received()).extracting(WebhookReceiver.Received::event)
        .containsExactly("CASE_OPENED", "STATEMENT_PUBLISHED");
    assertThat(WebhookReceiver.received()).allMatch(WebhookReceiver.Received::signatureValid);
    assertThat(WebhookReceiver.received().get(0).body()).contains("\"caseId\":\"" + id + "\"", "\"severity\":\"TINGGI\"");
  }

  @Test
  void withoutAMailServerMessagesAreRecordedNotSent() {
    IntakeResult result = driver.submitUntriaged("Jambi Ekspres", Reach.REGIONAL, "lapas-sarolangun",
        List.of(Category.PUNGLI), "Pengunjung Lapas Sarolangun Dimintai Uang", "Keluarga dimintai uang.");
    driver.triage(result.caseId()); // pusat and the unit's officers are to be told; nothing delivered yet
    // the application as it runs with no spring.mail.host: no JavaMailSender to hand messages to
    StaticListableBeanFactory none = new StaticListableBeanFactory();
    OutboxDispatcher mailless = new OutboxDispatcher(outbox,
        new Mailer(none.getBeanProvider(JavaMailSender.class), properties), new WebhookChannel(webhooks),
        new DeliveryIncidents(cases, runtime), properties, clock);
    mailless.dispatchDue();

    List<String> emails = caseDetails.detail(result.caseId()).notifications().stream()
        .filter(n -> OutboxMessage.EMAIL.equals(n.kind())).map(n -> n.status()).toList();
    assertThat(emails).as("the case's e-mails").isNotEmpty().containsOnly(OutboxMessage.RECORDED);
    assertThat(caseDetails.detail(result.caseId()).notifications()).filteredOn(n -> OutboxMessage.EMAIL.equals(n.kind()))
        .allMatch(n -> n.messageId() == null);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void remindersAndEscalationsGoOutOncePerDeadline() throws Exception {
    String id = extortionAtSarolangun().caseId(); // TINGGI: verify by 3 h, statement by 6 h
    for (int step = 0; step < 16; step++) {
      driver.advance(id, Duration.ofMinutes(30));
    }
    List<String> mails = mails();
    assertThat(mails.stream().filter(m -> m.contains("Pengingat verifikasi")))
        .containsExactly("humas.jambi@siaga-humas.example | Pengingat verifikasi: kasus " + id + " belum diverifikasi");
    assertThat(mails.stream().filter(m -> m.contains("Pengingat pernyataan"))).isNotEmpty().doesNotHaveDuplicates();
    assertThat(mails.stream().filter(m -> m.contains("Tenggat verifikasi")))
        .containsExactly("kasubag.jambi@siaga-humas.example | Tenggat verifikasi terlewati: kasus " + id
            + " dialihkan ke Kanwil");
    assertThat(mails.stream().filter(m -> m.contains("Tenggat pernyataan")))
        .containsExactly("humas.pusat@siaga-humas.example | Tenggat pernyataan terlewati: kasus " + id + " (TINGGI)");
    assertThat(WebhookReceiver.received()).extracting(WebhookReceiver.Received::event)
        .containsExactly("CASE_OPENED", "DEADLINE_MISSED", "DEADLINE_MISSED");
  }

  @Test
  void smtpDownThenUpLosesNothingAndDoublesNothing() throws Exception {
    greenMail.stop();
    IntakeResult result = extortionAtSarolangun();
    String id = result.caseId();
    driver.complete(id, "verifyFacts", "humas.jambi", Map.of("verdict", "BELUM_JELAS",
        "facts", "Masih diperiksa.", "respond", true));
    driver.complete(id, "draftStatement", "humas.jambi", Map.of("statementType", "KLARIFIKASI"));
    driver.complete(id, "approveStatement", "kasubag.jambi", Map.of("approved", true));

    String pid = driver.instance(id).getId();
    for (int attempt = 0; attempt < 5; attempt++) {
      Job job = management.createJobQuery().processInstanceId(pid).messages().singleResult();
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // SMTP is down
      }
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(pid).incidentType("failedJob").count()).isOne();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE case_id = ? AND kind = 'EMAIL' AND status = 'SENT'").param(id)
        .query(Integer.class).single()).isZero();

    greenMail.start();
    Job failed = management.createJobQuery().processInstanceId(pid).messages().singleResult();
    management.setJobRetries(failed.getId(), 1); // "Retry" in Cockpit
    management.executeJob(failed.getId());
    driver.advance(id, Duration.ofMinutes(10)); // the outbox's backoff has passed

    List<String> mails = mails();
    assertThat(mails).doesNotHaveDuplicates();
    assertThat(mails.stream().filter(m -> m.contains("Klarifikasi"))).hasSize(5); // jambi's partner media
    assertThat(mails).contains(
        "humas.pusat@siaga-humas.example | [TINGGI] Kasus baru " + id + ": Pengunjung Lapas Sarolangun Dimintai Uang",
        "kasubag.jambi@siaga-humas.example | Tugas baru: Setujui pernyataan – kasus " + id + " (TINGGI)");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE case_id = ? AND status <> 'SENT'").param(id)
        .query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM publication WHERE case_id = ?").param(id).query(Integer.class)
        .single()).isEqualTo(5);
  }

  @Test
  void aHookThatKeepsFailingBecomesAnIncident() {
    WebhookReceiver.failNext(100);
    String id = extortionAtSarolangun().caseId();
    for (int attempt = 0; attempt < OutboxDispatcher.MAX_ATTEMPTS + 1; attempt++) {
      driver.advance(id, Duration.ofMinutes(35));
    }
    String pid = driver.instance(id).getId();
    assertThat(runtime.createIncidentQuery().processInstanceId(pid).incidentType(OutboxDispatcher.INCIDENT_TYPE)
        .singleResult().getIncidentMessage()).contains("CASE_OPENED", "gagal");
    assertThat(WebhookReceiver.received()).isEmpty();
  }
}
