package id.siagahumas.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.siagahumas.intake.Category;
import id.siagahumas.registry.Reach;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.PdfText;
import id.siagahumas.support.SiagaSpringTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily digest over real SMTP (GreenMail), with the engine clock moved: at 07:00 WITA the Kalsel leadership
 * get theirs, at 07:00 WIB Sumsel's and humas-pusat's national one; each recipient exactly once per day however
 * often the hourly check runs, each PDF with its region's cases only; and the same PDF on demand from the API.
 */
@SiagaSpringTest
class DailyDigestTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired CaseDriver driver;
  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired DigestSender sender;
  @Autowired TestRestTemplate rest;

  @Autowired org.camunda.bpm.engine.IdentityService identity;

  /** The e-mail addresses of the members of these groups. */
  private java.util.Set<String> members(String... groups) {
    java.util.Set<String> addresses = new java.util.TreeSet<>();
    for (String group : groups) {
      identity.createUserQuery().memberOfGroup(group).list().stream()
          .map(org.camunda.bpm.engine.identity.User::getEmail).filter(e -> e != null && !e.isBlank())
          .forEach(addresses::add);
    }
    return addresses;
  }

  /** Everyone a daily digest goes to. */
  private java.util.Set<String> leadership() {
    List<String> groups = new ArrayList<>(List.of("humas-pusat"));
    for (org.camunda.bpm.engine.identity.Group g : identity.createGroupQuery().list()) {
      if (g.getId().startsWith("humas-kanwil-") || g.getId().startsWith("pimpinan-kanwil-")) {
        groups.add(g.getId());
      }
    }
    return members(groups.toArray(String[]::new));
  }

  @AfterEach
  void cleanUp() {
    driver.closeAllCases(jdbc);
  }

  private static void clock(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  /** What the hourly timer does: its job starts the process, whose sending step is a job of its own. */
  private void hourlyCheck() {
    Job timer = management.createJobQuery().processDefinitionKey("daily-digest").timers().singleResult();
    management.executeJob(timer.getId());
    for (Job job : management.createJobQuery().processDefinitionKey("daily-digest").messages().list()) {
      management.executeJob(job.getId());
    }
    driver.deliver();
  }

  /** Digest e-mails received so far, by recipient. */
  private Map<String, List<MimeMessage>> digests() throws Exception {
    Map<String, List<MimeMessage>> byRecipient = new LinkedHashMap<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      if (m.getSubject().contains("Laporan harian")) {
        byRecipient.computeIfAbsent(m.getRecipients(Message.RecipientType.TO)[0].toString(),
            k -> new ArrayList<>()).add(m);
      }
    }
    return byRecipient;
  }

  private static byte[] pdf(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      Part part = parts.getBodyPart(i);
      if (part.getContentType().startsWith("application/pdf")) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toByteArray();
      }
    }
    throw new AssertionError("no PDF attached to " + message.getSubject());
  }

  @Test
  void theDigestGoesOutOncePerRecipientAt0700InEachZone() throws Exception {
    clock("2026-12-01T10:00:00Z"); // 17.00 WIB, 18.00 WITA
    String sumsel = driver.submit("Palembang Pos", Reach.REGIONAL, "lapas-palembang", List.of(Category.PELARIAN),
        "Tiga Napi Lapas Merah Mata Kabur Lewat Gorong-gorong", "Tiga narapidana Lapas Kelas I Palembang kabur.")
        .caseId();
    String kalsel = driver.submit("Banjarmasin Post", Reach.REGIONAL, "lapas-banjarmasin", List.of(Category.NARKOBA),
        "Sabu Dikendalikan dari Lapas Banjarmasin", "Polisi mengungkap sabu yang dikendalikan dari Lapas Banjarmasin.")
        .caseId();
    String jatim = driver.submit("Jawa Pos", Reach.REGIONAL, "lapas-surabaya", List.of(Category.PUNGLI),
        "Pengunjung Lapas Surabaya Dimintai Uang", "Keluarga warga binaan Lapas Surabaya dimintai uang.").caseId();
    greenMail.reset(); // the cases' own notifications are not what this test counts

    clock("2026-12-01T21:59:00Z"); // 05.59 WITA, 04.59 WIB: nothing due
    hourlyCheck();
    assertThat(digests()).isEmpty();

    clock("2026-12-01T23:00:00Z"); // 07.00 WITA on 2 December (08.00 WIT: catching up), 06.00 WIB
    hourlyCheck();
    Map<String, List<MimeMessage>> sent = digests();
    assertThat(sent).containsKeys("kasubag.kalsel@siaga-humas.example", "kakanwil.kalsel@siaga-humas.example")
        .doesNotContainKeys("kasubag.sumsel@siaga-humas.example", "humas.pusat@siaga-humas.example",
            "humas.kalsel@siaga-humas.example");
    MimeMessage kalselMail = sent.get("kakanwil.kalsel@siaga-humas.example").get(0);
    assertThat(kalselMail.getSubject()).contains("Kanwil Kalimantan Selatan", "2 Desember 2026, 07.00 WITA");
    String kalselPdf = PdfText.of(pdf(kalselMail));
    assertThat(kalselPdf).contains("Laporan Harian Siaga Humas", "Kalimantan Selatan", kalsel, "WITA")
        .doesNotContain(sumsel, jatim);
    assertThat(PdfText.fontsEmbedded(pdf(kalselMail))).isTrue();

    // the same hour checked again (a second node, a retried job): nothing more
    hourlyCheck();
    assertThat(sender.sendDue(Instant.parse("2026-12-01T23:30:00Z"))).isEmpty();
    driver.deliver();
    assertThat(digests()).isEqualTo(sent);

    clock("2026-12-02T00:00:00Z"); // 07.00 WIB on 2 December
    hourlyCheck();
    clock("2026-12-02T01:00:00Z"); // 08.00 WIB: still within the catch-up, but sent already
    hourlyCheck();
    sent = digests();
    for (String recipient : List.of("kasubag.kalsel", "kakanwil.kalsel", "kasubag.sumsel", "kakanwil.sumsel",
        "kasubag.jatim", "kakanwil.jatim", "humas.pusat", "kakanwil.papua")) {
      assertThat(sent.get(recipient + "@siaga-humas.example")).as(recipient).hasSize(1);
    }
    assertThat(sent.values()).allSatisfy(mails -> assertThat(mails).hasSize(1));
    assertThat(sent).doesNotContainKeys("humas.sumsel@siaga-humas.example", "monitor@siaga-humas.example");
    // every member of a pimpinan-kanwil-, humas-kanwil- or humas-pusat group, and no one else: with the demo users,
    // 33 regions x (kasubag, kakanwil) + humas.pusat, and whoever other test classes added to those groups
    assertThat(sent.keySet()).isEqualTo(leadership());
    assertThat(sent.size()).isGreaterThanOrEqualTo(67);

    MimeMessage sumselMail = sent.get("kakanwil.sumsel@siaga-humas.example").get(0);
    assertThat(sumselMail.getSubject()).contains("Kanwil Sumatera Selatan", "2 Desember 2026, 07.00 WIB");
    String sumselPdf = PdfText.of(pdf(sumselMail));
    // kept for the README's picture of the first page (pdftoppm -png -r 60 -f 1 -l 1)
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/digest"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/digest/laporan-harian-sumsel.pdf"), pdf(sumselMail));
    assertThat(sumselPdf).contains(sumsel, "Lapas Kelas I Palembang", "Kasus baru 24 jam terakhir",
        "Tenggat terlewat", "Verifikasi").doesNotContain(kalsel, jatim);
    String national = PdfText.of(pdf(sent.get("humas.pusat@siaga-humas.example").get(0)));
    assertThat(national).contains("Nasional", sumsel, kalsel, jatim);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM daily_digest WHERE digest_date = DATE '2026-12-02'")
        .query(Integer.class).single()).isEqualTo(34);

    // on demand: the PDF as mailed (same text), only in the caller's lane
    HttpHeaders pdfAccept = new HttpHeaders();
    pdfAccept.setAccept(List.of(org.springframework.http.MediaType.APPLICATION_PDF));
    ResponseEntity<byte[]> onDemand = rest.withBasicAuth("kakanwil.sumsel", "demo").exchange(
        "/api/reports/daily?date=2026-12-02&region=sumsel", HttpMethod.GET, new HttpEntity<>(pdfAccept), byte[].class);
    assertThat(onDemand.getStatusCode().value()).isEqualTo(200);
    assertThat(PdfText.of(onDemand.getBody())).isEqualTo(sumselPdf);
    ResponseEntity<String> json = rest.withBasicAuth("kakanwil.sumsel", "demo").getForEntity(
        "/api/reports/daily?date=2026-12-02", String.class);
    assertThat(json.getBody()).contains("\"region\":\"sumsel\"", sumsel).doesNotContain(kalsel, jatim);
    assertThat(rest.withBasicAuth("kakanwil.sumsel", "demo").getForEntity(
        "/api/reports/daily?date=2026-12-02&region=jatim", String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(rest.withBasicAuth("monitor", "demo").getForEntity("/api/reports/daily", String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @Test
  void twoNodesSendingTheSameDigestAtOnceCommitItOnce() throws Exception {
    java.time.LocalDate date = java.time.LocalDate.parse("2026-12-10");
    Instant now = Instant.parse("2026-12-10T00:00:30Z");
    org.springframework.transaction.support.TransactionTemplate tx =
        new org.springframework.transaction.support.TransactionTemplate(transactions);
    java.util.concurrent.CountDownLatch firstSent = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch secondDone = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicReference<Object> second = new java.util.concurrent.atomic.AtomicReference<>();
    Thread other = new Thread(() -> {
      try {
        firstSent.await();
        // the first node's row is written but not committed: this node finds none and sends too
        second.set(tx.execute(status -> sender.send("sumsel", date, now)));
      } catch (Exception e) {
        second.set(e);
      } finally {
        secondDone.countDown();
      }
    });
    other.start();
    Boolean first = tx.execute(status -> {
      boolean sent = sender.send("sumsel", date, now);
      firstSent.countDown();
      try {
        secondDone.await(700, java.util.concurrent.TimeUnit.MILLISECONDS); // the other node reaches the key meanwhile
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return sent;
    });
    other.join(10_000);
    assertThat(first).isTrue();
    assertThat(second.get()).as("the second node's transaction fails on the digest's key and commits nothing")
        .isInstanceOf(org.springframework.dao.DataAccessException.class);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM daily_digest WHERE digest_key = 'sumsel' AND digest_date = ?")
        .param(date).query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE event = 'daily-digest' AND subject LIKE ?")
        .param("%Sumatera Selatan 10 Desember 2026%").query(Integer.class).single())
        .as("one e-mail for each member of humas-kanwil-sumsel and pimpinan-kanwil-sumsel")
        .isEqualTo(members("humas-kanwil-sumsel", "pimpinan-kanwil-sumsel").size());
  }
}
