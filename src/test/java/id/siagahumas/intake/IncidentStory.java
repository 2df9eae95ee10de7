package id.siagahumas.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A story of a grouping test set with what grouping should know beforehand (its unit, registered or by name, and
 * categories) and the incident it reports. Reads both the grouping tests' own file and the realistic corpus
 * ({@code expect.unit}, {@code expect.unitName}, {@code expect.categories}, {@code expect.incident}).
 */
record IncidentStory(String id, OffsetDateTime publishedAt, String outlet, String title, String body,
    String unitCode, String unitName, List<String> categories, String incident, boolean negative) {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static List<IncidentStory> read(Path jsonl) {
    try {
      List<IncidentStory> stories = new ArrayList<>();
      for (String line : Files.readAllLines(jsonl)) {
        if (!line.isBlank()) {
          stories.add(parse(JSON.readTree(line)));
        }
      }
      return stories;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IncidentStory parse(JsonNode n) {
    JsonNode e = n.has("expect") ? n.get("expect") : n;
    List<String> categories = new ArrayList<>();
    e.path("categories").forEach(c -> categories.add(c.asText()));
    e.path("also").forEach(c -> categories.add(c.asText()));
    return new IncidentStory(n.get("id").asText(), OffsetDateTime.parse(n.get("publishedAt").asText()),
        n.path("outlet").asText(""), n.path("title").asText(""), n.path("body").asText(""), text(e, "unit"),
        text(e, "unitName"), categories, text(e, "incident"), !e.has("negative") || e.get("negative").asBoolean());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
