package id.siagahumas.process;


import id.siagahumas.notification.CaseEvents;
import id.siagahumas.notification.Notifier;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The verification deadline passed: the task is also offered to regional humas (who may take it over), and they are told. */
@Component("offerTaskToRegion")
public class OfferTaskToRegion implements JavaDelegate {

  static final String TASK = "verifyFacts";

  private final Notifier notifier;
  private final MessageContext messages;
  private final CaseEvents events;
  private final CaseRouting routing;

  public OfferTaskToRegion(Notifier notifier, MessageContext messages, CaseEvents events, CaseRouting routing) {
    this.routing = routing;
    this.notifier = notifier;
    this.messages = messages;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String regionGroup = routing.regionGroup(execution);
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK).list()) {
      tasks.addCandidateGroup(task.getId(), regionGroup);
      LetCandidatesReassign.grant(execution.getProcessEngineServices(), task.getId(), regionGroup);
    }
    notifier.notifyGroups(execution.getProcessBusinessKey(), List.of(regionGroup), "verification-escalated",
        messages.of(execution, execution.getProcessBusinessKey()));
    events.publish(CaseEvents.DEADLINE_MISSED, execution.getProcessBusinessKey(), java.util.Map.of("deadline",
        "verification", "severity", execution.getVariable(CaseVariables.SEVERITY)));
  }
}
