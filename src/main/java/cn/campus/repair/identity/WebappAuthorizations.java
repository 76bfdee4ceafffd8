package cn.campus.repair.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.campus.repair.process.RepairProcess;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * What the groups may do, granted at every start (only what is missing, so several nodes may start
 * at once). Admins, also members of {@code camunda-admin}, may do everything in Tasklist, Cockpit,
 * Admin and the engine REST API; workers open Tasklist only, and read the repair process (its name
 * and diagram beside their task), not its statistics ({@link WebappRequestGuard}).
 *
 * <p>Tasks need no grant here: the engine gives a task's assignee and candidate group READ and the
 * default task permission on that task, which the engine configuration sets to {@code TASK_WORK}
 * (claim and complete) rather than Camunda's {@code UPDATE}, which would also let them set any
 * variable of the process, change the assignee and delegate. Tasks created before that setting
 * still carry {@code UPDATE}; they are brought down to {@code TASK_WORK} here.
 */
@Component
class WebappAuthorizations implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(WebappAuthorizations.class);

  private final AuthorizationService authorizations;

  WebappAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    // Membership alone makes camunda-admin administrators only for some operations; Camunda's own
    // set-up grants the group everything, and so do we.
    for (Resource resource : Resources.values()) {
      grant(CamundaGroup.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
    for (CamundaGroup group : new CamundaGroup[] {CamundaGroup.ADMINS, CamundaGroup.WORKERS, CamundaGroup.WAREHOUSE}) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.FILTER, Authorization.ANY, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, RepairProcess.KEY, Permissions.READ);
      // Earlier versions granted every process definition, whose statistics Cockpit's API shows.
      revoke(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }
    downgradeTaskUpdates();
  }

  private void grant(CamundaGroup group, Resource resource, String resourceId, Permission permission) {
    if (!grants(group, resource, resourceId, permission).isEmpty()) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(group.id());
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    try {
      authorizations.saveAuthorization(authorization);
    } catch (RuntimeException anotherNodeGrantedIt) {
      log.info("Group {} already has {} on {} {}: {}", group.id(), permission.getName(),
          resource.resourceName(), resourceId, anotherNodeGrantedIt.getMessage());
    }
  }

  private void revoke(CamundaGroup group, Resource resource, String resourceId, Permission permission) {
    for (Authorization authorization : grants(group, resource, resourceId, permission)) {
      try {
        authorizations.deleteAuthorization(authorization.getId());
      } catch (RuntimeException anotherNodeRevokedIt) {
        log.info("Grant {} already revoked: {}", authorization.getId(), anotherNodeRevokedIt.getMessage());
      }
    }
  }

  private List<Authorization> grants(CamundaGroup group, Resource resource, String resourceId, Permission permission) {
    return authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group.id())
        .resourceType(resource)
        .resourceId(resourceId)
        .hasPermission(permission)
        .list();
  }

  /** The assignees' and candidates' UPDATE on tasks created before TASK_WORK was the default. */
  private void downgradeTaskUpdates() {
    List<Authorization> updates = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK)
        .hasPermission(TaskPermissions.UPDATE)
        .list()
        .stream()
        .filter(authorization -> !Authorization.ANY.equals(authorization.getResourceId()))
        .filter(authorization -> !CamundaGroup.CAMUNDA_ADMIN.id().equals(authorization.getGroupId()))
        .toList();
    for (Authorization authorization : updates) {
      authorization.removePermission(TaskPermissions.UPDATE);
      authorization.addPermission(TaskPermissions.TASK_WORK);
      try {
        authorizations.saveAuthorization(authorization);
      } catch (RuntimeException anotherNodeDidIt) {
        log.info("Task grant {} already changed: {}", authorization.getId(), anotherNodeDidIt.getMessage());
      }
    }
    if (!updates.isEmpty()) {
      log.info("{} task grants brought down from UPDATE to TASK_WORK", updates.size());
    }
  }
}
