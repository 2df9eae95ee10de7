package id.siagahumas.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.siagahumas.demo.SampleCases;
import id.siagahumas.intake.Category;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.registry.Reach;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.HeadlessChromium;
import id.siagahumas.support.SiagaSpringTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The human side of a case in a real browser (Debian's chromium, headless): Tasklist in Indonesian,
 * verify and draft, the drafter refused at approval with the reason, the Kasubag approving, publication.
 * Screenshots of each step are saved under target/screenshots/.
 */
@SiagaSpringTest
class TasklistBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired CaseDriver cases;
  @Autowired JdbcClient jdbc;
  @Autowired IdentityService identity;
  @Autowired SampleCases samples;

  private WebDriver browser;
  private WebDriverWait wait;
  private Path profile;
  private static int shot;
  private static boolean cleaned;
  private static boolean loginShown;

  @BeforeEach
  void openBrowser() throws Exception {
    HeadlessChromium.assumeInstalled();
    profile = Files.createTempDirectory("siaga-chromium");
    browser = HeadlessChromium.start(profile, "1400,1200", "en-US");
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
    if (!cleaned) { // once per run: every test's screenshots stay
      cleaned = true;
      try (var old = Files.list(SCREENSHOTS)) {
        for (Path file : old.filter(f -> !f.getFileName().toString().startsWith("papan-")).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      screenshot("akhir"); // the last screen, also when a step failed
      browser.quit();
    }
    identity.deleteMembership("humas.sumsel", "humas-kanwil-sumsel");
    cases.closeAllCases(jdbc);
  }

  private void screenshot(String name) throws Exception {
    File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SCREENSHOTS.resolve("%02d-%s.png".formatted(++shot, name)),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static By text(String tag, String text) {
    return By.xpath("//" + tag + "[normalize-space(.)='" + text + "']");
  }

  private void logIn(String user) throws Exception {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    WebElement username = visible(By.cssSelector("input[ng-model='username']"));
    assertThat(username.getAttribute("placeholder")).isEqualTo("Nama pengguna");
    username.sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    WebElement submit = browser.findElement(By.cssSelector("button[type='submit']"));
    assertThat(submit.getText()).isEqualTo("Masuk");
    if (!loginShown) {
      loginShown = true;
      screenshot("masuk");
    }
    submit.click();
    visible(By.partialLinkText("Tugas Grup"));
  }

  /** Opens the task from the group filter and claims it. */
  private void claim(String taskName) throws Exception {
    visible(By.partialLinkText("Tugas Grup")).click();
    visible(By.xpath("//*[contains(@class,'task')]//*[normalize-space(.)='" + taskName + "']")).click();
    click(visible(text("button", "Klaim")));
    visible(By.cssSelector("form.siaga-form"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form.siaga-form h4"), "KRS-"));
  }

  private void complete() {
    click(visible(text("button", "Selesaikan")));
  }

  /** Scrolls the element to the middle first: Tasklist's fixed footer covers the bottom of the page. */
  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    wait.until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  @Test
  void aCaseGoesFromVerificationToPublicationInIndonesianTasklist() throws Exception {
    // humas.sumsel stands in for the Kasubag this week: they now see the approval too, and must be refused
    identity.createMembership("humas.sumsel", "humas-kanwil-sumsel");
    String hostile = "Tiga narapidana kabur. <script>alert('xss')</script><img src=x onerror=alert(1)> Selesai.";
    IntakeResult story = cases.submit("Palembang Pos", Reach.REGIONAL, "lapas-palembang",
        List.of(Category.PELARIAN), "Tiga Napi Lapas Merah Mata Kabur", hostile);

    logIn("humas.sumsel");
    assertThat(browser.getPageSource()).contains("Tugas Saya", "Tugas Grup");
    screenshot("daftar-tugas");
    claim("Verifikasi fakta");
    WebElement storyText = visible(By.cssSelector("pre.siaga-story"));
    assertThat(storyText.getText()).isEqualTo(hostile); // shown as text: no script ran, no image was made
    // the officer sees why the story was flagged: the classifier's evidence, read from the case API
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dd.siaga-evidence"), "Kabur"));
    assertThat(browser.findElements(By.cssSelector("form.siaga-form img"))).isEmpty();
    assertThat(browser.getPageSource()).contains("Formulir", "Riwayat", "Batas verifikasi", "WIB");
    assertThat(visible(By.cssSelector("span[am-time-ago='task.due']")).getText()).as("relative times too")
        .startsWith("dalam");
    new Select(browser.findElement(By.id("verdict"))).selectByValue("TIDAK_BENAR");
    browser.findElement(By.id("facts")).sendKeys("Apel pagi lengkap; tidak ada narapidana yang kabur.");
    new Select(browser.findElement(By.id("respond"))).selectByValue("true");
    screenshot("verifikasi-fakta");
    complete();
    cases.deliver();

    claim("Susun pernyataan");
    assertThat(browser.findElement(By.id("statement")).getAttribute("value"))
        .contains("Dengan hormat", "Hak Jawab").doesNotContain("[");
    screenshot("susun-pernyataan");
    complete();

    claim("Setujui pernyataan");
    new Select(browser.findElement(By.id("approved"))).selectByValue("true");
    complete();
    WebElement refusal = visible(By.xpath("//*[contains(., 'prinsip empat mata') and contains(@class, 'alert')]"));
    assertThat(refusal.getText()).contains("Persetujuan ditolak").doesNotContain("ENGINE-", "TaskListener");
    screenshot("empat-mata-ditolak");
    WebElement unclaim = visible(By.cssSelector("button.unclaim"));
    assertThat(unclaim.getAttribute("uib-tooltip")).isEqualTo("Lepas klaim");
    click(unclaim);
    visible(text("button", "Klaim"));

    logIn("kasubag.sumsel");
    claim("Setujui pernyataan");
    new Select(browser.findElement(By.id("approved"))).selectByValue("true");
    screenshot("persetujuan-kasubag");
    complete();
    wait.until(d -> cases.task(story.caseId(), "approveStatement") == null);

    cases.executeDueJobs(story.caseId());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM publication WHERE case_id = ?").param(story.caseId())
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(greenMail.getReceivedMessagesForDomain("palembang-pos.example")).hasSize(1);
    browser.navigate().refresh();
    visible(By.partialLinkText("Tugas Grup"));
    screenshot("setelah-terbit");
  }

  /** The list of the group's tasks as a new officer sees it after the first start: the demo's sample cases. */
  @Test
  void theGroupListTellsCasesApartAndPutsTheMostSevereFirst() throws Exception {
    List<String> caseIds = samples.createAll();
    String kritis = caseIds.get(0); // Lapas Kelas I Palembang, KERUSUHAN
    String rendah = caseIds.get(1); // Rutan Kelas I Palembang, PELAYANAN

    logIn("humas.sumsel");
    visible(By.partialLinkText("Tugas Grup")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), rendah));
    List<WebElement> items = browser.findElements(By.xpath("//li[contains(., 'KRS-') and .//*[contains(., 'Tingkat')]]"));
    List<String> listed = items.stream().map(WebElement::getText).toList();
    screenshot("daftar-tugas-grup");
    String top = listed.stream().filter(t -> t.contains(kritis)).findFirst().orElseThrow(
        () -> new AssertionError("case " + kritis + " not listed: " + listed));
    assertThat(top).contains("Verifikasi fakta", "Satker", "Lapas Kelas I Palembang", "Tingkat", "KRITIS", "Berita",
        "[CONTOH] Keributan Antarblok");
    assertThat(listed.stream().filter(t -> t.contains(rendah)).findFirst().orElseThrow())
        .contains("Rutan Kelas I Palembang", "RENDAH");
    assertThat(indexOf(listed, kritis)).as("KRITIS above RENDAH").isLessThan(indexOf(listed, rendah));
    assertThat(indexOf(listed, kritis)).as("the most severe first").isZero();

    // the form: codes as words, times in the unit's zone
    items.get(0).findElement(By.xpath(".//a[normalize-space(.)='Verifikasi fakta']")).click();
    click(visible(text("button", "Klaim")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dd.siaga-categories"), "Kerusuhan"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dd.siaga-stage"), "Verifikasi fakta"));
    assertThat(browser.findElement(By.cssSelector("form.siaga-form")).getText()).contains("WIB")
        .doesNotContain("KERUSUHAN,", "verifyFacts");
    screenshot("formulir-verifikasi-contoh");

    // Kalimantan Selatan reads its times in WITA
    logIn("humas.kalsel");
    claim("Verifikasi fakta");
    assertThat(browser.findElement(By.cssSelector("form.siaga-form")).getText()).contains("WITA", "Kelebihan kapasitas");
  }

  private static int indexOf(List<String> listed, String caseId) {
    for (int i = 0; i < listed.size(); i++) {
      if (listed.get(i).contains(caseId)) {
        return i;
      }
    }
    return -1;
  }

  /** Administrators and humas-pusat work in one language: Welcome, Cockpit and Admin in Indonesian too. */
  @Test
  void welcomeCockpitAndAdminSpeakIndonesian() throws Exception {
    samples.createAll(); // Cockpit then shows the running cases
    logIn("admin");
    browser.get("http://localhost:" + port + "/camunda/app/welcome/default/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Aplikasi"));
    String welcome = browser.findElement(By.tagName("body")).getText();
    assertThat(welcome).contains("Tasklist (daftar tugas)", "Cockpit (pemantauan proses)",
        "Admin (pengguna dan hak akses)");
    screenshot("selamat-datang");

    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Instans proses berjalan"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Proses", "Keputusan", "Tugas manusia")
        .doesNotContain("Running Process Instances", "Human Tasks", "Decisions");
    screenshot("cockpit");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Tanggap Krisis Pemberitaan"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("definisi proses di-deploy", "Insiden", "Instans berjalan")
        .doesNotContain("Process Definitions", "Running Instances");
    screenshot("cockpit-proses");

    browser.get("http://localhost:" + port + "/camunda/app/admin/default/#/users");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Daftar pengguna"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Pengguna", "Grup", "Otorisasi")
        .doesNotContain("List of Users", "Authorizations");
    screenshot("admin");
  }
}
