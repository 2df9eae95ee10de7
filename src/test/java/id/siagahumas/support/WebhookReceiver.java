package id.siagahumas.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.HexFormat;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A chat gateway for the tests: a local HTTP server that receives the webhook events, checks each
 * HMAC-SHA256 signature itself, and can be told to answer 503 for a while. Registered as the application's
 * webhook before the Spring context starts.
 */
public class WebhookReceiver implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String SECRET = "rahasia-gateway-uji-2026";

  /** One received event and whether its signature matched. */
  public record Received(String event, String body, boolean signatureValid) {
  }

  private static final List<Received> received = new CopyOnWriteArrayList<>();
  private static final AtomicInteger failNext = new AtomicInteger();
  private static HttpServer server;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
        "siaga.webhooks[0].url=http://127.0.0.1:" + start() + "/hook", "siaga.webhooks[0].secret=" + SECRET);
  }

  private static synchronized int start() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext("/hook", exchange -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (failNext.get() > 0) {
          failNext.decrementAndGet();
          exchange.sendResponseHeaders(503, -1);
        } else {
          String signature = exchange.getRequestHeaders().getFirst("X-Siaga-Signature");
          received.add(new Received(exchange.getRequestHeaders().getFirst("X-Siaga-Event"), body,
              ("sha256=" + hmac(body)).equals(signature)));
          exchange.sendResponseHeaders(204, -1);
        }
        exchange.close();
      });
      server.start();
    }
    return server.getAddress().getPort();
  }

  private static String hmac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static List<Received> received() {
    return List.copyOf(received);
  }

  public static void clear() {
    received.clear();
    failNext.set(0);
  }

  /** The next {@code n} deliveries are answered 503. */
  public static void failNext(int n) {
    failNext.set(n);
  }
}
