package id.siagahumas.process;

import id.siagahumas.notification.Notifier;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** A task was created: its assignee, else the members of its candidate groups, learn it by e-mail. */
@Component("notifyCandidates")
public class NotifyCandidates implements TaskListener {

  private final Notifier notifier;
  private final MessageContext messages;

  public NotifyCandidates(Notifier notifier, MessageContext messages) {
    this.notifier = notifier;
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseId = task.getExecution().getProcessBusinessKey();
    Map<String, Object> context = messages.of(task, caseId);
    context.put("taskName", task.getName());
    context.put("taskUrl", context.get("tasklistUrl") + "#/?task=" + task.getId());
    context.put("dueAt", id.siagahumas.registry.LocalTimes.dateTime(task.getDueDate(), MessageContext.region(task)));
    if (task.getAssignee() != null) {
      notifier.notifyUsers(caseId, List.of(task.getAssignee()), "task-created", context);
      return;
    }
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    notifier.notifyGroups(caseId, groups, "task-created", context);
  }
}
