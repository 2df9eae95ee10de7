package id.siagahumas.process;

import static id.siagahumas.process.CaseVariables.SLA_BREACHED;

import id.siagahumas.cases.CaseRepository;
import id.siagahumas.notification.CaseEvents;
import id.siagahumas.notification.Notifier;
import id.siagahumas.registry.Groups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No statement by {@code responseHours}: the case is marked and national humas is told. */
@Component("markSlaBreached")
public class MarkSlaBreached implements JavaDelegate {

  private final CaseRepository cases;
  private final Notifier notifier;
  private final MessageContext messages;
  private final CaseEvents events;

  public MarkSlaBreached(CaseRepository cases, Notifier notifier, MessageContext messages, CaseEvents events) {
    this.cases = cases;
    this.notifier = notifier;
    this.messages = messages;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SLA_BREACHED, true);
    cases.markSlaBreached(execution.getProcessBusinessKey());
    notifier.notifyGroups(execution.getProcessBusinessKey(), List.of(Groups.HUMAS_PUSAT), "statement-deadline-missed",
        messages.of(execution, execution.getProcessBusinessKey()));
    events.publish(CaseEvents.DEADLINE_MISSED, execution.getProcessBusinessKey(), java.util.Map.of("deadline",
        "statement", "severity", execution.getVariable(CaseVariables.SEVERITY)));
  }
}
