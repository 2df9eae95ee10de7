package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.drafting.StatementRepository;
import id.siagahumas.drafting.StatementType;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of {@code draftStatement}: keeps the submitted version and who drafted it, the person
 * the four-eyes rule later keeps from approving.
 */
@Component("recordDraft")
public class RecordDraft implements TaskListener {

  private final StatementRepository statements;
  private final Clock clock;

  public RecordDraft(StatementRepository statements, Clock clock) {
    this.statements = statements;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String text = (String) task.getVariable(STATEMENT);
    String type = (String) task.getVariable(STATEMENT_TYPE);
    if (text == null || text.isBlank()) {
      throw new CaseRuleViolation("Naskah pernyataan wajib diisi.");
    }
    try {
      StatementType.valueOf(type);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CaseRuleViolation("Jenis pernyataan harus HAK_JAWAB, KLARIFIKASI atau SIARAN_PERS.");
    }
    String drafter = Actors.actingUser(task);
    long statementId = statements.submit(task.getExecution().getProcessBusinessKey(), type, text, drafter,
        clock.instant());
    task.setVariable(DRAFTED_BY, drafter);
    task.setVariable(STATEMENT_ID, statementId);
    // A new version awaits a new decision: an earlier round's answer must not be pre-filled.
    task.setVariable(APPROVED, null);
    task.setVariable(APPROVAL_COMMENT, null);
  }
}
