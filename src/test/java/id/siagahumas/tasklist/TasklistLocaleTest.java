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
 * The Indonesian locales of Tasklist, Welcome, Cockpit and Admin have every key of Camunda's own English locale
 * (read from the webapp's jar), each translated, and the application's English overrides are Camunda's text
 * unchanged.
 */
class TasklistLocaleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Product names, value types and loanwords that Indonesian writes as English does. */
  private static final java.util.Set<String> SAME_IN_INDONESIAN = java.util.Set.of("Admin", "Camunda", "Cockpit",
      "Tasklist", "Boolean", "Double", "Integer", "Long", "Short", "String", "<null>", "Diagram", "Filter",
      "Operator", "Label",
      // Cockpit and Admin: technical terms Indonesian IT staff write as in English, product names, a date pattern
      "Batch", "batch", "Deploy", " Deploy", "Deployment", "Job", "Tenant", "Tenant: ID", "Status", "Total", "Valid",
      "Min", "Minimum:", "Endpoint", "Runtime", "Ok", "null", "Process engine", "Optimize", "Camunda Cockpit",
      "YYYY-MM-DDTHH:mm:ss");
  /** English plural suffixes appended to a word; Indonesian marks no plural, so these stay empty. */
  private static final java.util.Set<String> PLURAL_SUFFIXES = java.util.Set.of("s");
  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void everyEnglishKeyIsTranslated(String app) throws IOException {
    Map<String, String> english = labels(read(LOCALES.formatted(app, "en"), true));
    Map<String, String> indonesian = labels(read(LOCALES.formatted(app, "id"), false));
    assertThat(english).hasSizeGreaterThan(100);
    assertThat(indonesian.keySet()).containsAll(english.keySet());
    assertThat(english.keySet()).as("translated where Camunda has text")
        .allMatch(k -> english.get(k).isBlank() || PLURAL_SUFFIXES.contains(english.get(k))
            || !indonesian.get(k).isBlank());
    assertThat(english.keySet()).as("left as in English only where Indonesian says it the same way")
        .filteredOn(k -> english.get(k).equals(indonesian.get(k)) && english.get(k).matches(".*[a-z].*"))
        .allMatch(k -> SAME_IN_INDONESIAN.contains(english.get(k)));
  }

  /** A sample read as people see it: the navigation and the main pages of Cockpit and Admin. */
  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void cockpitAndAdminSpeakIndonesian(String app) throws IOException {
    Map<String, String> indonesian = labels(read(LOCALES.formatted(app, "id"), false));
    Map<String, String> expected = "cockpit".equals(app)
        ? Map.of("COCKPIT_PROCESSES.", "Proses", "COCKPIT_DECISIONS.", "Keputusan", "COCKPIT_HUMAN_TASKS.",
            "Tugas manusia", "DASHBOARD_OPEN_INCIDENTS.", "Insiden terbuka", "DASHBOARD_RUNNING_PROCESS_INSTANCE.",
            "Instans proses berjalan")
        : Map.of("USERS_USERS.", "Pengguna", "GROUPS_GROUPS.", "Grup", "AUTHORIZATION_AUTHORIZATIONS.", "Otorisasi",
            "USERS_CREATE_NEW_USER.", "Buat pengguna baru");
    assertThat(indonesian).containsAllEntriesOf(expected);
    // placeholders survive translation: every {{name}} of the English text is in the Indonesian one
    Map<String, String> english = labels(read(LOCALES.formatted(app, "en"), true));
    java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");
    assertThat(english.keySet()).as("placeholders kept").allSatisfy(k -> {
      java.util.regex.Matcher m = placeholder.matcher(english.get(k));
      while (m.find()) {
        assertThat(indonesian.get(k)).as(k).containsPattern("\\{\\{\\s*" + java.util.regex.Pattern.quote(m.group(1))
            + "\\s*}}");
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
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
