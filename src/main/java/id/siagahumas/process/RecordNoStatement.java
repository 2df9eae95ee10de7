package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.cases.CaseRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The officer decided no statement is needed: the reason goes on record with the case. */
@Component("recordNoStatement")
public class RecordNoStatement implements JavaDelegate {

  private final CaseRepository cases;

  public RecordNoStatement(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = (String) execution.getVariable(CLOSING_REASON);
    if (reason == null || reason.isBlank()) {
      reason = "Tidak ditanggapi. Hasil verifikasi: " + execution.getVariable(VERDICT) + ". "
          + execution.getVariable(FACTS);
      execution.setVariable(CLOSING_REASON, reason);
    }
    cases.recordClosingReason(execution.getProcessBusinessKey(), reason);
  }
}
