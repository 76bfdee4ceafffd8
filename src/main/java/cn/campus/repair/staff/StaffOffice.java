package cn.campus.repair.staff;

import cn.campus.repair.account.Accounts;
import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.account.Tokens;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.request.OpenSteps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to staff accounts, each change with its audit entry in one transaction: add, edit,
 * deactivate and reactivate, and hand a person's open steps to someone else. One active admin always
 * remains: taking away the last one's rights is a 409.
 */
@Service
class StaffOffice {

  private final Users users;
  private final Accounts accounts;
  private final Tokens tokens;
  private final Catalogue catalogue;
  private final OpenSteps openSteps;
  private final StaffAudit audit;

  StaffOffice(Users users, Accounts accounts, Tokens tokens, Catalogue catalogue, OpenSteps openSteps,
      StaffAudit audit) {
    this.users = users;
    this.accounts = accounts;
    this.tokens = tokens;
    this.catalogue = catalogue;
    this.openSteps = openSteps;
    this.audit = audit;
  }

  @Transactional
  User create(CurrentUser admin, String phone, String name, Role role, List<String> specialties, String how) {
    User created = accounts.createStaff(phone, name, role, specialties);
    audit.record(admin, created.id(), created.name(), how, describe(created));
    return created;
  }

  User staffMember(String id) {
    return users.findById(id).filter(User::isStaff).orElseThrow(() -> ApiException.notFound("没有这个工作人员"));
  }

  @Transactional
  User edit(CurrentUser admin, String id, Edit edit) {
    User before = staffMember(id);
    String name = edit.name() == null ? before.name() : edit.name().strip();
    if (name.isEmpty()) {
      throw ApiException.invalid("name", "姓名不能为空");
    }
    Role role = edit.role() == null ? before.role() : edit.role();
    if (role == Role.USER) {
      throw ApiException.invalid("role", "只能是维修工（WORKER）、管理员（ADMIN）或仓库管理员（WAREHOUSE）");
    }
    List<String> specialties = edit.specialties() == null ? before.specialties() : specialties(edit.specialties());
    String phone = edit.phone() == null ? before.phone() : edit.phone();
    if (role != before.role()) {
      if (before.role() == Role.ADMIN && before.active()) {
        requireAnotherAdmin("不能取消最后一位在职管理员的管理员身份");
      }
      if (!openSteps.heldBy(id).isEmpty()) {
        throw ApiException.conflict("此人还有未完成的任务，请先转派再更改角色");
      }
    }
    try {
      users.updateStaff(id, phone, name, role, specialties);
    } catch (DuplicateKeyException taken) {
      throw ApiException.conflict("该手机号已有账号");
    }
    User after = staffMember(id);
    String changes = changes(before, after);
    if (!changes.isEmpty()) {
      audit.record(admin, id, after.name(), StaffAudit.UPDATED, changes);
    }
    return after;
  }

  /**
   * Ends every token (on this node at once, on the others within a second) and refuses every login
   * from now on; their open steps stay to be handed on.
   */
  @Transactional
  User deactivate(CurrentUser admin, String id) {
    User person = staffMember(id);
    if (person.id().equals(admin.id())) {
      throw ApiException.conflict("不能停用自己的账号");
    }
    if (!person.active()) {
      return person;
    }
    if (person.role() == Role.ADMIN) {
      requireAnotherAdmin("不能停用最后一位在职管理员");
    }
    users.setDeactivated(id, Instant.now());
    tokens.revokeAll(id);
    int open = openSteps.heldBy(id).size();
    audit.record(admin, id, person.name(), StaffAudit.DEACTIVATED, open == 0 ? null : "尚有" + open + "项任务待转派");
    return staffMember(id);
  }

  @Transactional
  User reactivate(CurrentUser admin, String id) {
    User person = staffMember(id);
    if (person.active()) {
      return person;
    }
    users.setDeactivated(id, null);
    audit.record(admin, id, person.name(), StaffAudit.REACTIVATED, null);
    return staffMember(id);
  }

  @Transactional
  OpenSteps.HeldStep reassign(CurrentUser admin, String fromId, String taskId, String toId) {
    User from = staffMember(fromId);
    OpenSteps.HeldStep step = openSteps.reassign(admin, fromId, taskId, toId);
    String to = users.findById(toId).map(User::name).orElse(toId);
    audit.record(admin, fromId, from.name(), StaffAudit.TASK_REASSIGNED,
        (step.number() == null ? "" : "报修单" + step.number() + "的") + "「" + step.stepName() + "」转给 " + to);
    return step;
  }

  /**
   * Locks the active admins and requires one besides the one losing the rights, so two admins doing
   * this to each other at once cannot leave the office without any.
   */
  private void requireAnotherAdmin(String refusal) {
    if (users.lockActiveAdmins() <= 1) {
      throw ApiException.conflict(refusal);
    }
  }

  List<String> specialties(List<String> codes) {
    List<String> distinct = codes.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
    for (String code : distinct) {
      if (!catalogue.exists(code)) {
        throw ApiException.invalid("specialties", "未知的报修类别：" + code);
      }
    }
    return distinct;
  }

  private String describe(User user) {
    return "%s，%s，%s%s".formatted(user.name(), user.phone(), roleName(user.role()),
        user.specialties().isEmpty() ? "" : "，专长 " + String.join("/", user.specialties()));
  }

  private static String changes(User before, User after) {
    List<String> changes = new ArrayList<>();
    change(changes, "姓名", before.name(), after.name());
    change(changes, "手机号", before.phone(), after.phone());
    change(changes, "角色", roleName(before.role()), roleName(after.role()));
    change(changes, "专长", String.join("/", before.specialties()), String.join("/", after.specialties()));
    return String.join("；", changes);
  }

  private static void change(List<String> changes, String what, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add("%s：%s → %s".formatted(what, before.isEmpty() ? "无" : before, after.isEmpty() ? "无" : after));
    }
  }

  static String roleName(Role role) {
    return switch (role) {
      case ADMIN -> "管理员";
      case WORKER -> "维修工";
      case WAREHOUSE -> "仓库管理员";
      default -> role.name();
    };
  }

  /** An admin's edit: null keeps a value. */
  record Edit(String phone, String name, Role role, List<String> specialties) {}
}
