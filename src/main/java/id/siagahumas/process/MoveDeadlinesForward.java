package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.*;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * When a related story raised the severity, the shorter response time applies from the original
 * detection: the waiting timers and the task due dates move earlier. Deadlines never move later.
 */
@Component("moveDeadlinesForward")
public class MoveDeadlinesForward implements JavaDelegate {

  /** The timer events that wait for each deadline variable. */
  private static final Map<String, String> TIMERS = Map.of(VERIFY_REMINDER_AT, "verificationReminderDue",
      VERIFY_DUE_AT, "verificationDeadlineMissed", STATEMENT_REMINDER_AT, "statementReminderDue",
      STATEMENT_DUE_AT, "statementDeadlineMissed");
  /** The user tasks whose due date is each deadline (see the dueDate attributes in the model). */
  private static final Map<String, Set<String>> TASKS = Map.of(VERIFY_DUE_AT, Set.of("verifyFacts"),
      STATEMENT_DUE_AT, Set.of("draftStatement", "approveStatement", "approveStatementHead"));

  @Override
  public void execute(DelegateExecution execution) {
    Object detectedAt = execution.getVariable(DETECTED_AT);
    Object hours = execution.getVariable(RESPONSE_HOURS);
    if (!(detectedAt instanceof Date detected) || !(hours instanceof Number responseHours)) {
      return;
    }
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Deadlines.from(detected, responseHours, Deadlines.fractionsOf(execution)).byVariable().forEach((variable, due) -> {
      Date current = (Date) execution.getVariable(variable);
      if (current == null || !due.before(current)) {
        return;
      }
      execution.setVariable(variable, due);
      for (Job job : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).timers()
          .activityId(TIMERS.get(variable)).list()) {
        management.setJobDuedate(job.getId(), due);
      }
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
        if (TASKS.getOrDefault(variable, Set.of()).contains(task.getTaskDefinitionKey())) {
          task.setDueDate(due);
          tasks.saveTask(task);
        }
      }
    });
  }
}
