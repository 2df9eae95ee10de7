package id.siagahumas.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Indonesian locale has every key of Camunda's own English locale (read from the webapp's jar),
 * each translated, and the application's English override of Tasklist is Camunda's text unchanged.
 */
class TasklistLocaleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Product names, value types and loanwords that Indonesian writes as English does. */
  private static final java.util.Set<String> SAME_IN_INDONESIAN = java.util.Set.of("Admin", "Camunda", "Cockpit",
      "Tasklist", "Boolean", "Double", "Integer", "Long", "Short", "String", "<null>", "Diagram", "Filter",
      "Operator", "Label");
  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void everyEnglishKeyIsTranslated(String app) throws IOException {
    Map<String, String> english = labels(read(LOCALES.formatted(app, "en"), true));
    Map<String, String> indonesian = labels(read(LOCALES.formatted(app, "id"), false));
    assertThat(english).hasSizeGreaterThan(100);
    assertThat(indonesian.keySet()).containsAll(english.keySet());
    assertThat(english.keySet()).as("translated where Camunda has text")
        .allMatch(k -> english.get(k).isBlank() || !indonesian.get(k).isBlank());
    assertThat(english.keySet()).as("left as in English only where Indonesian says it the same way")
        .filteredOn(k -> english.get(k).equals(indonesian.get(k)) && english.get(k).matches(".*[a-z].*"))
        .allMatch(k -> SAME_IN_INDONESIAN.contains(english.get(k)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist"})
  void theEnglishOverrideIsCamundasTextWithoutDates(String app) throws IOException {
    JsonNode camunda = read(LOCALES.formatted(app, "en"), true);
    JsonNode ours = read(LOCALES.formatted(app, "en"), false);
    assertThat(ours.get("labels")).isEqualTo(camunda.get("labels"));
    assertThat(ours.has("dateLocales")).isFalse();
    assertThat(read(LOCALES.formatted(app, "id"), false).path("dateLocales").path("relativeTime").path("future")
        .asText()).isEqualTo("dalam %s");
  }

  /** The resource from Camunda's webjar, or the application's own (which comes first on the classpath). */
  private static JsonNode read(String path, boolean fromCamunda) throws IOException {
    for (URL url : Collections.list(TasklistLocaleTest.class.getClassLoader().getResources(path))) {
      if (url.toString().contains("camunda-webapp-webjar") == fromCamunda) {
        try (InputStream in = url.openStream()) {
          byte[] bytes = in.readAllBytes();
          int bom = bytes.length > 2 && (bytes[0] & 0xff) == 0xef ? 3 : 0; // Camunda's files start with a BOM
          return JSON.readTree(new String(bytes, bom, bytes.length - bom, java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    throw new IllegalStateException(path + (fromCamunda ? " not in Camunda's webjar" : " not in the application"));
  }

  private static Map<String, String> labels(JsonNode locale) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", locale.path("labels"), flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(prefix + e.getKey() + ".", e.getValue(), into));
    } else {
      into.put(prefix, node.asText());
    }
  }
}
