package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.intake.CaseFlow;
import id.siagahumas.intake.Headline;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Intake's way into the process: the start variables of a new case, and the related-story message. */
@Component
class CaseOpening implements CaseFlow {

  private final CaseProcess process;

  CaseOpening(CaseProcess process) {
    this.process = process;
  }

  @Override
  public String open(NewCase c) {
    Map<String, Object> v = new HashMap<>();
    // Until a unit is registered for the case, the name the story gives is shown (assignUnit); resolveUnit
    // replaces it with the registry's name.
    v.put(UNIT_NAME, c.unitName());
    v.put(CASE_ID, c.caseId());
    v.put(STORY_ID, c.storyId());
    v.put(STORY_URL, c.url());
    v.put(STORY_OUTLET, c.outlet());
    v.put(STORY_TITLE, c.title());
    v.put(STORY_HEADLINE, Headline.of(c.title()));
    v.put(STORY_PUBLISHED_AT, Date.from(c.publishedAt()));
    v.put(DETECTED_AT, Date.from(c.detectedAt()));
    v.put(CATEGORIES, String.join(",", c.categories()));
    v.put(NATIONAL_REACH, c.nationalReach());
    v.put(DISTINCT_OUTLETS, 1);
    v.put(ESCALATIONS, 0);
    v.put(UNIT_CODE, c.unitCode());
    v.put(SLA_BREACHED, false);
    v.put(STATEMENT_PUBLISHED_AT, null);
    v.put(REVISION_HISTORY, "");
    return process.start(c.caseId(), v);
  }

  @Override
  public void relateStory(String caseId, long storyId) {
    process.relateStory(caseId, storyId);
  }
}
