package id.siagahumas.setup;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.siagahumas.process.CaseVariables;
import id.siagahumas.registry.Groups;
import id.siagahumas.process.ListedVariables;
import id.siagahumas.registry.Region;
import id.siagahumas.registry.RegistryChanged;
import id.siagahumas.registry.Unit;
import id.siagahumas.registry.UnitRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every profile: the groups of DESIGN.md ("Roles"), the Tasklist filters and the grants that keep each
 * officer in their lane. Officers see the tasks they are candidates for (the engine grants that per task);
 * regional humas are also granted read on every task of their region (see {@code shareWithRegion});
 * humas-pusat reads everything of the process; monitor gets nothing in the engine; only camunda-admin
 * deploys, deletes or changes definitions. Creates only what is missing, so restarts are safe.
 *
 * <p>The registry has a few hundred units and some thirty regions, so this makes some 250 groups and a thousand
 * grants. What exists is read once per kind (all groups; the grants of one resource), not once per item, and
 * everything runs in one engine command: the service calls inside it share its context, so the inserts go to the
 * database in one batched flush and one commit instead of a command and a commit per group and grant.
 */
@Component
public class AccessSetup {

  private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final UnitRegistry registry;
  private final CommandExecutor engineCommand;
  private final StartupLock startupLock;

  /** Ids of the groups that exist, read once. */
  private Set<String> existingGroups;
  /** Groups holding an authorization on a resource ("type:id"), read once per resource. */
  private final Map<String, Set<String>> grantedGroups = new HashMap<>();

  public AccessSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks, UnitRegistry registry, ProcessEngineConfigurationImpl engineConfiguration,
      StartupLock startupLock) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.registry = registry;
    this.engineCommand = engineConfiguration.getCommandExecutorTxRequired();
    this.startupLock = startupLock;
  }

  @EventListener
  @Order(0)
  public void create(PostDeployEvent event) {
    long start = System.nanoTime();
    int groups = engineCommand.execute(commandContext -> {
      startupLock.acquire(); // another node starting now waits, then finds everything here
      return createAll();
    });
    log.info("Groups, Tasklist filters and authorizations ready ({} humas groups, {} ms)", groups,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** A unit added at runtime gets its group, grants and filters like those of the registry at start. */
  @EventListener
  public void registryChanged(RegistryChanged changed) {
    if (changed.madeHere()) {
      // The application's own work, not the caller's: the administrator who added the unit holds no right to
      // create authorizations, nor should they.
      org.camunda.bpm.engine.impl.identity.Authentication caller = identity.getCurrentAuthentication();
      identity.clearAuthentication();
      try {
        int groups = engineCommand.execute(commandContext -> {
          startupLock.acquire();
          return createAll();
        });
        log.info("Groups and authorizations brought up to the registry ({} humas groups)", groups);
      } finally {
        if (caller != null) {
          identity.setAuthentication(caller);
        }
      }
    }
  }

  private int createAll() {
    existingGroups = identity.createGroupQuery().list().stream().map(Group::getId)
        .collect(Collectors.toCollection(HashSet::new));
    grantedGroups.clear();
    group(Groups.ADMIN, "Administrator Siaga Humas", org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
    group(Groups.MONITOR, "Alat pemantau media", "WORKFLOW");
    List<String> humasGroups = new ArrayList<>(List.of(Groups.HUMAS_PUSAT, Groups.PIMPINAN_PUSAT));
    group(Groups.HUMAS_PUSAT, "Humas Ditjenpas", "WORKFLOW");
    group(Groups.PIMPINAN_PUSAT, "Pimpinan Ditjenpas", "WORKFLOW");
    for (Unit unit : registry.units()) {
      if (!unit.national()) {
        group(Groups.unitGroup(unit), "Humas " + unit.name(), "WORKFLOW");
        humasGroups.add(Groups.unitGroup(unit));
      }
    }
    for (Region region : registry.regions()) {
      group(Groups.regionGroup(region.code()), "Humas Kanwil " + region.name(), "WORKFLOW");
      group(Groups.headGroup(region.code()), "Pimpinan Kanwil " + region.name(), "WORKFLOW");
      humasGroups.add(Groups.regionGroup(region.code()));
      humasGroups.add(Groups.headGroup(region.code()));
    }
    List<String> filterIds = List.of(
        filter("Tugas Saya", "Tugas yang sudah Anda klaim", -10,
            tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
        filter("Tugas Grup", "Tugas untuk grup Anda yang belum diklaim", -5,
            tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()));

    for (String group : humasGroups.stream().distinct().toList()) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, CaseVariables.PROCESS_KEY, Permissions.READ);
      grant(group, Resources.GROUP, ANY, Permissions.READ);
      grant(group, Resources.USER, ANY, Permissions.READ);
    }
    for (String filterId : filterIds) {
      grantAll(Resources.FILTER, filterId, Permissions.READ);
    }
    for (Resources resource : Resources.values()) {
      grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
    grant(Groups.HUMAS_PUSAT, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.HUMAS_PUSAT, Resources.PROCESS_DEFINITION, CaseVariables.PROCESS_KEY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY);
    grant(Groups.HUMAS_PUSAT, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    return humasGroups.size();
  }

  private void group(String id, String name, String type) {
    if (existingGroups.add(id)) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    // One query per resource (e.g. APPLICATION "tasklist") for all groups; never per group. The resource id
    // keeps the per-task authorizations of candidate groups out of what is read.
    Set<String> granted = grantedGroups.computeIfAbsent(resource.resourceType() + ":" + resourceId,
        key -> authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId).list()
            .stream().map(Authorization::getGroupId).filter(g -> g != null)
            .collect(Collectors.toCollection(HashSet::new)));
    if (!granted.add(groupId)) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private void grantAll(Resource resource, String resourceId, Permission permission) {
    if (authorizations.createAuthorizationQuery().userIdIn(ANY).resourceType(resource).resourceId(resourceId)
        .count() > 0) {
      return;
    }
    // A global authorization: the engine checks a single resource (a filter) against it for every user.
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    authorization.setUserId(ANY);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }

  /**
   * Version of the filters' query and list columns. A database whose filters carry an older one (or none) gets
   * them updated in place, under the same id and grants: raise it whenever {@link #filter} changes what it saves.
   */
  static final int FILTER_VERSION = 3;
  static final String FILTER_VERSION_PROPERTY = "siagaVersion";

  /** The variables Tasklist shows under each task: the task's copies of the case's display values. */
  static final List<Map<String, String>> LISTED_VARIABLES = ListedVariables.COLUMNS;

  private String filter(String name, String description, int priority, TaskQuery query) {
    // The most severe first (task priority follows the severity), then the nearest deadline. Tasklist adds its own
    // sorting after the filter's.
    query.orderByTaskPriority().desc().orderByDueDate().asc();
    Map<String, Object> properties = Map.of("description", description, "priority", priority, "refresh", true,
        "variables", LISTED_VARIABLES, FILTER_VERSION_PROPERTY, FILTER_VERSION);
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      Object version = existing.getProperties() == null ? null : existing.getProperties().get(FILTER_VERSION_PROPERTY);
      if (!(version instanceof Number n) || n.intValue() < FILTER_VERSION) {
        existing.setQuery(query);
        existing.setProperties(properties);
        filters.saveFilter(existing);
        log.info("Tasklist filter '{}' updated to version {}", name, FILTER_VERSION);
      }
      return existing.getId();
    }
    Filter filter = filters.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(properties);
    return filters.saveFilter(filter).getId();
  }
}
