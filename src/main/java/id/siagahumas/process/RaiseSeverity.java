package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.ESCALATIONS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ISU_MELUAS: the issue is spreading; the policy raises the case one level per such follow-up. */
@Component("raiseSeverity")
public class RaiseSeverity implements JavaDelegate {

  private final AssessSeverity assessSeverity;

  public RaiseSeverity(AssessSeverity assessSeverity) {
    this.assessSeverity = assessSeverity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ESCALATIONS, AssessSeverity.intVariable(execution, ESCALATIONS, 0) + 1);
    assessSeverity.execute(execution);
  }
}
