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
 * word (as a stem of Lucene's Indonesian analyzer), from the project's own invented stories: the labelled sets
 * and the grouping tests' long stories. Words of at least two stories are kept. Run from the project directory:
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) id.siagahumas.intake.BackgroundTableBuilder FILES...</pre>
 *
 * Not the evaluation corpus: a table built from it would have seen the stories it is measured on.
 */
public final class BackgroundTableBuilder {

  public static void main(String[] args) throws IOException {
    StorySimilarity similarity = new StorySimilarity(GroupingSettings.defaults());
    ObjectMapper json = new ObjectMapper();
    List<String> documents = new ArrayList<>();
    for (String arg : args) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            documents.add(Files.readString(file));
          }
        }
      } else {
        for (String line : Files.readAllLines(path)) {
          if (!line.isBlank()) {
            JsonNode n = json.readTree(line);
            documents.add(n.path("title").asText("") + "\n" + n.path("body").asText(""));
          }
        }
      }
    }
    Map<String, Integer> df = new TreeMap<>();
    for (String document : documents) {
      Set<String> seen = new HashSet<>(similarity.stems(StorySimilarity.clean(document)));
      seen.forEach(stem -> df.merge(stem, 1, Integer::sum));
    }
    StringBuilder out = new StringBuilder();
    out.append("# Background document frequencies for grouping (siaga.grouping): stem<TAB>stories using it.\n");
    out.append("# Built by id.siagahumas.intake.BackgroundTableBuilder from the project's own invented stories.\n");
    out.append("*documents\t").append(documents.size()).append('\n');
    df.forEach((stem, count) -> {
      if (count >= 2 && stem.length() >= 3 && !Character.isDigit(stem.charAt(0))) {
        out.append(stem).append('\t').append(count).append('\n');
      }
    });
    Files.writeString(Path.of("src/main/resources/grouping/background-df.tsv"), out);
    System.out.println(documents.size() + " stories, " + df.size() + " stems");
  }
}
