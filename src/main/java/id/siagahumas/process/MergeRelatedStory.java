package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.intake.Story;
import id.siagahumas.intake.StoryRepository;
import id.siagahumas.registry.Reach;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A related story joined the case: recomputes what the severity policy weighs from every story of the
 * case (categories, distinct outlets, national reach). Reading the stored stories, not the message,
 * keeps it right however often or in whatever order messages arrive.
 */
@Component("mergeRelatedStory")
public class MergeRelatedStory implements JavaDelegate {

  private final StoryRepository stories;

  public MergeRelatedStory(StoryRepository stories) {
    this.stories = stories;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Story> all = stories.ofCase(execution.getProcessBusinessKey());
    Set<String> categories = new LinkedHashSet<>(List.of(((String) execution.getVariable(CATEGORIES)).split(",")));
    Set<String> outlets = new LinkedHashSet<>();
    boolean national = Boolean.TRUE.equals(execution.getVariable(NATIONAL_REACH));
    for (Story story : all) {
      categories.addAll(story.categories());
      outlets.add(story.outlet().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
      national |= Reach.NASIONAL.name().equals(story.reach());
    }
    execution.setVariable(CATEGORIES, String.join(",", categories));
    execution.setVariable(DISTINCT_OUTLETS, Math.max(outlets.size(),
        AssessSeverity.intVariable(execution, DISTINCT_OUTLETS, 1)));
    execution.setVariable(NATIONAL_REACH, national);
  }
}
