package id.siagahumas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** The benchmark's HTTP client: HTTP Basic as every API user calls, JSON in and out. */
final class SiagaClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  SiagaClient(String base) {
    this.base = base;
  }

  String base() {
    return base;
  }

  /** A non-2xx answer. */
  static final class Failed extends RuntimeException {
    final int status;

    Failed(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  JsonNode get(String user, String path) {
    return send(request(user, path).GET().build());
  }

  JsonNode post(String user, String path, Object body) {
    try {
      return send(request(user, path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode put(String user, String path, Object body) {
    try {
      return send(request(user, path).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The whole answer, whatever its status: the outage test reads the body and headers of a 503. A failure to get
   * any answer (connection refused, reset, timed out) is thrown as {@link IOException}.
   */
  HttpResponse<String> exchange(String user, String method, String path, Object body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(user, path);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Deploys a resource through the engine's REST API (multipart, as the Camunda Modeler does). */
  JsonNode deploy(String user, String name, byte[] resource) {
    String boundary = "siaga" + UUID.randomUUID();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n";
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[headBytes.length + resource.length + tail.length];
    System.arraycopy(headBytes, 0, body, 0, headBytes.length);
    System.arraycopy(resource, 0, body, headBytes.length, resource.length);
    System.arraycopy(tail, 0, body, headBytes.length + resource.length, tail.length);
    return send(request(user, "/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** Status of an anonymous GET, or -1 when nothing answers (yet). */
  int probe(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(2)).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new Failed(response.statusCode(), request.method() + " " + request.uri().getPath() + " -> "
            + response.statusCode() + " " + response.body());
      }
      String body = response.body();
      return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
