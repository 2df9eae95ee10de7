package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.DETECTED_AT;
import static id.siagahumas.process.CaseVariables.RESPONSE_HOURS;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the deadline variables the timers and task due dates read (see {@link Deadlines}). */
@Component("setDeadlines")
public class SetDeadlines implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Deadlines.from((Date) execution.getVariable(DETECTED_AT), (Number) execution.getVariable(RESPONSE_HOURS),
        Deadlines.fractionsOf(execution)).byVariable().forEach(execution::setVariable);
  }
}
