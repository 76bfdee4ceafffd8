package cn.campus.repair.account;

import java.util.List;

/**
 * An account as stored; {@code passwordHash} is null until the person sets a password, and {@code
 * active} is false once an admin deactivated it (a person who left: no login, no token, no tasks).
 */
public record User(
    String id,
    String phone,
    String name,
    Role role,
    String department,
    String address,
    List<String> specialties,
    String passwordHash,
    boolean active) {

  public User {
    specialties = specialties == null ? List.of() : List.copyOf(specialties);
  }

  public User(String id, String phone, String name, Role role, String department, String address,
      List<String> specialties, String passwordHash) {
    this(id, phone, name, role, department, address, specialties, passwordHash, true);
  }

  /** Workers and admins: the people the office manages, who work in Tasklist. */
  public boolean isStaff() {
    return role != Role.USER;
  }

  public boolean hasPassword() {
    return passwordHash != null;
  }
}
