package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import id.siagahumas.cases.CaseRepository;
import id.siagahumas.notification.CaseEvents;
import id.siagahumas.severity.Severity;
import id.siagahumas.severity.SeverityAssessment;
import id.siagahumas.severity.SeverityInput;
import id.siagahumas.severity.SeverityPolicy;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets {@code severity}, {@code responseHours}, {@code approvalLevel} and {@code notifyPusat} from the
 * DMN policy, with the deadlines' fractions of the response time. Runs at triage and again whenever the case
 * grows; the policy never answers lower than the level the case has reached.
 */
@Component("assessSeverity")
public class AssessSeverity implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(AssessSeverity.class);

  private final SeverityPolicy policy;
  private final CaseRepository cases;
  private final CaseEvents events;

  public AssessSeverity(SeverityPolicy policy, CaseRepository cases, CaseEvents events) {
    this.policy = policy;
    this.cases = cases;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String categories = (String) execution.getVariable(CATEGORIES);
    // The level reached so far is the stored case's, not a variable: the first triage has none yet. The policy
    // itself never answers lower (bpmn/severity.dmn, caseSeverity).
    String caseId = execution.getProcessBusinessKey();
    String current = execution.getVariable(SEVERITY) == null ? null
        : cases.find(caseId).map(c -> c.severity()).orElse(null);
    SeverityAssessment assessed = policy.assess(new SeverityInput(Arrays.asList(categories.split(",")),
        Boolean.TRUE.equals(execution.getVariable(NATIONAL_REACH)), intVariable(execution, DISTINCT_OUTLETS, 1),
        intVariable(execution, ESCALATIONS, 0), current == null ? null : Severity.valueOf(current)));
    if (assessed.severity().name().equals(current)) {
      cases.updateAssessment(caseId, current, categories);
      return;
    }
    execution.setVariable(SEVERITY, assessed.severity().name());
    execution.setVariable(RESPONSE_HOURS, assessed.responseHours());
    execution.setVariable(APPROVAL_LEVEL, assessed.approvalLevel());
    execution.setVariable(NOTIFY_PUSAT, assessed.notifyPusat());
    execution.setVariable(VERIFY_REMINDER_FRACTION, assessed.deadlines().verifyReminder());
    execution.setVariable(VERIFY_DUE_FRACTION, assessed.deadlines().verifyDue());
    execution.setVariable(STATEMENT_REMINDER_FRACTION, assessed.deadlines().statementReminder());
    cases.updateAssessment(caseId, assessed.severity().name(), categories);
    cases.updateApprovalLevel(caseId, assessed.approvalLevel());
    log.info("Case {}: severity {} (was {})", execution.getProcessBusinessKey(), assessed.severity(), current);
    if (current != null) {
      raiseTaskPriorities(execution.getProcessInstanceId(), assessed.severity());
      events.publish(CaseEvents.SEVERITY_RAISED, execution.getProcessBusinessKey(), java.util.Map.of("severity",
          assessed.severity().name(), "previousSeverity", current, "responseHours", assessed.responseHours()));
    }
  }

  /**
   * The open tasks of the case move up in Tasklist with the case, and show its new severity. Written on the task entities of this command,
   * not through TaskService: changing a priority through the API is for administrators only (CaseTaskRules),
   * and the step may run for an officer (a review that found the issue spreading) or for intake.
   */
  private static void raiseTaskPriorities(String processInstanceId, Severity severity) {
    for (TaskEntity task : Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
      if (task.getPriority() < severity.taskPriority()) {
        task.setPriority(severity.taskPriority());
      }
      task.setVariableLocal(ListedVariables.SEVERITY, severity.name());
    }
  }

  static int intVariable(DelegateExecution execution, String name, int fallback) {
    Object value = execution.getVariable(name);
    return value instanceof Number n ? n.intValue() : fallback;
  }
}
