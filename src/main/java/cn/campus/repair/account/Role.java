package cn.campus.repair.account;

public enum Role {
  USER,
  WORKER,
  ADMIN,
  /** A warehouse keeper: prepares and issues parts, receives and counts stock. Created by admins. */
  WAREHOUSE;

  public String authority() {
    return "ROLE_" + name();
  }
}
