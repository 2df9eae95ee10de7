package id.siagahumas.process;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * When a task is claimed: its candidate groups may also (un)assign it. The engine grants candidates
 * only TASK_WORK (claim, complete), so an officer could not release a claimed task ("Lepas klaim") and
 * a colleague could not take over from someone who is away. The grant is on this task only, and the
 * engine removes it with the task. At claim time, not at creation: the engine's own grant for each
 * candidate group is then stored, and this one extends it (one grant per group and task is allowed).
 */
@Component("letCandidatesReassign")
public class LetCandidatesReassign implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        grant(task.getProcessEngineServices(), task.getId(), link.getGroupId());
      }
    }
  }

  /** Also used when a task is offered to regional humas at escalation (they hold a read grant by then). */
  static void grant(ProcessEngineServices engine, String taskId, String groupId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    // one grant per group and task (a unique constraint): extend the engine's own if it made one
    Authorization assign = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(Resources.TASK).resourceId(taskId).singleResult();
    if (assign == null) {
      assign = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      assign.setGroupId(groupId);
      assign.setResource(Resources.TASK);
      assign.setResourceId(taskId);
    }
    assign.addPermission(Permissions.TASK_ASSIGN);
    authorizations.saveAuthorization(assign);
  }
}
