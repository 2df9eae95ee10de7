package id.siagahumas.quality;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/** A story with the answers a good classifier gives (the JSONL format of ../shared/fixtures). */
record LabelledStory(String id, OffsetDateTime publishedAt, String outlet, String reach, String title, String body,
    String url, Expect expect) {

  record Expect(boolean negative, List<String> categories, List<String> also, String unit, String incident) {
  }

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static List<LabelledStory> read(Path jsonl) {
    try {
      return Files.readAllLines(jsonl).stream().filter(l -> !l.isBlank()).map(l -> {
        try {
          return JSON.readValue(l, LabelledStory.class);
        } catch (IOException e) {
          throw new UncheckedIOException("Bad line in " + jsonl + ": " + l, e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shared fixtures: ../shared (the contract) where the clone sits beside it, else the project's copy
   * of them in src/test/resources/fixtures (a clone elsewhere).
   */
  static Path sharedFixtures() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/fixtures/stories-sample.jsonl");
      if (Files.exists(candidate)) {
        return candidate;
      }
      candidate = dir.resolveSibling("shared").resolve("fixtures/stories-sample.jsonl");
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    Path copy = Path.of("src/test/resources/fixtures/stories-sample.jsonl");
    if (Files.exists(copy)) {
      return copy;
    }
    throw new IllegalStateException("../shared/fixtures/stories-sample.jsonl not found");
  }
}
