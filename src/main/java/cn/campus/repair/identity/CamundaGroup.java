package cn.campus.repair.identity;

import cn.campus.repair.account.Role;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * The Camunda groups a role puts an account in. {@code admins} and {@code workers} are the names the
 * model uses (candidate group {@code admins}); admins are also Camunda administrators, so that
 * Cockpit and Admin show them everything.
 */
enum CamundaGroup {
  ADMINS("admins", "管理员", "WORKFLOW", Role.ADMIN),
  WORKERS("workers", "维修工", "WORKFLOW", Role.WORKER),
  /** The keepers: the model offers them the parts step (candidate group {@code warehouse}). */
  WAREHOUSE("warehouse", "仓库管理员", "WORKFLOW", Role.WAREHOUSE),
  CAMUNDA_ADMIN(Groups.CAMUNDA_ADMIN, "Camunda 管理员", Groups.GROUP_TYPE_SYSTEM, Role.ADMIN);

  private final String id;
  private final String displayName;
  private final String type;
  private final Role role;

  CamundaGroup(String id, String displayName, String type, Role role) {
    this.id = id;
    this.displayName = displayName;
    this.type = type;
    this.role = role;
  }

  String id() {
    return id;
  }

  String displayName() {
    return displayName;
  }

  String type() {
    return type;
  }

  Role role() {
    return role;
  }

  static List<CamundaGroup> of(Role role) {
    return Arrays.stream(values()).filter(group -> group.role == role).toList();
  }

  static java.util.Optional<CamundaGroup> byId(String id) {
    return Arrays.stream(values()).filter(group -> group.id.equals(id)).findFirst();
  }
}
