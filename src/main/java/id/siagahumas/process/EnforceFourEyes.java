package id.siagahumas.process;

import id.siagahumas.drafting.Statement;
import id.siagahumas.drafting.StatementRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four-eyes: whoever drafted the statement may not approve it. Enforced by the engine at completion,
 * so no route (Tasklist, engine REST, Java API) gets around it. The drafter is read from the stored
 * statement, not from a process variable that a form or REST call could overwrite.
 */
@Component("enforceFourEyes")
public class EnforceFourEyes implements TaskListener {

  static final String SAME_PERSON = "Persetujuan ditolak: Anda sendiri yang menyusun pernyataan ini. "
      + "Sesuai prinsip empat mata, pernyataan harus disetujui oleh petugas lain.";
  static final String ANONYMOUS = "Persetujuan ditolak: penyetuju tidak dikenali. Masuk dengan akun Anda "
      + "lalu klaim tugas ini sebelum menyetujui.";

  private final StatementRepository statements;

  public EnforceFourEyes(StatementRepository statements) {
    this.statements = statements;
  }

  @Override
  public void notify(DelegateTask task) {
    String approver = Actors.actingUser(task);
    if (approver == null) {
      throw new CaseRuleViolation(ANONYMOUS);
    }
    String drafter = statements.latestOfCase(task.getExecution().getProcessBusinessKey())
        .map(Statement::draftedBy).orElse(null);
    if (approver.equals(drafter)) {
      throw new CaseRuleViolation(SAME_PERSON);
    }
  }
}
