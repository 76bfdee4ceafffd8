package cn.campus.repair.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Authorization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * What the groups may do, granted at every start (only what is missing, so several nodes may start
 * at once). Admins, also members of {@code camunda-admin}, may do everything in Tasklist, Cockpit,
 * Admin and the engine REST API; workers open Tasklist only. Tasks need no grant here: the engine
 * gives a task's assignee and its candidate group read and work rights on that task, so a worker
 * sees exactly the tasks assigned to them.
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
    for (CamundaGroup group : new CamundaGroup[] {CamundaGroup.ADMINS, CamundaGroup.WORKERS}) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.FILTER, Authorization.ANY, Permissions.READ);
      grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }
  }

  private void grant(CamundaGroup group, Resource resource, String resourceId, Permission permission) {
    boolean granted = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group.id())
        .resourceType(resource)
        .resourceId(resourceId)
        .hasPermission(permission)
        .count() > 0;
    if (granted) {
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
}
