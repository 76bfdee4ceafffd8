package cn.campus.repair.account;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.RacingInserts;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logging in, the profile, passwords and staff accounts. */
@Service
public class Accounts {

  /** Said for every failed login, so an answer never tells whether a phone has an account. */
  static final String BAD_CREDENTIALS = "手机号、验证码或密码不正确";

  /** Said only to someone who proved who they are (right code or password) but has left. */
  public static final String DEACTIVATED = "账号已停用，请联系后勤管理员";

  /**
   * Checked instead of a real hash when the phone has no password, so that answer takes as long as
   * a wrong password. A fixed hash of a discarded random secret, in the encoder's format and
   * strength (bcrypt-sha256, 10): encoding one at start-up cost the start a bcrypt run in the
   * interpreter.
   */
  static final String TIMING_DECOY_HASH =
      "{bcrypt-sha256}$2b$10$r.b4vDek19VNmDTTrokIiuWJIKPlaRGc0rAJvX.BUSaluKWuUV4wy";

  private final Users users;
  private final Tokens tokens;
  private final LoginCodes loginCodes;
  private final PasswordEncoder passwordEncoder;
  private final PasswordAttempts passwordAttempts;
  private final RacingInserts racingInserts;

  Accounts(Users users, Tokens tokens, LoginCodes loginCodes, PasswordEncoder passwordEncoder,
      PasswordAttempts passwordAttempts, RacingInserts racingInserts) {
    this.users = users;
    this.tokens = tokens;
    this.loginCodes = loginCodes;
    this.passwordEncoder = passwordEncoder;
    this.passwordAttempts = passwordAttempts;
    this.racingInserts = racingInserts;
  }

  /** A code login of an unknown phone creates a requester account. */
  public Session loginWithCode(String phone, String code) {
    if (!loginCodes.verify(phone, code)) {
      throw ApiException.unauthorized(BAD_CREDENTIALS);
    }
    User user = users.findByPhone(phone).orElseGet(() -> createRequester(phone));
    return open(requireActive(user));
  }

  /**
   * A phone that WeChat vouched for (the mini program's phone number button): a login like a code
   * login's, creating a requester account for an unknown phone.
   */
  public Session loginWithVerifiedPhone(String phone) {
    User user = users.findByPhone(phone).orElseGet(() -> createRequester(phone));
    return open(requireActive(user));
  }

  /** A session for an account another proof identified (a bound WeChat user); refused once deactivated. */
  public Session loginAs(String userId) {
    User user = users.findById(userId).orElseThrow(() -> ApiException.unauthorized(BAD_CREDENTIALS));
    return open(requireActive(user));
  }

  public Session loginWithPassword(String phone, String password) {
    refuseWhileLocked(phone, "，或用短信验证码登录");
    User user = users.findByPhone(phone).orElse(null);
    String hash = user == null || !user.hasPassword() ? TIMING_DECOY_HASH : user.passwordHash();
    boolean matches = passwordEncoder.matches(password, hash);
    if (user == null || !user.hasPassword() || !matches) {
      passwordAttempts.failed(phone);
      throw ApiException.unauthorized(BAD_CREDENTIALS);
    }
    passwordAttempts.succeeded(phone);
    if (passwordEncoder.upgradeEncoding(hash)) {
      // A hash of an older scheme (plain bcrypt) is replaced while the password is at hand.
      users.updatePasswordHash(user.id(), passwordEncoder.encode(password));
    }
    return open(requireActive(user));
  }

  private static User requireActive(User user) {
    if (!user.active()) {
      throw ApiException.forbidden(DEACTIVATED);
    }
    return user;
  }

  public User me(CurrentUser me) {
    return users.findById(me.id()).orElseThrow(() -> ApiException.unauthorized("请重新登录"));
  }

  @Transactional
  public User updateProfile(CurrentUser me, String name, String department, String address) {
    User current = me(me);
    if (name != null && name.isBlank()) {
      throw ApiException.invalid("name", "姓名不能为空");
    }
    users.updateProfile(
        me.id(),
        name != null ? name.strip() : current.name(),
        department != null ? department.strip() : current.department(),
        address != null ? address.strip() : current.address());
    return me(me);
  }

  /**
   * Sets or changes the password and ends the account's other sessions. A wrong current password
   * counts towards the same lock as a wrong login, so a stolen token cannot guess it any faster.
   */
  @Transactional
  public void changePassword(CurrentUser me, String currentPassword, String newPassword) {
    User user = me(me);
    if (user.hasPassword()) {
      refuseWhileLocked(user.phone(), "");
      if (currentPassword == null || currentPassword.isEmpty()) {
        throw ApiException.invalid("currentPassword", "请输入当前密码");
      }
      if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
        passwordAttempts.failed(user.phone());
        throw ApiException.invalid("currentPassword", "当前密码不正确");
      }
      passwordAttempts.succeeded(user.phone());
    }
    users.updatePasswordHash(user.id(), passwordEncoder.encode(newPassword));
    tokens.revokeOthers(user.id(), me.token());
  }

  /** A worker or admin account; the caller has checked the specialties against the categories. */
  @Transactional
  public User createStaff(String phone, String name, Role role, List<String> specialties) {
    if (role == Role.USER) {
      throw ApiException.invalid("role", "只能添加维修工（WORKER）、管理员（ADMIN）或仓库管理员（WAREHOUSE）");
    }
    List<String> codes = specialties == null ? List.of() : specialties.stream().distinct().toList();
    try {
      return users.create(phone, name.strip(), role, codes);
    } catch (DuplicateKeyException taken) {
      throw ApiException.conflict("该手机号已有账号");
    }
  }

  public void logout(CurrentUser me) {
    tokens.revoke(me.token());
  }

  /** 429 while wrong passwords have locked the phone's password checks. */
  private void refuseWhileLocked(String phone, String alternative) {
    passwordAttempts.lockedFor(phone).ifPresent(lock -> {
      throw ApiException.tooManyRequests(
          "密码错误次数过多，请" + (lock.toMinutes() + 1) + "分钟后再试" + alternative, lock.toSeconds() + 1);
    });
  }

  private User createRequester(String phone) {
    // Under a savepoint: a login inside a larger transaction (binding a WeChat user) survives losing
    // the race to create the account, which on PostgreSQL would otherwise doom that transaction.
    racingInserts.insert(() -> users.create(phone, "用户" + phone.substring(7), Role.USER, List.of()));
    return users.findByPhone(phone).orElseThrow();
  }

  private Session open(User user) {
    Tokens.IssuedToken token = tokens.issue(user.id());
    return new Session(token.token(), token.expiresAt(), UserView.of(user));
  }

  public record Session(String token, java.time.Instant expiresAt, UserView user) {}
}
