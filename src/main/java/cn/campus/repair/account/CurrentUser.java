package cn.campus.repair.account;

/** The person behind the bearer token of the call being served. */
public record CurrentUser(String id, Role role, String name, String phone, String token) {

  public boolean is(Role expected) {
    return role == expected;
  }
}
