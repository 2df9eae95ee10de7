package id.siagahumas.intake;

import id.siagahumas.registry.UnitRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Prints how every pair of stories of one unit within the window compares (word cosine, particulars, score, kinds
 * of incident, shared particulars), development part only unless told otherwise:
 * {@code java -cp ... id.siagahumas.intake.GroupingDiagnostics [corpus.jsonl] [development|held-out|all]
 * [any-category]} (the last also compares stories of one unit that share no category).
 */
public final class GroupingDiagnostics {

  public static void main(String[] args) {
    Path corpus = Path.of(args.length > 0 ? args[0] : GroupingEvaluationTest.CORPUS.toString());
    String part = args.length > 1 ? args[1] : "development";
    boolean anyCategory = args.length > 2 && args[2].equals("any-category");
    StorySimilarity similarity = new StorySimilarity(GroupingSettings.defaults(), new UnitRegistry());
    List<IncidentStory> stories = IncidentStory.read(corpus).stream().filter(IncidentStory::negative)
        .filter(s -> part.equals("all") || GroupingEvaluationTest.heldOut(s) == part.equals("held-out"))
        .sorted(Comparator.comparing(IncidentStory::publishedAt)).toList();
    for (int i = 0; i < stories.size(); i++) {
      for (int j = i + 1; j < stories.size(); j++) {
        IncidentStory a = stories.get(i);
        IncidentStory b = stories.get(j);
        boolean sameUnit = a.unitCode() != null ? a.unitCode().equals(b.unitCode())
            : a.unitName() != null && a.unitName().equals(b.unitName());
        if (!sameUnit || Duration.between(a.publishedAt(), b.publishedAt()).abs().toHours() > 72
            || !anyCategory && a.categories().stream().noneMatch(b.categories()::contains)
            && !a.incident().equals(b.incident())) {
          continue;
        }
        StorySimilarity.Profile pa = similarity.profile(a.title(), a.body(), a.unitCode(), a.unitName());
        StorySimilarity.Profile pb = similarity.profile(b.title(), b.body(), b.unitCode(), b.unitName());
        StorySimilarity.Comparison c = similarity.compare(pa, pb, Duration.between(a.publishedAt(), b.publishedAt()));
        boolean same = Objects.equals(a.incident(), b.incident());
        System.out.printf("%s %s/%s %-6s text %.3f part %.3f score %.3f plain %.3f type %s other-people %s %s|%s %s|%s "
            + "shared %s%n",
            c.sameIncident() == same ? " " : "X", a.id(), b.id(), same ? "same" : "differ", c.text(), c.particulars(),
            c.score(), c.plain(), c.sharedType(), c.otherPeople(), pa.people(), pb.people(), pa.primaryTypes(), pb.primaryTypes(),
            c.shared());
      }
    }
  }
}
