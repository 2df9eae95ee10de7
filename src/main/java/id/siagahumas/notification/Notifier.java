package id.siagahumas.notification;

import id.siagahumas.templating.TemplateRenderer;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Tells officers what they must do, by e-mail in Indonesian. Recipients are the members of Camunda groups
 * (or named users) with an e-mail address. Messages go to the outbox in the caller's transaction and are
 * delivered by the {@link OutboxDispatcher}; templates live under {@code templates/mail/}, first line the
 * subject.
 */
@Component
public class Notifier {

  private final IdentityService identityService;
  private final TemplateRenderer templates;
  private final Outbox outbox;
  private final Clock clock;

  public Notifier(IdentityService identityService, TemplateRenderer templates, Outbox outbox, Clock clock) {
    this.identityService = identityService;
    this.templates = templates;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Mails every member of the groups once; returns the number of addresses written to. */
  public int notifyGroups(String caseId, Collection<String> groups, String template, Map<String, Object> context) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String group : groups) {
      identityService.createUserQuery().memberOfGroup(group).list().stream()
          .map(User::getEmail).filter(e -> e != null && !e.isBlank()).forEach(addresses::add);
    }
    return queue(caseId, addresses, template, context);
  }

  public int notifyUsers(String caseId, Collection<String> userIds, String template, Map<String, Object> context) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String userId : userIds) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
        addresses.add(user.getEmail());
      }
    }
    return queue(caseId, addresses, template, context);
  }

  private int queue(String caseId, Set<String> addresses, String template, Map<String, Object> context) {
    String[] lines = templates.render("mail/" + template, context).split("\n", 2);
    String subject = lines[0].replaceFirst("^Subjek:\\s*", "").trim();
    String body = lines.length > 1 ? lines[1].strip() + "\n" : "";
    for (String address : addresses) {
      outbox.add(caseId, OutboxMessage.EMAIL, template, address, subject, body, clock.instant());
    }
    return addresses.size();
  }
}
