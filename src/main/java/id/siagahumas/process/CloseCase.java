package id.siagahumas.process;

import id.siagahumas.cases.CaseRepository;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the case closed, so later stories about the unit open a new case instead of joining it. */
@Component("closeCase")
public class CloseCase implements JavaDelegate {

  private final CaseRepository cases;
  private final Clock clock;

  public CloseCase(CaseRepository cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.close(execution.getProcessBusinessKey(), clock.instant());
  }
}
