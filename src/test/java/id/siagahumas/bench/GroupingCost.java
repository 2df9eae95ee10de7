package id.siagahumas.bench;

import id.siagahumas.cases.CaseRecord;
import id.siagahumas.intake.CaseMatcher;
import id.siagahumas.intake.GroupingSettings;
import id.siagahumas.intake.Story;
import id.siagahumas.intake.StorySimilarity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one grouping decision costs, outside any timed test: a new story of 10,000 characters matched against
 * candidate cases holding 10 stories of 10,000 characters each (the most a case contributes), once with every
 * stored story read afresh (cold) and once with their readings remembered, as the matcher keeps them between
 * intakes (warm). Also checks that the benchmark's second outlet reports still join their first reports.
 *
 * <pre>mvn -q -o test-compile && java -cp target/classes:target/test-classes:$(deps) id.siagahumas.bench.GroupingCost</pre>
 */
public final class GroupingCost {

  public static void main(String[] args) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/grouping/own-incidents.jsonl"))) {
      String body = line.replaceAll(".*\"body\": \"", "").replaceAll("\"}\\s*$", "");
      for (String p : body.split("\\\\n\\\\n")) {
        paragraphs.add(p.replace("\\\"", "\""));
      }
    }
    Instant now = Instant.parse("2026-10-20T00:00:00Z");
    List<Story> stored = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      stored.add(new Story(i + 1, "KRS-2026-00000" + (i / 2), "https://a.example/" + i, "a.example/" + i, "Outlet",
          "LOKAL", "Napi Lapas Uji Kabur Lewat Plafon, Versi " + i, text(paragraphs, i * 7, 10_000),
          now.minusSeconds(3600 + i), now, "lapas-uji", List.of("PELARIAN"), true, "MANUAL", "ATTACHED",
          "Lapas Kelas IIB Uji"));
    }
    List<CaseRecord> cases = new ArrayList<>();
    for (int c = 0; c < 5; c++) {
      cases.add(new CaseRecord("KRS-2026-00000" + c, null, "lapas-uji", null, "TINGGI", "PELARIAN", "OPEN", false,
          now.minusSeconds(3600).atOffset(ZoneOffset.UTC), now.minusSeconds(3600).atOffset(ZoneOffset.UTC), null,
          null, "Lapas Kelas IIB Uji"));
    }
    CaseMatcher.Candidates candidates = new CaseMatcher.Candidates() {
      @Override
      public List<CaseRecord> openCases(String unitCode, String unitName, Instant since) {
        return cases;
      }

      @Override
      public List<Story> latestStories(String caseId, int limit) {
        return stored.stream().filter(s -> s.caseId().equals(caseId)).limit(limit).toList();
      }
    };
    StorySimilarity similarity = new StorySimilarity(GroupingSettings.defaults(), new id.siagahumas.registry.UnitRegistry());
    String body = text(paragraphs, 3, 10_000);
    String title = "Tiga Napi Lapas Uji Kabur, Polisi Lakukan Pengejaran";

    // cold: every stored story read again (a fresh matcher each time, nothing remembered)
    int rounds = 200;
    for (int i = 0; i < 50; i++) {
      new CaseMatcher(candidates, similarity).match("lapas-uji", null, List.of("PELARIAN"), now, title, body);
    }
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      new CaseMatcher(candidates, similarity).match("lapas-uji", null, List.of("PELARIAN"), now, title, body);
    }
    double cold = (System.nanoTime() - start) / 1e6 / rounds;

    CaseMatcher warmMatcher = new CaseMatcher(candidates, similarity);
    for (int i = 0; i < 100; i++) {
      warmMatcher.match("lapas-uji", null, List.of("PELARIAN"), now, title, body);
    }
    start = System.nanoTime();
    for (int i = 0; i < rounds * 5; i++) {
      warmMatcher.match("lapas-uji", null, List.of("PELARIAN"), now, title, body);
    }
    double warm = (System.nanoTime() - start) / 1e6 / (rounds * 5);
    System.out.printf("One match, new story of %,d characters against 10 stored stories of %,d characters "
        + "in 5 candidate cases: %.2f ms cold (stored stories read afresh), %.2f ms warm (readings remembered)%n",
        body.length(), stored.get(0).body().length(), cold, warm);

    // the benchmark's second reports still join their first reports (one incident per unit at a time)
    BenchStories bench = new BenchStories();
    int joined = 0;
    int total = 400;
    for (int n = 0; n < total; n++) {
      BenchStories.Incident incident = bench.incident(n);
      Story first = new Story(1, "KRS-B", "u", "u", "o", "LOKAL", incident.title(), incident.body(),
          incident.publishedAt().toInstant(), now, incident.unit().code(), List.of(incident.category()), true,
          "MANUAL", "NEW_CASE", null);
      CaseRecord open = new CaseRecord("KRS-B", null, incident.unit().code(), null, "TINGGI", incident.category(),
          "OPEN", false, incident.publishedAt(), incident.publishedAt(), null, null);
      CaseMatcher one = new CaseMatcher(new CaseMatcher.Candidates() {
        @Override
        public List<CaseRecord> openCases(String unitCode, String unitName, Instant since) {
          return List.of(open);
        }

        @Override
        public List<Story> latestStories(String caseId, int limit) {
          return List.of(first);
        }
      }, similarity);
      Optional<CaseRecord> found = one.match(incident.unit().code(), null, List.of(incident.category()),
          incident.publishedAt().plusHours(2).toInstant(), incident.retitle(), incident.rebody()).openCase();
      if (found.isPresent()) {
        joined++;
      }
    }
    System.out.printf("Benchmark stories: %d of %d second reports join their first report%n", joined, total);
  }

  private static String text(List<String> paragraphs, int from, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = from; b.length() < length; i++) {
      b.append(paragraphs.get(i % paragraphs.size())).append("\n\n");
    }
    return b.substring(0, length);
  }
}
