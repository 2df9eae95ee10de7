package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.drafting.Statement;
import id.siagahumas.drafting.StatementRepository;
import id.siagahumas.registry.LocalTimes;
import id.siagahumas.registry.Region;
import java.time.Clock;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of an approval: records the decision on the statement version; a rejection must say
 * why, and its comment joins {@code revisionHistory} for the drafter to read.
 */
@Component("recordApproval")
public class RecordApproval implements TaskListener {

  private final StatementRepository statements;
  private final Clock clock;

  public RecordApproval(StatementRepository statements, Clock clock) {
    this.statements = statements;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Object approved = task.getVariable(APPROVED);
    if (!(approved instanceof Boolean)) {
      throw new CaseRuleViolation("Keputusan persetujuan (disetujui atau tidak) wajib diisi.");
    }
    String comment = (String) task.getVariable(APPROVAL_COMMENT);
    boolean ok = (Boolean) approved;
    if (!ok && (comment == null || comment.isBlank())) {
      throw new CaseRuleViolation("Tuliskan catatan revisi agar penyusun tahu apa yang harus diperbaiki.");
    }
    String approver = Actors.actingUser(task);
    long statementId = statements.latestOfCase(task.getExecution().getProcessBusinessKey()).orElseThrow()
        .statementId();
    statements.decide(statementId, ok ? Statement.APPROVED : Statement.REJECTED, approver, comment, clock.instant());
    if (!ok) {
      String history = (String) task.getVariable(REVISION_HISTORY);
      Region region = new Region("", "", ZoneId.of((String) task.getVariable(TIME_ZONE)),
          (String) task.getVariable(ZONE_LABEL));
      String entry = "[%s] %s (%s): %s".formatted(LocalTimes.dateTime(clock.instant(), region), approver,
          task.getName(), comment.strip());
      task.setVariable(REVISION_HISTORY, history == null || history.isBlank() ? entry : history + "\n" + entry);
    }
  }
}
