package id.siagahumas.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.siagahumas.support.CaseDriver;
import id.siagahumas.support.SiagaSpringTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
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
 * entity expansion, a 50 MB body, invalid XML, a stalled server, 404) fail alone without stopping the rest.
 */
@SiagaSpringTest
class FeedPollerTest {

  @Autowired FeedPoller poller;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;
  @Autowired CaseDriver driver;

  private HttpServer server;
  private String base;
  /** Entry links carry a token of this test, so tests never see each other's stories as already seen. */
  private final String run = "r" + System.nanoTime();

  @BeforeEach
  void serveFeeds() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    for (String name : List.of("berita.rss", "berita.atom", "xxe.rss", "laughs.rss", "broken.rss")) {
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
    driver.closeAllCases(jdbc);
  }

  private FeedSettings.Source feed(String name) {
    return new FeedSettings.Source(base + name, null, null);
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
}
