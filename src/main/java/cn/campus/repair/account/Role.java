package cn.campus.repair.account;

public enum Role {
  USER,
  WORKER,
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }
}
