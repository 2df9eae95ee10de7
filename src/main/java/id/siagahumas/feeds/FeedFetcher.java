package id.siagahumas.feeds;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;

/**
 * Fetches and parses one feed with the limits of {@link FeedSettings}: connect and read timeouts, a size
 * cap enforced while reading (not trusted from Content-Length), and no DOCTYPE, so neither external
 * entities (XXE) nor entity expansion can reach the parser. Unless private hosts are allowed, the feed's host
 * must resolve to public addresses only and redirects are not followed (a redirect could lead inside).
 */
@Component
public class FeedFetcher {

  private final FeedSettings settings;
  private final HttpClient client;

  public FeedFetcher(FeedSettings settings) {
    this.settings = settings;
    this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
        .followRedirects(settings.allowPrivateHosts() ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
        .build();
  }

  public SyndFeed fetch(String url) throws IOException, FeedException, InterruptedException {
    URI uri = URI.create(url);
    if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
      throw new IOException("Only http and https feeds are read: " + url);
    }
    if (!settings.allowPrivateHosts()) {
      PublicAddress.require(uri);
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout())
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
        .header("User-Agent", "SiagaHumas/1.0 (+humas)").GET().build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " from " + url);
      }
      byte[] bytes = readAtMost(body, settings.maxSize().toBytes(), url);
      SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
      input.setAllowDoctypes(false);
      // keeps each RSS item beside its SyndEntry: an aggregator's <source> is only on the item
      input.setPreserveWireFeed(true);
      return input.build(new InputSource(new ByteArrayInputStream(bytes)));
    }
  }

  private static byte[] readAtMost(InputStream in, long max, String url) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > max) {
        throw new IOException("Feed larger than " + max + " bytes refused: " + url);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
