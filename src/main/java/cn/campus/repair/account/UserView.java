package cn.campus.repair.account;

import java.util.List;

/** The contract's {@code user}: what a person sees of their own or a staff account. */
public record UserView(
    String id,
    String phone,
    String name,
    Role role,
    String department,
    String address,
    List<String> specialties,
    boolean hasPassword) {

  public static UserView of(User user) {
    return new UserView(
        user.id(),
        user.phone(),
        user.name(),
        user.role(),
        user.department(),
        user.address(),
        user.specialties(),
        user.hasPassword());
  }
}
