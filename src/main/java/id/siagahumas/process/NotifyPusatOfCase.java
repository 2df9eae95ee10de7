package id.siagahumas.process;

import id.siagahumas.notification.Notifier;
import id.siagahumas.registry.Groups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The policy says national humas must know of this case from the start ({@code notifyPusat}). */
@Component("notifyPusatOfCase")
public class NotifyPusatOfCase implements JavaDelegate {

  private final Notifier notifier;
  private final MessageContext messages;

  public NotifyPusatOfCase(Notifier notifier, MessageContext messages) {
    this.notifier = notifier;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.notifyGroups(execution.getProcessBusinessKey(), List.of(Groups.HUMAS_PUSAT), "case-opened",
        messages.of(execution, execution.getProcessBusinessKey()));
  }
}
