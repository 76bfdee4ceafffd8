package cn.campus.repair.account;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the bearer token of the call being served. */
public record CurrentUser(String id, Role role, String name, String phone, String token) {

  public boolean is(Role expected) {
    return role == expected;
  }

  /** The caller of the API call this thread is serving, if it is one and came with a valid token. */
  public static Optional<CurrentUser> ofThisCall() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser me
        ? Optional.of(me) : Optional.empty();
  }
}
