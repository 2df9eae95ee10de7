package id.siagahumas.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
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
import java.util.Map;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages for leadership in a real browser (Debian's chromium, headless): one login for Tasklist and the board,
 * the Kakanwil of Sumsel sees Sumsel's cases and not Jatim's, opens a case, and finds the KPI charts drawn.
 * Screenshots under target/screenshots/ (papan-*.png).
 */
@SiagaSpringTest
class BoardBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired CaseDriver cases;
  @Autowired JdbcClient jdbc;

  private WebDriver browser;
  private WebDriverWait wait;
  private int shot;

  @BeforeEach
  void openBrowser() throws Exception {
    HeadlessChromium.assumeInstalled();
    Path profile = Files.createTempDirectory("siaga-chromium");
    browser = HeadlessChromium.start(profile, "1400,1000", "id-ID");
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
    try (var old = Files.list(SCREENSHOTS)) {
      for (Path file : old.filter(f -> f.getFileName().toString().startsWith("papan-")).toList()) {
        Files.delete(file);
      }
    }
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      screenshot("akhir");
      browser.quit();
    }
    cases.closeAllCases(jdbc);
  }

  private void screenshot(String name) throws Exception {
    File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SCREENSHOTS.resolve("papan-%02d-%s.png".formatted(++shot, name)),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** A Sumsel case worked to publication, a Sumsel case waiting for verification, and a Jatim case. */
  private static void hoursAgo(java.time.Instant now, double hours) {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        now.minusSeconds(Math.round(hours * 3600))));
  }

  private String[] someCases() {
    java.time.Instant now = java.time.Instant.now();
    // units no other test class works on: the KPI rows of this test hold only its own cases
    // an escape reported five hours ago: verified after 40 minutes, answered (hak jawab) after 90
    hoursAgo(now, 5);
    IntakeResult published = cases.submit("Palembang Pos", Reach.REGIONAL, "lpp-palembang",
        List.of(Category.PELARIAN), "Dua Warga Binaan Lapas Perempuan Palembang Kabur Lewat Atap Dapur",
        "Dua warga binaan Lapas Perempuan Kelas IIA Palembang dikabarkan kabur melalui atap dapur.");
    hoursAgo(now, 5 - 40 / 60.0);
    cases.complete(published.caseId(), "verifyFacts", "humas.sumsel", Map.of("verdict", "TIDAK_BENAR",
        "facts", "Apel pagi lengkap; tidak ada narapidana yang kabur.", "respond", true));
    hoursAgo(now, 4);
    cases.complete(published.caseId(), "draftStatement", "humas.sumsel", Map.of("statementType", "HAK_JAWAB"));
    hoursAgo(now, 3.5);
    cases.complete(published.caseId(), "approveStatement", "kasubag.sumsel", Map.of("approved", true));
    cases.executeDueJobs(published.caseId());
    // a riot reported three hours ago and not yet verified: both its deadlines (2 hours, KRITIS) have passed
    hoursAgo(now, 3);
    IntakeResult overdue = cases.submit("Sriwijaya Post", Reach.REGIONAL, "lapas-lubuklinggau",
        List.of(Category.KERUSUHAN), "Kerusuhan di Lapas Lubuklinggau, Dua Blok Hunian Dibakar",
        "Kerusuhan pecah di Lapas Kelas IIA Lubuklinggau; dua blok hunian dibakar warga binaan.");
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    IntakeResult waiting = cases.submit("Sumatera Ekspres", Reach.REGIONAL, "rutan-baturaja",
        List.of(Category.PUNGLI), "Keluarga Tahanan Rutan Baturaja Dimintai Uang Titipan",
        "Keluarga tahanan Rutan Kelas IIB Baturaja mengaku dimintai uang saat menitipkan makanan.");
    IntakeResult jatim = cases.submit("Jawa Pos", Reach.REGIONAL, "lapas-surabaya", List.of(Category.NARKOBA),
        "Sabu Dikendalikan dari Dalam Lapas Surabaya", "Polisi mengungkap peredaran sabu dari dalam Lapas Surabaya.");
    return new String[] {published.caseId(), waiting.caseId(), jatim.caseId(), overdue.caseId()};
  }

  @Test
  void theKakanwilSeesTheRegionsBoardACaseAndTheCharts() throws Exception {
    String[] ids = someCases();

    // one session with Tasklist: logged in there, the board does not ask again
    browser.get(url("/camunda/app/tasklist/default/"));
    visible(By.cssSelector("input[ng-model='username']")).sendKeys("kasubag.sumsel");
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    visible(By.partialLinkText("Tugas Grup"));
    browser.get(url("/papan"));
    visible(By.cssSelector("table.papan"));
    assertThat(browser.findElement(By.cssSelector(".pengguna")).getText()).isEqualTo("kasubag.sumsel");
    browser.findElement(By.xpath("//button[normalize-space(.)='Keluar']")).click();

    // and the board's own form
    visible(By.id("username"));
    assertThat(browser.getCurrentUrl()).contains("/papan/masuk");
    screenshot("masuk");
    browser.findElement(By.id("username")).sendKeys("kakanwil.sumsel");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.xpath("//button[normalize-space(.)='Masuk']")).click();
    WebElement board = visible(By.cssSelector("table.papan"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Papan Kasus", "Sumatera Selatan");
    assertThat(board.getText()).contains(ids[0], ids[1], "Lapas Perempuan Kelas IIA Palembang",
        "Rutan Kelas IIB Baturaja", "Verifikasi fakta", "WIB").doesNotContain(ids[2], "Surabaya");
    // most urgent first: the riot past its deadlines, then the case waiting for verification, then the one published
    List<WebElement> rows = browser.findElements(By.cssSelector("table.papan tbody tr"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).getAttribute("data-kasus")).isEqualTo(ids[3]);
    assertThat(rows.get(0).getText()).contains("KRITIS", "LEWAT TENGGAT", "lewat 1 jam", "lewat 2 jam");
    assertThat(rows.get(0).getAttribute("class")).contains("lewat");
    assertThat(rows.get(1).getAttribute("data-kasus")).isEqualTo(ids[1]);
    assertThat(rows.get(1).getText()).contains("belum diklaim", "lagi", "buka di Tasklist");
    assertThat(rows.get(2).getText()).contains("Terbit, menunggu tinjauan", "terverifikasi", "terbit");
    assertThat(browser.findElement(By.cssSelector("p.ringkas")).getText()).contains("3 kasus terbuka",
        "1 melewati tenggat");
    assertThat(browser.findElement(By.cssSelector("meta[http-equiv='refresh']")).getAttribute("content"))
        .isEqualTo("60");
    screenshot("papan");

    // another region, asked for by name, is refused; its case does not exist for this user
    browser.get(url("/papan?wilayah=jatim"));
    assertThat(visible(By.cssSelector("p.galat")).getText()).contains("di luar wewenang");
    browser.get(url("/papan/kasus/" + ids[2]));
    assertThat(visible(By.cssSelector("p.galat")).getText()).contains("tidak ditemukan");

    browser.get(url("/papan"));
    visible(By.linkText(ids[0])).click();
    visible(By.xpath("//h2[normalize-space(.)='Linimasa']"));
    String casePage = browser.findElement(By.tagName("main")).getText();
    assertThat(casePage).contains(ids[0], "Palembang Pos", "Dua Warga Binaan Lapas Perempuan Palembang Kabur", "Versi 1", "Hak jawab",
        "humas.sumsel", "kasubag.sumsel", "Verifikasi fakta", "WIB");
    assertThat(casePage).containsAnyOf("Terkirim", "Tercatat");
    WebElement letter = browser.findElement(By.cssSelector("a.surat-pdf"));
    assertThat(letter.getAttribute("href")).contains("/api/cases/" + ids[0] + "/statements/1/letter?outlet=");
    assertThat(casePage).contains("Terbit, menunggu tinjauan pemberitaan");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2600)); // the whole case at once
    screenshot("kasus");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));

    browser.get(url("/papan/kinerja"));
    wait.until(d -> "ya".equals(d.findElement(By.id("grafik")).getAttribute("data-siap")));
    Object charts = ((JavascriptExecutor) browser).executeScript(
        "return ['grafik-waktu','grafik-tepat','grafik-kategori'].filter(function (id) {"
            + " var c = Chart.getChart(id); return c && c.data.datasets.length > 0; }).length;");
    assertThat(((Number) charts).intValue()).isEqualTo(3);
    String kpi = browser.findElement(By.cssSelector("table.kinerja")).getText();
    assertThat(kpi).contains("Lapas Perempuan Kelas IIA Palembang 1 40,0 90,0 100% (1/1) 0",
        "Rutan Kelas IIB Baturaja 1 — — — 0", "Lapas Kelas IIA Lubuklinggau 1 — — — 0", "Semua satker")
        .doesNotContain("Surabaya");
    assertThat(browser.findElement(By.linkText("Unduh CSV")).getAttribute("href")).contains("format=csv");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1300));
    Thread.sleep(700); // the charts redraw for the taller window
    screenshot("kinerja");
  }
}
