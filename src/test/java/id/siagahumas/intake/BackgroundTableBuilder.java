package id.siagahumas.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds {@code src/main/resources/grouping/background-df.tsv}, the background table of how many stories use each
 * word (as a stem of Lucene's Indonesian analyzer), overall and among the stories of each kind of incident, from
 * invented stories of the beat (JSONL files with title and body; folders of .txt). Stories of one incident
 * ({@code expect.incident}) count once, so that an incident's own words do not pass for the words of its kind.
 * Words of at least two stories are kept. Run from the project directory:
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) id.siagahumas.intake.BackgroundTableBuilder FILES...</pre>
 *
 * Never the held-out part of the evaluation corpus: a table built from it would have seen what it is measured on.
 */
public final class BackgroundTableBuilder {

  public static void main(String[] args) throws IOException {
    StorySimilarity similarity = new StorySimilarity(GroupingSettings.defaults());
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String[]>> incidents = new java.util.LinkedHashMap<>();
    int unnamed = 0;
    for (String arg : args) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            incidents.put("#" + unnamed++, List.<String[]>of(new String[] {"", Files.readString(file)}));
          }
        }
      } else {
        for (String line : Files.readAllLines(path)) {
          if (!line.isBlank()) {
            JsonNode n = json.readTree(line);
            JsonNode incident = n.path("expect").path("incident");
            String key = incident.isTextual() ? path + "/" + incident.asText()
                : n.path("incident").isTextual() ? path + "/" + n.path("incident").asText() : "#" + unnamed++;
            incidents.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new String[] {n.path("title").asText(""), n.path("body").asText("")});
          }
        }
      }
    }
    Map<String, Integer> df = new TreeMap<>();
    Map<String, Integer> kindStories = new TreeMap<>();
    Map<String, Map<String, Integer>> kindDf = new TreeMap<>();
    for (List<String[]> stories : incidents.values()) {
      Set<String> seen = new HashSet<>();
      Set<String> kinds = new HashSet<>();
      for (String[] story : stories) {
        seen.addAll(similarity.stems(story[0] + "\n" + StorySimilarity.clean(story[1])));
        kinds.addAll(similarity.profile(story[0], story[1], null, null).primaryTypes());
      }
      seen.forEach(stem -> df.merge(stem, 1, Integer::sum));
      for (String kind : kinds) {
        kindStories.merge(kind, 1, Integer::sum);
        seen.forEach(stem -> kindDf.computeIfAbsent(kind, k -> new TreeMap<>()).merge(stem, 1, Integer::sum));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Background document frequencies for grouping (siaga.grouping): stem<TAB>stories using it.\n");
    out.append("# *kind<TAB>KIND<TAB>incidents of that kind; ~KIND<TAB>stem<TAB>incidents of that kind using it.\n");
    out.append("# Built by id.siagahumas.intake.BackgroundTableBuilder from invented stories of the beat: the\n");
    out.append("# project's labelled sets, the grouping tests' long stories, the realistic corpus of positive and\n");
    out.append("# out-of-scope stories and the development part of the realistic incident corpus (never its\n");
    out.append("# held-out part). An incident's stories count once.\n");
    out.append("*documents\t").append(incidents.size()).append('\n');
    df.forEach((stem, count) -> {
      if (count >= 2 && stem.length() >= 3 && !Character.isDigit(stem.charAt(0))) {
        out.append(stem).append('\t').append(count).append('\n');
      }
    });
    kindStories.forEach((kind, count) -> out.append("*kind\t").append(kind).append('\t').append(count).append('\n'));
    kindDf.forEach((kind, counts) -> counts.forEach((stem, count) -> {
      if (count >= 2 && stem.length() >= 3 && !Character.isDigit(stem.charAt(0))) {
        out.append('~').append(kind).append('\t').append(stem).append('\t').append(count).append('\n');
      }
    }));
    Files.writeString(Path.of("src/main/resources/grouping/background-df.tsv"), out);
    System.out.println(incidents.size() + " incidents or stories, " + df.size() + " stems, kinds " + kindStories);
  }
}
