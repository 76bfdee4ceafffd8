package cn.campus.repair.account;

import java.util.List;

/** An account as stored; {@code passwordHash} is null until the person sets a password. */
public record User(
    String id,
    String phone,
    String name,
    Role role,
    String department,
    String address,
    List<String> specialties,
    String passwordHash) {

  public User {
    specialties = specialties == null ? List.of() : List.copyOf(specialties);
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }
}
