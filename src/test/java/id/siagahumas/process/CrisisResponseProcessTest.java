package id.siagahumas.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.siagahumas.classification.StoryClassifier;
import id.siagahumas.intake.Category;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.intake.IntakeStatus;
import id.siagahumas.letters.Placeholders;
import id.siagahumas.registry.Reach;
import id.siagahumas.registry.UnitRegistry;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.FaultInjectingMailSender;
import id.siagahumas.support.PdfText;
import id.siagahumas.support.SiagaSpringTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code crisis-response} on the real engine with the real delegates, timers fired by
 * moving the engine clock, and GreenMail as the SMTP server.
 */
@SiagaSpringTest
class CrisisResponseProcessTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired CaseDriver driver;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcClient jdbc;
  @Autowired StoryClassifier classifier;
  @Autowired UnitRegistry registry;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void cleanUp() {
    FaultInjectingMailSender.disarm();
    driver.closeAllCases(jdbc);
  }

  private IntakeResult escapeAtPalembang(String outlet, Reach reach) {
    return driver.submit(outlet, reach, "lapas-palembang", List.of(Category.PELARIAN),
        "Tiga Napi Lapas Merah Mata Kabur Lewat Gorong-gorong",
        "Tiga narapidana Lapas Kelas I Palembang melarikan diri melalui gorong-gorong. <script>alert(1)</script>");
  }

  private void verify(String caseId, String verdict, boolean respond) {
    driver.complete(caseId, "verifyFacts", "humas.sumsel", Map.of("verdict", verdict,
        "facts", "Tidak ada narapidana yang kabur; apel pagi lengkap 1.204 orang.", "respond", respond));
  }

  /** Submits the generated draft with its gaps (the siaran pers' "[Langkah ...]") filled as an officer would. */
  private void draft(String caseId, String user) {
    String statement = ((String) runtimeService.getVariable(driver.instance(caseId).getId(), "statement"))
        .replaceAll("\\[([^\\]]*)]", "$1: sudah dilaksanakan");
    driver.complete(caseId, "draftStatement", user, Map.of("statement", statement,
        "statementType", runtimeService.getVariable(driver.instance(caseId).getId(), "statementType")));
  }

  private void approve(String caseId, String taskKey, String user, boolean approved, String comment) {
    java.util.HashMap<String, Object> vars = new java.util.HashMap<>();
    vars.put("approved", approved);
    vars.put("approvalComment", comment);
    driver.complete(caseId, taskKey, user, vars);
  }

  private String caseStatus(String caseId) {
    return jdbc.sql("SELECT status FROM crisis_case WHERE case_id = ?").param(caseId).query(String.class).single();
  }

  private List<String> recipientsOf(String subjectPart) throws Exception {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> subject(m).contains(subjectPart))
        .map(m -> address(m)).collect(Collectors.toList());
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String address(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void unknownUnitIsTriagedByPusatFirst() {
    IntakeResult result = driver.submit("Detik", Reach.NASIONAL, null, List.of(Category.PELARIAN),
        "Tahanan Kabur dari Sel Polsek", "Dua tahanan kabur dari sel tahanan sebuah polsek setelah menjebol plafon.");
    ProcessInstance instance = driver.instance(result.caseId());

    assertThat(instance).isWaitingAt("assignUnit");
    assertThat(BpmnAwareTests.task(instance)).hasCandidateGroup("humas-pusat");
    driver.complete(result.caseId(), "assignUnit", "humas.pusat", Map.of("unitCode", "rutan-surabaya"));

    assertThat(instance).isWaitingAt("verifyFacts");
    assertThat(BpmnAwareTests.task(instance)).hasCandidateGroup("humas-rutan-surabaya");
    assertThat(instance).variables().containsEntry("regionGroup", "humas-kanwil-jatim");
  }

  @Test
  void aNameConfirmedByPusatIsSavedAsAnAliasAndReadInTheNextStory() {
    String title = "Dua Napi Lapas Bukit Ampera Kabur Lewat Atap";
    String body = "Dua narapidana Lapas Bukit Ampera melarikan diri melalui atap blok hunian, Senin dini hari. "
        + "Petugas masih melakukan pengejaran.";
    assertThat(classifier.classify(title, body).unitCode()).as("an unknown name").isNull();
    IntakeResult result = driver.submit("Sumatera Ekspres", Reach.REGIONAL, null, null, title, body);
    ProcessInstance instance = driver.instance(result.caseId());
    assertThat(instance).isWaitingAt("assignUnit").variables().containsEntry("unitName", "Lapas Bukit Ampera");

    driver.complete(result.caseId(), "assignUnit", "humas.pusat", Map.of("unitCode", "lapas-palembang",
        "saveAlias", true));

    assertThat(instance).isWaitingAt("verifyFacts");
    assertThat(jdbc.sql("SELECT unit_code FROM unit_alias WHERE alias = 'Lapas Bukit Ampera'").query(String.class)
        .single()).isEqualTo("lapas-palembang");
    assertThat(classifier.classify(title, body).unitCode()).as("the next story").isEqualTo("lapas-palembang");
    jdbc.sql("DELETE FROM unit_alias").update();
    classifier.useUnits(List.copyOf(registry.units()));
  }

  @Test
  void anUnregisteredUnitIsRefusedAtAssignment() {
    IntakeResult result = driver.submit("Detik", Reach.NASIONAL, null, List.of(Category.PELARIAN),
        "Tahanan Kabur dari Sel Polsek", "Dua tahanan kabur dari sel tahanan sebuah polsek.");
    assertThatThrownBy(() -> driver.complete(result.caseId(), "assignUnit", "humas.pusat",
        Map.of("unitCode", "lapas-atlantis"))).hasMessageContaining("tidak terdaftar");
    assertThat(driver.instance(result.caseId())).isWaitingAt("assignUnit");
  }

  @Test
  void noStatementEndsTheCaseWithTheReasonOnRecord() {
    IntakeResult result = escapeAtPalembang("Palembang Pos", Reach.REGIONAL);
    ProcessInstance instance = driver.instance(result.caseId());
    driver.complete(result.caseId(), "verifyFacts", "humas.sumsel", Map.of("verdict", "BELUM_JELAS",
        "facts", "Isu hanya beredar di satu akun media sosial.", "respond", false,
        "closingReason", "Tidak berkembang, cukup dipantau."));

    assertThat(instance).isEnded().hasPassed("recordNoStatement", "closedWithoutStatement", "closeCase",
        "caseClosed");
    assertThat(caseStatus(result.caseId())).isEqualTo("CLOSED");
    assertThat(jdbc.sql("SELECT closing_reason FROM crisis_case WHERE case_id = ?").param(result.caseId())
        .query(String.class).single()).isEqualTo("Tidak berkembang, cukup dipantau.");
  }

  @Test
  void aFalseAlarmEndsTheCaseAndIsKeptAsFeedback() {
    IntakeResult result = escapeAtPalembang("Palembang Pos", Reach.REGIONAL);
    ProcessInstance instance = driver.instance(result.caseId());
    driver.complete(result.caseId(), "verifyFacts", "humas.sumsel", Map.of("verdict", "SALAH_DETEKSI",
        "facts", "Berita tentang tahanan Polres, bukan warga binaan lapas.", "respond", false,
        "closingReason", "Tahanan Polrestabes, bukan satker pemasyarakatan."));

    assertThat(instance).isEnded().hasPassed("recordFalseAlarm", "closedAsFalseAlarm", "closeCase")
        .hasNotPassed("recordNoStatement", "generateDraft");
    Map<String, Object> feedback = jdbc.sql("SELECT unit_code, flagged_categories, story_title, reason "
        + "FROM false_alarm WHERE case_id = ?").param(result.caseId()).query().singleRow();
    assertThat(feedback).containsEntry("UNIT_CODE", "lapas-palembang").containsEntry("FLAGGED_CATEGORIES", "PELARIAN")
        .containsEntry("REASON", "Tahanan Polrestabes, bukan satker pemasyarakatan.");
    assertThat((String) feedback.get("STORY_TITLE")).contains("Merah Mata");
    assertThat(jdbc.sql("SELECT closing_reason FROM crisis_case WHERE case_id = ?").param(result.caseId())
        .query(String.class).single()).startsWith("Salah deteksi");
  }

  @Test
  void hakJawabApprovedAtOnceIsMailedToTheOutletAndFollowedUp() throws Exception {
    IntakeResult result = escapeAtPalembang("Palembang Pos", Reach.REGIONAL);
    ProcessInstance instance = driver.instance(result.caseId());
    assertThat(result.severity()).isEqualTo("TINGGI");
    assertThat(instance).isWaitingAt("verifyFacts");
    assertThat(BpmnAwareTests.task(instance)).hasCandidateGroup("humas-lapas-palembang");

    verify(result.caseId(), "TIDAK_BENAR", true);
    assertThat(instance).isWaitingAt("draftStatement").variables().containsEntry("statementType", "HAK_JAWAB");
    String draft = (String) runtimeService.getVariable(instance.getId(), "statement");
    assertThat(draft).contains("Dengan hormat", "Hak Jawab", "Undang-Undang Nomor 40 Tahun 1999", "Pasal 5 ayat (2)",
        "Peraturan Dewan Pers Nomor 9", "apel pagi lengkap", "proporsional", "satu kali", "ditautkan");
    assertThat(Placeholders.in(draft)).as("gaps in the generated draft").isEmpty();

    draft(result.caseId(), "humas.sumsel");
    assertThat(instance).isWaitingAt("approveStatement");
    assertThat(BpmnAwareTests.task(instance)).hasCandidateGroup("humas-kanwil-sumsel");
    approve(result.caseId(), "approveStatement", "kasubag.sumsel", true, null);

    assertThat(instance).isWaitingAt("publishStatement").hasPassed("numberLetter");
    String number = jdbc.sql("SELECT letter_number FROM statement WHERE case_id = ?").param(result.caseId())
        .query(String.class).single();
    assertThat(number).as("the unit's register, its format from the registry").matches("PAS\\.1\\.UPT\\.1-HM\\.01\\.01-\\d+");
    driver.executeDueJobs(result.caseId());
    assertThat(recipientsOf("Hak Jawab")).containsExactly("redaksi@palembang-pos.example");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM publication WHERE case_id = ? AND outcome = 'TERKIRIM'")
        .param(result.caseId()).query(Integer.class).single()).isEqualTo(1);
    MimeMessage mail = greenMail.getReceivedMessagesForDomain("palembang-pos.example")[0];
    assertThat(mail.getSubject()).contains("Nomor " + number);
    List<byte[]> pdfs = PdfText.attachments(mail);
    assertThat(pdfs).hasSize(1);
    String printed = PdfText.of(pdfs.get(0)).replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
    assertThat(printed).contains("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
        "LEMBAGA PEMASYARAKATAN KELAS I PALEMBANG", number, "Yth. Pemimpin Redaksi Palembang Pos",
        "Tiga Napi Lapas Merah Mata Kabur Lewat Gorong-gorong", "Kepala Lapas Kelas I Palembang,",
        "Citra Contoh, S.H., M.H.", "NIP 197203032007031003", "apel pagi lengkap");
    assertThat(Placeholders.in(printed)).as("gaps in the mailed letter").isEmpty();
    assertThat(PdfText.pages(pdfs.get(0))).as("the generated hak jawab fits one page").isEqualTo(1);
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/letters"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/letters/hak-jawab-terkirim.pdf"), pdfs.get(0));

    assertThat(instance).isWaitingAt("coverageReviewDue");
    driver.advance(result.caseId(), Duration.ofHours(25));
    assertThat(instance).isWaitingAt("reviewCoverage").hasPassed("statementOnTime", "reminderNotNeeded");
    driver.complete(result.caseId(), "reviewCoverage", "humas.sumsel", Map.of("outcome", "TERKOREKSI"));
    assertThat(instance).isEnded().hasPassed("coverageReviewed", "caseClosed");
    assertThat(caseStatus(result.caseId())).isEqualTo("CLOSED");
  }

  @Test
  void noApprovalWhileTheStatementHoldsAGap() {
    IntakeResult result = escapeAtPalembang("Palembang Pos", Reach.LOKAL);
    ProcessInstance instance = driver.instance(result.caseId());
    verify(result.caseId(), "TIDAK_BENAR", true);
    String draft = (String) runtimeService.getVariable(instance.getId(), "statement");
    driver.complete(result.caseId(), "draftStatement", "humas.sumsel", Map.of("statementType", "HAK_JAWAB",
        "statement", draft + "\nHormat kami,\n[Nama Pejabat]\nNIP. ...."));

    assertThatThrownBy(() -> approve(result.caseId(), "approveStatement", "kasubag.sumsel", true, null))
        .hasMessageContaining("Persetujuan ditolak").hasMessageContaining("\"[Nama Pejabat]\"")
        .hasMessageContaining("\"....\"");
    assertThat(instance).isWaitingAt("approveStatement");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM statement WHERE case_id = ? AND letter_number IS NULL")
        .param(result.caseId()).query(Integer.class).single()).as("no number for a refused approval").isEqualTo(1);
    approve(result.caseId(), "approveStatement", "kasubag.sumsel", false, "Lengkapi nama dan NIP pejabat.");
    assertThat(instance).isWaitingAt("draftStatement");
  }

  @Test
  void aProcessVersionFromBeforeLettersRefusesGapsToo() throws Exception {
    // Cases started under v0.1.0 run on its model, whose approvals do not name refuseUnfinishedLetter.
    String model = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("bpmn/crisis-response.bpmn")),
        java.nio.charset.StandardCharsets.UTF_8)
        .replace("<camunda:taskListener event=\"complete\" delegateExpression=\"${refuseUnfinishedLetter}\"/>", "");
    assertThat(model).doesNotContain("refuseUnfinishedLetter");
    String deployment = engine.getRepositoryService().createDeployment().name("sebelum-surat")
        .addString("crisis-response.bpmn", model).deploy().getId();
    try {
      IntakeResult result = escapeAtPalembang("Palembang Pos", Reach.LOKAL);
      ProcessInstance instance = driver.instance(result.caseId());
      assertThat(engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId())
          .getDeploymentId()).isEqualTo(deployment);
      verify(result.caseId(), "TIDAK_BENAR", true);
      driver.complete(result.caseId(), "draftStatement", "humas.sumsel", Map.of("statementType", "HAK_JAWAB",
          "statement", "Dengan hormat,\n[isi hak jawab]\n[Nama Pejabat]"));
      assertThatThrownBy(() -> approve(result.caseId(), "approveStatement", "kasubag.sumsel", true, null))
          .hasMessageContaining("belum diisi").hasMessageContaining("[Nama Pejabat]");
      approve(result.caseId(), "approveStatement", "kasubag.sumsel", false, "Lengkapi isi dan penanda tangan.");
      assertThat(instance).isWaitingAt("draftStatement");
      driver.closeAllCases(jdbc);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void eachOutletThatCarriedTheStoryGetsItsOwnLetter() throws Exception {
    IntakeResult first = escapeAtPalembang("Palembang Pos", Reach.LOKAL);
    IntakeResult second = driver.submit("Tribun Sumsel", Reach.REGIONAL, "lapas-palembang",
        List.of(Category.PELARIAN), "Napi Lapas Merah Mata Disebut Kabur Lewat Gorong-gorong",
        "Tiga narapidana Lapas Kelas I Palembang dikabarkan melarikan diri melalui gorong-gorong semalam.");
    assertThat(second.caseId()).as("one incident, one case").isEqualTo(first.caseId());
    verify(first.caseId(), "TIDAK_BENAR", true);
    draft(first.caseId(), "humas.sumsel");
    approve(first.caseId(), "approveStatement", "kasubag.sumsel", true, null);
    driver.executeDueJobs(first.caseId());

    String number = jdbc.sql("SELECT letter_number FROM statement WHERE case_id = ?").param(first.caseId())
        .query(String.class).single();
    Map<String, String> addressedTo = Map.of("palembang-pos.example", "Yth. Pemimpin Redaksi Palembang Pos",
        "tribun-sumsel.example", "Yth. Pemimpin Redaksi Tribun Sumsel");
    for (Map.Entry<String, String> outlet : addressedTo.entrySet()) {
      MimeMessage[] mails = greenMail.getReceivedMessagesForDomain(outlet.getKey());
      assertThat(mails).as("letters to " + outlet.getKey()).hasSize(1);
      String printed = PdfText.of(PdfText.attachments(mails[0]).get(0)).replaceAll("\\s+", " ");
      assertThat(printed).contains(outlet.getValue(), number);
      addressedTo.keySet().stream().filter(other -> !other.equals(outlet.getKey()))
          .forEach(other -> assertThat(printed).doesNotContain(addressedTo.get(other)));
    }
  }

  @Test
  void rejectionReturnsToDraftingWithTheComment() {
    IntakeResult result = escapeAtPalembang("Tribun Sumsel", Reach.REGIONAL);
    ProcessInstance instance = driver.instance(result.caseId());
    verify(result.caseId(), "BELUM_JELAS", true);
    assertThat(instance).variables().containsEntry("statementType", "KLARIFIKASI");
    draft(result.caseId(), "humas.sumsel");

    assertThatThrownBy(() -> approve(result.caseId(), "approveStatement", "kasubag.sumsel", false, " "))
        .hasMessageContaining("catatan revisi");
    approve(result.caseId(), "approveStatement", "kasubag.sumsel", false, "Tambahkan jumlah petugas jaga.");

    assertThat(instance).isWaitingAt("draftStatement");
    assertThat((String) runtimeService.getVariable(instance.getId(), "revisionHistory"))
        .contains("kasubag.sumsel", "Tambahkan jumlah petugas jaga.", "WIB");
    draft(result.caseId(), "humas.sumsel");
    approve(result.caseId(), "approveStatement", "kasubag.sumsel", true, null);
    assertThat(instance).isWaitingAt("publishStatement");
    assertThat(jdbc.sql("SELECT status FROM statement WHERE case_id = ? ORDER BY version").param(result.caseId())
        .query(String.class).list()).containsExactly("DITOLAK", "DISETUJUI");
  }

  @Test
  void kritisNeedsTheHeadOfTheRegionalOffice() {
    IntakeResult result = driver.submit("Banjarmasin Post", Reach.REGIONAL, "lapas-banjarmasin",
        List.of(Category.KEMATIAN, Category.KEKERASAN), "Napi Tewas Dikeroyok di Lapas Teluk Dalam",
        "Seorang narapidana meninggal dunia setelah dikeroyok sesama penghuni.");
    ProcessInstance instance = driver.instance(result.caseId());
    assertThat(result.severity()).isEqualTo("KRITIS");
    assertThat(instance).variables().containsEntry("approvalLevel", "KANWIL_PIMPINAN").containsEntry("zoneLabel",
        "WITA");

    driver.complete(result.caseId(), "verifyFacts", "humas.kalsel", Map.of("verdict", "FAKTA",
        "facts", "Korban meninggal di RSUD; lima pelaku diperiksa polisi.", "respond", true));
    assertThat(instance).variables().containsEntry("statementType", "SIARAN_PERS");
    draft(result.caseId(), "humas.kalsel");
    approve(result.caseId(), "approveStatement", "kasubag.kalsel", true, null);

    assertThat(instance).isWaitingAt("approveStatementHead");
    assertThat(BpmnAwareTests.task(instance)).hasCandidateGroup("pimpinan-kanwil-kalsel");
    approve(result.caseId(), "approveStatementHead", "kakanwil.kalsel", false, "Sebutkan langkah pemulihan.");
    assertThat(instance).isWaitingAt("draftStatement");
    draft(result.caseId(), "humas.kalsel");
    approve(result.caseId(), "approveStatement", "kasubag.kalsel", true, null);
    approve(result.caseId(), "approveStatementHead", "kakanwil.kalsel", true, null);
    assertThat(instance).isWaitingAt("publishStatement");
  }

  @Test
  void theDrafterCannotApproveTheirOwnStatement() {
    // In a small office one person may hold both roles: officer of the unit and regional humas.
    driver.user("ganda.sumsel", "humas-lapas-palembang", "humas-kanwil-sumsel");
    IntakeResult result = escapeAtPalembang("Sumsel Today", Reach.LOKAL);
    ProcessInstance instance = driver.instance(result.caseId());
    verify(result.caseId(), "SEBAGIAN", true);
    draft(result.caseId(), "ganda.sumsel");

    assertThatThrownBy(() -> approve(result.caseId(), "approveStatement", "ganda.sumsel", true, null))
        .hasMessageContaining("prinsip empat mata");
    assertThat(instance).isWaitingAt("approveStatement");
    // Overwriting the drafter variable does not help: the rule reads the stored statement.
    runtimeService.setVariable(instance.getId(), "draftedBy", "humas.sumsel");
    assertThatThrownBy(() -> approve(result.caseId(), "approveStatement", "ganda.sumsel", true, null))
        .hasMessageContaining("prinsip empat mata");
    // Completing without any identified user is refused too.
    taskService.setAssignee(driver.task(result.caseId(), "approveStatement").getId(), null);
    assertThatThrownBy(() -> taskService.complete(driver.task(result.caseId(), "approveStatement").getId(),
        Map.of("approved", true))).hasMessageContaining("tidak dikenali");
    assertThat(instance).isWaitingAt("approveStatement");
  }

  @Test
  void aMissedVerificationDeadlineOffersTheTaskToTheRegion() throws Exception {
    IntakeResult result = escapeAtPalembang("Sumeks co", Reach.REGIONAL); // TINGGI: 6 h, verify within 3 h
    ProcessInstance instance = driver.instance(result.caseId());

    driver.advance(result.caseId(), Duration.ofMinutes(91));
    assertThat(instance).hasPassed("remindVerifier");
    assertThat(recipientsOf("Pengingat")).contains("humas.sumsel@siaga-humas.example").doesNotHaveDuplicates();
    List<String> groups = taskService.getIdentityLinksForTask(driver.task(result.caseId(), "verifyFacts").getId())
        .stream().map(IdentityLink::getGroupId).toList();
    assertThat(groups).containsExactly("humas-lapas-palembang");

    driver.advance(result.caseId(), Duration.ofMinutes(90));
    assertThat(instance).isWaitingAt("verifyFacts").hasPassed("offerVerificationToRegion", "verificationEscalated");
    assertThat(BpmnAwareTests.task(instance)).hasCandidateGroup("humas-kanwil-sumsel")
        .hasCandidateGroup("humas-lapas-palembang");
    List<String> escalated = recipientsOf("Tenggat verifikasi");
    assertThat(escalated).contains("kasubag.sumsel@siaga-humas.example").doesNotHaveDuplicates()
        .doesNotContain("humas.sumsel@siaga-humas.example");
    driver.advance(result.caseId(), Duration.ofMinutes(30));
    assertThat(recipientsOf("Tenggat verifikasi")).as("each deadline is told once").isEqualTo(escalated);
  }

  @Test
  void aMissedStatementDeadlineMarksTheCaseAndTellsPusat() throws Exception {
    IntakeResult result = escapeAtPalembang("Berita Pagi", Reach.REGIONAL);
    ProcessInstance instance = driver.instance(result.caseId());
    verify(result.caseId(), "TIDAK_BENAR", true);

    driver.advance(result.caseId(), Duration.ofHours(3).plusMinutes(1));
    assertThat(instance).hasPassed("remindStatementHolders");
    driver.advance(result.caseId(), Duration.ofHours(3));
    assertThat(instance).hasPassed("markSlaBreached", "slaBreachRecorded").isWaitingAt("draftStatement")
        .variables().containsEntry("slaBreached", true);
    assertThat(jdbc.sql("SELECT sla_breached FROM crisis_case WHERE case_id = ?").param(result.caseId())
        .query(Boolean.class).single()).isTrue();
    assertThat(recipientsOf("Tenggat pernyataan")).containsExactly("humas.pusat@siaga-humas.example");
  }

  @Test
  void aSpreadingIssueRaisesSeverityAndReturnsToDrafting() {
    IntakeResult result = driver.submit("Jambi Ekspres", Reach.REGIONAL, "lapas-sarolangun",
        List.of(Category.PONSEL_ILEGAL), "Razia Temukan Puluhan Ponsel di Lapas Sarolangun",
        "Petugas menemukan 32 telepon genggam dalam razia blok hunian.");
    ProcessInstance instance = driver.instance(result.caseId());
    assertThat(result.severity()).isEqualTo("SEDANG");
    driver.complete(result.caseId(), "verifyFacts", "humas.jambi", Map.of("verdict", "FAKTA",
        "facts", "Razia rutin menemukan 32 ponsel.", "respond", true));
    draft(result.caseId(), "humas.jambi");
    approve(result.caseId(), "approveStatement", "kasubag.jambi", true, null);
    driver.executeDueJobs(result.caseId());
    driver.advance(result.caseId(), Duration.ofHours(24));

    driver.complete(result.caseId(), "reviewCoverage", "humas.jambi", Map.of("outcome", "ISU_MELUAS"));
    assertThat(instance).hasPassed("raiseSeverity").isWaitingAt("draftStatement").variables()
        .containsEntry("severity", "TINGGI").containsEntry("escalations", 1);
    assertThat(driver.task(result.caseId(), "draftStatement").getPriority()).as("the new draft task is TINGGI's")
        .isEqualTo(75);
    assertThat(jdbc.sql("SELECT severity FROM crisis_case WHERE case_id = ?").param(result.caseId())
        .query(String.class).single()).isEqualTo("TINGGI");
  }

  @Test
  void aRelatedStoryRaisesSeverityAndNeverLowersIt() {
    IntakeResult first = driver.submit("Jambi Ekspres", Reach.REGIONAL, "lapas-jambi", List.of(Category.OVERKAPASITAS),
        "Lapas Jambi Penuh Sesak", "Penghuni Lapas Kelas IIA Jambi dua kali lipat kapasitas.");
    assertThat(first.severity()).isEqualTo("SEDANG");
    assertThat(driver.task(first.caseId(), "verifyFacts").getPriority()).as("SEDANG's priority").isEqualTo(50);

    IntakeResult second = driver.submit("Kompas", Reach.NASIONAL, "lapas-jambi", List.of(Category.OVERKAPASITAS),
        "Napi Tidur Berdesakan di Lapas Jambi", "Kelebihan kapasitas membuat warga binaan tidur berdesakan.");
    assertThat(second.status()).isEqualTo(IntakeStatus.ATTACHED);
    assertThat(second.caseId()).isEqualTo(first.caseId());
    assertThat(second.severity()).isEqualTo("TINGGI");
    ProcessInstance instance = driver.instance(first.caseId());
    assertThat(instance).hasPassed("mergeRelatedStory", "reassessSeverity", "moveDeadlinesForward").variables()
        .containsEntry("distinctOutlets", 2).containsEntry("nationalReach", true).containsEntry("responseHours", 6);
    // TINGGI answers within 6 hours of detection, not SEDANG's 12: the verification deadline moved to 3 hours.
    java.util.Date detected = (java.util.Date) runtimeService.getVariable(instance.getId(), "detectedAt");
    java.util.Date verifyDue = new java.util.Date(detected.getTime() + Duration.ofHours(3).toMillis());
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId("verificationDeadlineMissed").singleResult().getDuedate()).isEqualTo(verifyDue);
    assertThat(driver.task(first.caseId(), "verifyFacts").getDueDate()).isEqualTo(verifyDue);
    // The open task moved up in Tasklist with the case, also when no one with the right to change priority asked.
    assertThat(driver.task(first.caseId(), "verifyFacts").getPriority()).as("TINGGI's priority").isEqualTo(75);

    // A third, local outlet: three distinct outlets raise one more level.
    IntakeResult third = driver.submit("Kabar Batanghari", Reach.LOKAL, "lapas-jambi",
        List.of(Category.OVERKAPASITAS), "Lapas Jambi Kelebihan Penghuni", "Warga binaan berdesakan di blok hunian.");
    assertThat(third.severity()).isEqualTo("KRITIS");
    assertThat(instance).variables().containsEntry("approvalLevel", "KANWIL_PIMPINAN");
    assertThat(driver.task(first.caseId(), "verifyFacts").getPriority()).as("KRITIS's priority").isEqualTo(100);
    assertThat(taskService.getVariableLocal(driver.task(first.caseId(), "verifyFacts").getId(), "listedSeverity"))
        .as("the severity Tasklist lists").isEqualTo("KRITIS");

    // The policy never lowers a case: a lower answer leaves the level as it is.
    runtimeService.setVariable(instance.getId(), "distinctOutlets", 1);
    runtimeService.setVariable(instance.getId(), "nationalReach", false);
    IntakeResult fourth = driver.submit("Tribun Jambi", Reach.REGIONAL, "lapas-jambi",
        List.of(Category.OVERKAPASITAS), "Overkapasitas Lapas Jambi Disorot", "Lapas Jambi kelebihan penghuni.");
    assertThat(fourth.severity()).isEqualTo("KRITIS");
    assertThat(driver.task(first.caseId(), "verifyFacts").getPriority()).isEqualTo(100);
  }

  @Test
  void aRelatedStoryBeforeTheTriageIsCountedByIt() {
    IntakeResult first = driver.submitUntriaged("Jambi Ekspres", Reach.REGIONAL, "lapas-kuala-tungkal",
        List.of(Category.OVERKAPASITAS), "Lapas Kuala Tungkal Penuh Sesak",
        "Penghuni Lapas Kelas IIB Kuala Tungkal dua kali lipat kapasitas.");
    assertThat(first.severity()).isEqualTo("SEDANG");
    String pid = driver.instance(first.caseId()).getId();
    assertThat(managementService.createJobQuery().processInstanceId(pid).activityId("storyDetected").count())
        .as("triage waits as a job").isOne();

    IntakeResult second = driver.submit("Kompas", Reach.NASIONAL, "lapas-kuala-tungkal",
        List.of(Category.OVERKAPASITAS), "Napi Tidur Berdesakan di Lapas Kuala Tungkal",
        "Kelebihan kapasitas membuat warga binaan Lapas Kuala Tungkal tidur berdesakan.");
    assertThat(second.status()).isEqualTo(IntakeStatus.ATTACHED);
    assertThat(second.severity()).isEqualTo("TINGGI");

    driver.triage(first.caseId());
    ProcessInstance instance = driver.instance(first.caseId());
    assertThat(instance).variables().containsEntry("severity", "TINGGI").containsEntry("distinctOutlets", 2)
        .containsEntry("responseHours", 6);
    java.util.Date detected = (java.util.Date) runtimeService.getVariable(pid, "detectedAt");
    java.util.Date verifyDue = new java.util.Date(detected.getTime() + Duration.ofHours(3).toMillis());
    assertThat(managementService.createJobQuery().processInstanceId(pid).activityId("verificationDeadlineMissed")
        .singleResult().getDuedate()).as("TINGGI's deadlines, not SEDANG's").isEqualTo(verifyDue);
    assertThat(driver.task(first.caseId(), "verifyFacts").getDueDate()).isEqualTo(verifyDue);
    // The open task moved up in Tasklist with the case, also when no one with the right to change priority asked.
    assertThat(driver.task(first.caseId(), "verifyFacts").getPriority()).as("TINGGI's priority").isEqualTo(75);
  }

  @Test
  void aRetriedPublishNeverMailsARecipientTwice() throws Exception {
    IntakeResult result = escapeAtPalembang("Detik Sumsel", Reach.REGIONAL);
    ProcessInstance instance = driver.instance(result.caseId());
    verify(result.caseId(), "BELUM_JELAS", true); // KLARIFIKASI: to the 21 partner media of Sumatera Selatan
    draft(result.caseId(), "humas.sumsel");
    approve(result.caseId(), "approveStatement", "kasubag.sumsel", true, null);

    FaultInjectingMailSender.failNthSend(8);
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Simulated SMTP");
    Job failed = managementService.createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
    assertThat(failed.getRetries()).isEqualTo(4);
    assertThat(recipientsOf("Klarifikasi")).hasSize(7);

    driver.advance(result.caseId(), Duration.ofMinutes(6));
    List<String> recipients = recipientsOf("Klarifikasi");
    assertThat(recipients).hasSize(21).doesNotHaveDuplicates();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM publication WHERE case_id = ?").param(result.caseId())
        .query(Integer.class).single()).isEqualTo(21);
    assertThat(instance).isWaitingAt("coverageReviewDue");

    // A clarification goes out as a letter too, each partner its own, addressed to its editor.
    String number = jdbc.sql("SELECT letter_number FROM statement WHERE case_id = ? AND letter_number IS NOT NULL")
        .param(result.caseId()).query(String.class).single();
    MimeMessage mail = greenMail.getReceivedMessagesForDomain("tribun-sumsel.example")[0];
    List<byte[]> pdfs = PdfText.attachments(mail);
    assertThat(pdfs).hasSize(1);
    String printed = PdfText.of(pdfs.get(0)).replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
    assertThat(printed).contains("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
        "LEMBAGA PEMASYARAKATAN KELAS I PALEMBANG", number, "Yth. Pemimpin Redaksi Tribun Sumsel",
        "Citra Contoh, S.H., M.H.", "NIP 197203032007031003").doesNotContain("Pemimpin Redaksi Detik Sumsel");
    assertThat(Placeholders.in(printed)).as("gaps in the mailed clarification").isEmpty();
  }

  @Test
  void publishingBecomesAnIncidentWhenRetriesRunOut() {
    IntakeResult result = escapeAtPalembang("Mattanews", Reach.LOKAL);
    ProcessInstance instance = driver.instance(result.caseId());
    verify(result.caseId(), "TIDAK_BENAR", true);
    draft(result.caseId(), "humas.sumsel");
    approve(result.caseId(), "approveStatement", "kasubag.sumsel", true, null);
    greenMail.stop();
    try {
      for (int attempt = 0; attempt < 5; attempt++) {
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
      }
      assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).messages().noRetriesLeft().count())
          .isEqualTo(1);
      assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    } finally {
      greenMail.start();
    }
  }
}
