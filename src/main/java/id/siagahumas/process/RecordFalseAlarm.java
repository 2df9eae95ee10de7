package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.cases.CaseRecord;
import id.siagahumas.cases.CaseRepository;
import id.siagahumas.intake.Story;
import id.siagahumas.intake.StoryRepository;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Verdict SALAH_DETEKSI: the story was not about our unit, or not negative. The case ends, and what
 * intake flagged (categories, the classifier's evidence, the headline) is kept with the officer's
 * reason, as feedback on detection.
 */
@Component("recordFalseAlarm")
public class RecordFalseAlarm implements JavaDelegate {

  private final CaseRepository cases;
  private final StoryRepository stories;
  private final JdbcClient jdbc;
  private final Clock clock;

  public RecordFalseAlarm(CaseRepository cases, StoryRepository stories, JdbcClient jdbc, Clock clock) {
    this.cases = cases;
    this.stories = stories;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseId = execution.getProcessBusinessKey();
    CaseRecord stored = cases.find(caseId).orElseThrow();
    String reason = text(execution.getVariable(CLOSING_REASON));
    if (reason.isBlank()) {
      reason = text(execution.getVariable(FACTS));
    }
    if (reason.isBlank()) {
      throw new CaseRuleViolation("Tuliskan alasan salah deteksi agar deteksi berita dapat diperbaiki.");
    }
    List<Story> ofCase = stories.ofCase(caseId);
    Story first = ofCase.isEmpty() ? null : ofCase.get(0);
    Authentication actor = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    jdbc.sql("INSERT INTO false_alarm (case_id, unit_code, flagged_categories, story_title, evidence, reason, "
            + "decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?)")
        .params(caseId, stored.unitCode(), stored.categories(), first == null ? null : first.title(),
            null, reason,
            actor == null ? null : actor.getUserId(), clock.instant().atOffset(ZoneOffset.UTC))
        .update();
    cases.recordClosingReason(caseId, "Salah deteksi: " + reason);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().strip();
  }
}
