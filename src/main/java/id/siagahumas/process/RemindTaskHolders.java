package id.siagahumas.process;

import id.siagahumas.notification.Notifier;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Half of a deadline has passed: reminds whoever holds the case's open tasks (assignee, else its groups).
 * One bean per deadline, each with its own message.
 */
public class RemindTaskHolders implements JavaDelegate {

  private final Notifier notifier;
  private final MessageContext messages;
  private final String template;

  RemindTaskHolders(Notifier notifier, MessageContext messages, String template) {
    this.notifier = notifier;
    this.messages = messages;
    this.template = template;
  }

  /** Half of the verification deadline: {@code remindVerifier}. */
  @Component("remindVerifier")
  static class RemindVerifier extends RemindTaskHolders {
    RemindVerifier(Notifier notifier, MessageContext messages) {
      super(notifier, messages, "verification-reminder");
    }
  }

  /** Half of the statement deadline: {@code remindStatementHolders}. */
  @Component("remindStatementHolders")
  static class RemindStatementHolders extends RemindTaskHolders {
    RemindStatementHolders(Notifier notifier, MessageContext messages) {
      super(notifier, messages, "statement-reminder");
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      Map<String, Object> context = messages.of(execution, execution.getProcessBusinessKey());
      context.put("taskName", task.getName());
      if (task.getAssignee() != null) {
        notifier.notifyUsers(execution.getProcessBusinessKey(), List.of(task.getAssignee()), template, context);
      } else {
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId).toList();
        notifier.notifyGroups(execution.getProcessBusinessKey(), groups, template, context);
      }
    }
  }
}
