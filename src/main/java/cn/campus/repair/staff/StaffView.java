package cn.campus.repair.staff;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import java.util.List;

/** A staff account as admins see it in the staff list: the contract's {@code user} and whether it is active. */
record StaffView(
    String id,
    String phone,
    String name,
    Role role,
    String department,
    List<String> specialties,
    boolean hasPassword,
    boolean active) {

  static StaffView of(User user) {
    return new StaffView(user.id(), user.phone(), user.name(), user.role(), user.department(), user.specialties(),
        user.hasPassword(), user.active());
  }
}
