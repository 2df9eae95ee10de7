package id.siagahumas.process;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * A task passes only to people who may work it (DESIGN.md): its assignee and owner must be candidates
 * (members of a candidate group, or named candidate users). When a task leaves a person, the engine's
 * grant on the task for that person goes too, so they no longer read the case through it.
 */
final class GuardHandover implements TaskListener {

  static final String NOT_A_CANDIDATE = "Tugas '%s' hanya dapat diserahkan kepada petugas yang berwenang "
      + "mengerjakannya; '%s' bukan anggota grup tugas ini.";

  @Override
  public void notify(DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    context.runWithoutAuthorization(() -> {
      IdentityService identity = task.getProcessEngineServices().getIdentityService();
      for (String person : new String[] {task.getAssignee(), task.getOwner()}) {
        if (person != null && !mayWork(task, identity, person)) {
          throw new CaseRuleViolation(NOT_A_CANDIDATE.formatted(task.getName(), person));
        }
      }
      revokeOthers(task);
      return null;
    });
  }

  static boolean mayWork(DelegateTask task, IdentityService identity, String userId) {
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (userId.equals(link.getUserId())) {
        return true;
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return !groups.isEmpty() && identity.createGroupQuery().groupMember(userId).groupIdIn(groups.toArray(String[]::new))
        .count() > 0;
  }

  /** Removes the per-user grants on this task of everyone who is no longer its assignee or owner. */
  private static void revokeOthers(DelegateTask task) {
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).list()) {
      String user = grant.getUserId();
      if (user != null && !Authorization.ANY.equals(user) && !user.equals(task.getAssignee())
          && !user.equals(task.getOwner())) {
        authorizations.deleteAuthorization(grant.getId());
      }
    }
  }
}
