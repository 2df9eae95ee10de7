package id.siagahumas.process;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On task creation: regional humas may read every task of their region's cases (they answer for the
 * region), while working them stays with the task's candidates. The engine removes the grant with the task.
 */
@Component("shareWithRegion")
public class ShareWithRegion implements TaskListener {

  private final CaseRouting routing;

  public ShareWithRegion(CaseRouting routing) {
    this.routing = routing;
  }

  @Override
  public void notify(DelegateTask task) {
    String regionGroup = routing.regionGroup(task).orElse(null);
    if (regionGroup == null) {
      return; // unit not yet known: humas-pusat assigns it
    }
    if (task.getCandidates().stream().anyMatch(link -> regionGroup.equals(link.getGroupId()))) {
      return; // a candidate already: the engine grants it more than read
    }
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    read.setGroupId(regionGroup);
    read.setResource(Resources.TASK);
    read.setResourceId(task.getId());
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
  }
}
