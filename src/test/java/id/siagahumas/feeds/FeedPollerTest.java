package id.siagahumas.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.siagahumas.intake.IntakeResult;
import id.siagahumas.intake.IntakeService;
import id.siagahumas.intake.IntakeStatus;
import id.siagahumas.intake.Source;
import id.siagahumas.intake.StoryInput;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feed poller against a local HTTP server: good RSS and Atom feeds are taken in, hostile ones (XXE,
 * entity expansion, a 50 MB body, invalid XML, a stalled server, 404) fail alone without stopping the rest;
 * aggregators' entries (Google News RSS, an Atom aggregator) count under the outlet that published them.
 */
@SiagaSpringTest
class FeedPollerTest {

  @Autowired FeedPoller poller;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDriver driver;
  @Autowired IntakeService intake;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

  private HttpServer server;
  private String base;
  /** Entry links carry a token of this test, so tests never see each other's stories as already seen. */
  private final String run = "r" + System.nanoTime();

  @BeforeEach
  void serveFeeds() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    for (String name : List.of("berita.rss", "berita.atom", "xxe.rss", "laughs.rss", "broken.rss",
        "googlenews-lapas.rss", "googlenews-napi.rss", "aggregator.atom")) {
      server.createContext("/" + name, exchange -> {
        try (InputStream in = getClass().getResourceAsStream("/feeds/" + name)) {
          byte[] body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("{run}", run)
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/xml");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
        }
        exchange.close();
      });
    }
    server.createContext("/huge.rss", exchange -> {
      // 50 MB, announced as chunked so only the reader's own limit stops it
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>".getBytes());
        byte[] chunk = "x".repeat(64 * 1024).getBytes();
        for (int i = 0; i < 800; i++) {
          out.write(chunk);
        }
      } catch (IOException expected) {
        // the client hung up once it had read enough
      }
      exchange.close();
    });
    server.createContext("/stalled.rss", exchange -> {
      try {
        Thread.sleep(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.createContext("/missing.rss", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterEach
  void stop() {
    server.stop(0);
    jdbc.sql("DELETE FROM feed").update();
    driver.closeAllCases(jdbc);
  }

  private FeedSettings.Source feed(String name) {
    return new FeedSettings.Source(base + name, null, null, null);
  }

  @Test
  void goodFeedsAreTakenInAndHostileOnesFailAlone() {
    List<PollReport> reports = poller.poll(List.of(feed("xxe.rss"), feed("laughs.rss"), feed("huge.rss"),
        feed("broken.rss"), feed("stalled.rss"), feed("missing.rss"), feed("berita.rss"), feed("berita.atom")));
    Map<String, PollReport> byFeed = new java.util.HashMap<>();
    reports.forEach(r -> byFeed.put(r.feed().substring(base.length()), r));

    assertThat(byFeed.get("xxe.rss").error()).containsIgnoringCase("doctype");
    assertThat(byFeed.get("laughs.rss").error()).containsIgnoringCase("doctype");
    assertThat(byFeed.get("huge.rss").error()).contains("larger than");
    assertThat(byFeed.get("broken.rss").failed()).isTrue();
    assertThat(byFeed.get("stalled.rss").failed()).isTrue();
    assertThat(byFeed.get("missing.rss").error()).contains("404");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM story WHERE url LIKE '%xxe.example%' OR url LIKE '%lol.example%' "
        + "OR body LIKE '%root:%'").query(Integer.class).single()).isZero();

    PollReport rss = byFeed.get("berita.rss");
    assertThat(rss.failed()).isFalse();
    assertThat(rss.taken()).isEqualTo(1);
    assertThat(rss.ignored()).isEqualTo(1);
    assertThat(rss.skipped()).isEqualTo(1);
    assertThat(byFeed.get("berita.atom").taken()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT outlet FROM story WHERE url LIKE 'https://radarsemarang.example/" + run + "/%'")
        .query(String.class).single()).isEqualTo("Radar Semarang");
    assertThat(jdbc.sql("SELECT body FROM story WHERE url LIKE 'https://sumseltoday.example/" + run
        + "/berita/napi-kabur%'")
        .query(String.class).single()).startsWith("Dua narapidana Lapas Kelas IIB Muara Enim").doesNotContain("<");
  }

  @Test
  void urlsAlreadySeenAreSkippedWithoutStartingAnything() {
    poller.poll(List.of(feed("berita.rss")));
    long instances = runtime.createProcessInstanceQuery().count();
    long stories = jdbc.sql("SELECT COUNT(*) FROM story").query(Long.class).single();

    PollReport again = poller.poll(List.of(feed("berita.rss"))).get(0);
    assertThat(again.taken()).isZero();
    assertThat(again.ignored()).isZero();
    assertThat(again.skipped()).isEqualTo(3);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM story").query(Long.class).single()).isEqualTo(stories);
  }

  /**
   * Monitoring desks' aggregator feeds (Google News RSS, an Atom aggregator): each entry is recorded under
   * the outlet that published it, with that outlet's reach from the outlet list, its title without the
   * " - Outlet" suffix, its description as plain text without the outlet label and related stories, and the
   * publisher's URL where the entry carries it; one article reached through several feeds is one story.
   */
  @Test
  void aggregatorEntriesAreRecordedUnderTheirOutletAndOneArticleOnce() {
    Map<String, PollReport> byFeed = new java.util.HashMap<>();
    poller.poll(List.of(feed("googlenews-lapas.rss"), feed("aggregator.atom"), feed("googlenews-napi.rss")))
        .forEach(r -> byFeed.put(r.feed().substring(base.length()), r));

    // Google News, <source> of a desk (detikJatim at detik.example): Detik, NASIONAL
    Map<String, Object> porong = story("Narapidana Lapas Porong%");
    assertThat(porong.get("outlet")).isEqualTo("Detik");
    assertThat(porong.get("reach")).isEqualTo("NASIONAL");
    assertThat(porong.get("title")).isEqualTo("Narapidana Lapas Porong Kabur Saat Kerja Bakti");
    assertThat(porong.get("body")).isEqualTo("Narapidana Lapas Porong Kabur Saat Kerja Bakti");

    // Google News, related stories in an <ol>; the entry's own <a href> points to the publisher
    Map<String, Object> medaeng = story("Pungli Kunjungan di Rutan Medaeng%");
    assertThat(medaeng.get("outlet")).isEqualTo("Tribun Jatim");
    assertThat(medaeng.get("reach")).isEqualTo("REGIONAL");
    assertThat(medaeng.get("title")).isEqualTo("Pungli Kunjungan di Rutan Medaeng Dikeluhkan Keluarga Tahanan");
    assertThat(medaeng.get("body")).isEqualTo("Pungli Kunjungan di Rutan Medaeng Dikeluhkan Keluarga Tahanan");
    assertThat((String) medaeng.get("url")).startsWith("https://jatim.tribunnews.example/" + run
        + "/2026/10/07/pungli-kunjungan-rutan-medaeng");

    // Google News, an outlet not on the list: its own name
    Map<String, Object> tuban = story("Dapur Lapas Tuban Terbakar%");
    assertThat(tuban.get("outlet")).isEqualTo("Kabar Tuban");
    assertThat(tuban.get("title")).isEqualTo("Dapur Lapas Tuban Terbakar, Warga Binaan Dievakuasi");

    // Atom aggregator: <source> title "Kompas.com", the publisher's URL encoded in the redirect's url=
    Map<String, Object> lowokwaru = story("Sipir Lapas Lowokwaru%");
    assertThat(lowokwaru.get("outlet")).isEqualTo("Kompas");
    assertThat(lowokwaru.get("reach")).isEqualTo("NASIONAL");
    assertThat(lowokwaru.get("title")).isEqualTo("Sipir Lapas Lowokwaru Diduga Aniaya Warga Binaan");
    assertThat(lowokwaru.get("body"))
        .isEqualTo("Seorang sipir Lapas Kelas I Malang diduga memukul warga binaan hingga luka di wajah.");
    assertThat(lowokwaru.get("url")).isEqualTo("https://regional.kompas.example/" + run
        + "/read/2026/10/07/sipir-aniaya-warga-binaan?page=all");

    // Atom aggregator, no <source>: the outlet from the title's " | Outlet"
    Map<String, Object> ponsel = story("Ponsel Ditemukan%");
    assertThat(ponsel.get("outlet")).isEqualTo("Radar Surabaya");
    assertThat(ponsel.get("reach")).isEqualTo("REGIONAL");
    assertThat(ponsel.get("title")).isEqualTo("Ponsel Ditemukan di Kamar Tahanan Rutan Medaeng");
    assertThat(ponsel.get("url")).isEqualTo("https://radarsurabaya.example/" + run + "/ponsel-kamar-tahanan-medaeng");

    // One article through several feeds is one story: the same publisher URL (Medaeng: Google News and
    // Atom), or the same outlet and title where a link is a redirect (Porong: three feeds; Lowokwaru: Atom
    // then Google News)
    assertThat(byFeed.get("aggregator.atom").skipped()).isEqualTo(2);
    assertThat(byFeed.get("googlenews-napi.rss").skipped()).isEqualTo(2);
    assertThat(byFeed.get("googlenews-napi.rss").taken() + byFeed.get("googlenews-napi.rss").ignored()).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM story WHERE url LIKE ?").param("%" + run + "%")
        .query(Long.class).single()).isEqualTo(5);

    // ... and intake answers DUPLICATE for it, through a third redirect link or a publisher URL
    long porongId = ((Number) porong.get("story_id")).longValue();
    IntakeResult again = intake.submit(new StoryInput("https://news.google.com/rss/articles/CBMiZ" + run + "?oc=5",
        "Detik", "Narapidana Lapas Porong Kabur Saat Kerja Bakti", "Narapidana Lapas Porong Kabur Saat Kerja Bakti",
        OffsetDateTime.parse("2026-10-07T12:00:00+07:00"), null, null, null, Source.FEED), FeedPoller.FEED_USER,
        true);
    assertThat(again.status()).isEqualTo(IntakeStatus.DUPLICATE);
    assertThat(again.storyId()).isEqualTo(porongId);
    IntakeResult manual = intake.submit(new StoryInput("https://kabartuban.example/" + run + "/dapur-lapas-terbakar",
        "Kabar Tuban", "Dapur Lapas Tuban Terbakar, Warga Binaan Dievakuasi",
        "Api membakar dapur Lapas Kelas IIB Tuban; warga binaan dievakuasi ke lapangan.",
        OffsetDateTime.parse("2026-10-07T06:00:00+07:00"), null, null, null, Source.MANUAL), "monitor");
    assertThat(manual.status()).isEqualTo(IntakeStatus.DUPLICATE);
    assertThat(manual.storyId()).isEqualTo(((Number) tuban.get("story_id")).longValue());
  }

  /**
   * Guards the limit of the rule above (passes without it too): two publisher URLs are two articles, even of
   * one outlet under one title.
   */
  @Test
  void twoPublisherUrlsOfOneTitleAreTwoStories() {
    StoryInput first = new StoryInput("https://kompas.example/" + run + "/satu", "Kompas",
        "Razia Kamar Hunian Lapas Madiun Temukan Sabu " + run, "Razia di Lapas Kelas I Madiun menemukan sabu.",
        OffsetDateTime.parse("2026-10-08T09:00:00+07:00"), null, "lapas-madiun", null, Source.MANUAL);
    StoryInput second = new StoryInput("https://kompas.example/" + run + "/dua", first.outlet(), first.title(),
        first.body(), first.publishedAt().plusHours(1), null, "lapas-madiun", null, Source.MANUAL);
    assertThat(intake.submit(first, "monitor").status()).isNotEqualTo(IntakeStatus.DUPLICATE);
    assertThat(intake.submit(second, "monitor").status()).isNotEqualTo(IntakeStatus.DUPLICATE);
  }

  /** The one story of this run whose title starts so. */
  private Map<String, Object> story(String titleLike) {
    return jdbc.sql("SELECT story_id, outlet, reach, title, body, url FROM story WHERE url LIKE ? AND title LIKE ?")
        .params("%" + run + "%", titleLike).query().singleRow();
  }

  private org.springframework.http.ResponseEntity<com.fasterxml.jackson.databind.JsonNode> call(String user,
      org.springframework.http.HttpMethod method, String path, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(path, method, new org.springframework.http.HttpEntity<>(body),
        com.fasterxml.jackson.databind.JsonNode.class);
  }

  @Test
  void watchedFeedsAreKeptThroughTheApiEachWithItsLastPoll() {
    var get = org.springframework.http.HttpMethod.GET;
    var post = org.springframework.http.HttpMethod.POST;
    var delete = org.springframework.http.HttpMethod.DELETE;
    assertThat(call("humas.sumsel", get, "/api/feeds", null).getStatusCode().value()).isEqualTo(403);
    Map<String, Object> berita = Map.of("url", base + "berita.rss", "outlet", "Sumsel Today", "reach", "REGIONAL");
    assertThat(call("humas.sumsel", post, "/api/feeds", berita).getStatusCode().value()).isEqualTo(403);

    assertThat(call("humas.pusat", post, "/api/feeds", berita).getStatusCode().value()).isEqualTo(201);
    assertThat(call("humas.pusat", post, "/api/feeds", berita).getStatusCode().value()).isEqualTo(409);
    var ftp = call("humas.pusat", post, "/api/feeds", Map.of("url", "ftp://feeds.example/berita.rss"));
    assertThat(ftp.getStatusCode().value()).isEqualTo(400);
    assertThat(ftp.getBody().path("field").asText()).isEqualTo("url");
    assertThat(call("admin", post, "/api/feeds", Map.of("url", base + "missing.rss")).getStatusCode().value())
        .isEqualTo(201);

    poller.pollConfigured();
    var feeds = call("admin", get, "/api/feeds", null).getBody();
    assertThat(feeds).hasSize(2);
    var first = feeds.get(0);
    assertThat(first.path("url").asText()).endsWith("berita.rss");
    assertThat(first.path("addedBy").asText()).isEqualTo("humas.pusat");
    assertThat(first.path("lastPoll").path("taken").asInt()).isEqualTo(1);
    assertThat(first.path("lastPoll").path("ignored").asInt()).isEqualTo(1);
    assertThat(first.path("lastPoll").has("error")).isFalse();
    assertThat(feeds.get(1).path("lastPoll").path("error").asText()).contains("404");
    assertThat(jdbc.sql("SELECT outlet FROM story WHERE url LIKE 'https://sumseltoday.example/" + run + "/%'")
        .query(String.class).list()).isNotEmpty().containsOnly("Sumsel Today");

    assertThat(call("humas.pusat", delete, "/api/feeds?url=" + base + "berita.rss", null).getStatusCode().value())
        .isEqualTo(204);
    assertThat(call("humas.pusat", delete, "/api/feeds?url=" + base + "berita.rss", null).getStatusCode().value())
        .isEqualTo(404);
    assertThat(call("admin", get, "/api/feeds", null).getBody()).hasSize(1);
    var audit = call("admin", get, "/api/registry-changes?registry=FEED&item=" + base + "berita.rss", null).getBody();
    assertThat(audit).extracting(c -> c.path("action").asText() + " " + c.path("changedBy").asText())
        .containsExactly("REMOVED humas.pusat", "ADDED humas.pusat");
  }
}
