package cn.campus.repair.identity;

import cn.campus.repair.account.PasswordAttempts;
import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Finds accounts the way Camunda asks for them. A person logs into the webapps with their phone,
 * while the model assigns tasks to account ids: both name the same account here, and Camunda's
 * login then carries on with the id it reads back, so "my tasks" are the tasks assigned to them.
 */
@Component
class AccountDirectory {

  private final Users users;
  private final PasswordEncoder passwordEncoder;
  private final PasswordAttempts passwordAttempts;

  AccountDirectory(Users users, PasswordEncoder passwordEncoder, PasswordAttempts passwordAttempts) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.passwordAttempts = passwordAttempts;
  }

  Optional<User> find(String idOrPhone) {
    if (idOrPhone == null || idOrPhone.isBlank()) {
      return Optional.empty();
    }
    return users.findById(idOrPhone).or(() -> users.findByPhone(idOrPhone));
  }

  Optional<User> findById(String id) {
    return id == null || id.isBlank() ? Optional.empty() : users.findById(id);
  }

  /**
   * A webapp login; wrong passwords count towards the same lock as the mini program's. Only staff
   * work in the webapps: a requester's login fails as a wrong password does, even with the right
   * one (which neither counts towards the lock nor resets it), so that no webapp, not even the
   * welcome page every logged-in person may open, lets a requester in.
   */
  boolean checkPassword(String idOrPhone, String password) {
    // A deactivated account is refused before its password is checked, as a locked one is.
    Optional<User> account = find(idOrPhone).filter(User::hasPassword).filter(User::active);
    if (password == null || account.isEmpty() || passwordAttempts.lockedFor(account.get().phone()).isPresent()) {
      return false;
    }
    boolean right = passwordEncoder.matches(password, account.get().passwordHash());
    if (!right) {
      passwordAttempts.failed(account.get().phone());
      return false;
    }
    if (!isStaff(account.get())) {
      return false;
    }
    passwordAttempts.succeeded(account.get().phone());
    return true;
  }

  /** Someone who may work in the webapps now: a worker, keeper or admin who has not left. */
  static boolean isStaff(User account) {
    return account.role() != Role.USER && account.active();
  }

  List<User> members(CamundaGroup group) {
    return users.findByRole(group.role());
  }

  /** Listing every account would list every student; the webapps only ever need the staff. */
  List<User> staff() {
    return Stream.of(Role.ADMIN, Role.WORKER, Role.WAREHOUSE).flatMap(role -> users.findByRole(role).stream()).toList();
  }
}
