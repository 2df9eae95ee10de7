package id.siagahumas.feeds;

import id.siagahumas.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/POST/DELETE /api/feeds}: the watched feeds with their last poll, for {@code camunda-admin} and
 * {@code humas-pusat} (DESIGN.md "HTTP API"; the lane is checked by {@code administration.RegistryLanes}). A feed
 * is removed by its URL ({@code DELETE /api/feeds?url=}).
 */
@RestController
@RequestMapping("/api/feeds")
class FeedController {

  private final WatchedFeeds feeds;
  private final FeedSettings settings;
  private final CurrentUser currentUser;

  FeedController(WatchedFeeds feeds, FeedSettings settings, CurrentUser currentUser) {
    this.feeds = feeds;
    this.settings = settings;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<WatchedFeed> feeds() {
    return feeds.all();
  }

  @PostMapping
  ResponseEntity<Object> add(@Valid @RequestBody FeedForm form) {
    URI uri;
    try {
      uri = URI.create(form.url());
      if (uri.getHost() == null) {
        return badUrl("alamat tanpa nama host");
      }
      if (!settings.allowPrivateHosts()) {
        PublicAddress.require(uri);
      }
    } catch (IllegalArgumentException e) {
      return badUrl("alamat tidak valid");
    } catch (IOException e) {
      return badUrl("alamat tidak dapat dipakai: harus host publik yang dikenal (" + e.getMessage() + ")");
    }
    return feeds.add(form.source(), currentUser.id())
        .<ResponseEntity<Object>>map(feed -> ResponseEntity.status(HttpStatus.CREATED).body(feed))
        .orElseGet(() -> {
          ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
              "Umpan ini sudah dipantau: " + form.url());
          problem.setTitle("Sudah ada");
          problem.setProperty("field", "url");
          return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        });
  }

  @DeleteMapping
  ResponseEntity<Object> remove(@RequestParam @NotBlank @Size(max = 2000) String url) {
    if (feeds.remove(url, currentUser.id())) {
      return ResponseEntity.noContent().build();
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Umpan ini tidak dipantau: " + url);
    problem.setTitle("Tidak ditemukan");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  private ResponseEntity<Object> badUrl(String why) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Kolom 'url': " + why + ".");
    problem.setTitle("Masukan tidak valid");
    problem.setProperty("field", "url");
    return ResponseEntity.badRequest().body(problem);
  }
}
