package cn.campus.repair.account;

import cn.campus.repair.common.PhoneNumbers;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure the first admin exists before the service answers anyone, so a new installation can be
 * logged into at all, and only by whoever can read its start-up log or its data folder.
 *
 * <p>The password is {@code REPAIR_ADMIN_PASSWORD} when set; otherwise a random one, printed once in
 * the log and kept in {@code repair.bootstrap-admin.password-file} (there is no known password to
 * try). Only a new admin gets it: the admin changes it afterwards, and a later start with
 * {@code REPAIR_ADMIN_PASSWORD} still set (production always sets it) must not silently undo that
 * change. Resetting is asked for explicitly with {@code repair.bootstrap-admin.reset-password=true}
 * for one start; it also ends the admin's sessions and lifts a lock left by wrong passwords (the
 * reset is how an operator gets back in after one).
 *
 * <p>Nodes starting at once on an empty database: the account, its password and the file are one
 * transaction, and the phone is unique, so one node creates the admin and the others see the
 * duplicate and print nothing.
 */
@Component
class BootstrapAdmin implements SmartLifecycle {

  /**
   * Lifecycle beans start in phase order, and Spring Boot starts the web server (opens the port) in
   * phase {@code Integer.MAX_VALUE - 2048}: the admin, and its line in the log, come before that. An
   * {@code ApplicationRunner} ran after it, when people could already call the service.
   */
  static final int PHASE = 0;

  // Letters and digits without look-alikes (0/O, 1/l/I), grouped by 4: easy to copy by hand.
  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final int GROUPS = 5;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

  private final Users users;
  private final Tokens tokens;
  private final PasswordAttempts passwordAttempts;
  private final PasswordEncoder passwordEncoder;
  private final TransactionTemplate transactions;
  private final BootstrapAdminProperties settings;
  private final AdminPasswordFile passwordFile;
  private volatile boolean running;

  BootstrapAdmin(Users users, Tokens tokens, PasswordAttempts passwordAttempts, PasswordEncoder passwordEncoder,
      PlatformTransactionManager transactionManager, BootstrapAdminProperties settings) {
    this.users = users;
    this.tokens = tokens;
    this.passwordAttempts = passwordAttempts;
    this.passwordEncoder = passwordEncoder;
    this.transactions = new TransactionTemplate(transactionManager);
    this.settings = settings;
    this.passwordFile = new AdminPasswordFile(settings.passwordFile());
  }

  @Override
  public void start() {
    ensureAdmin();
    running = true;
  }

  void ensureAdmin() {
    User existing = users.findByPhone(settings.phone()).orElse(null);
    if (existing == null) {
      create();
    } else if (existing.role() != Role.ADMIN) {
      log.warn("{} is a {} account: no admin was created for repair.bootstrap-admin.phone.",
          PhoneNumbers.mask(settings.phone()), existing.role());
    } else if (settings.resetPassword()) {
      reset(existing);
    } else {
      log.info("Admin account {} is ready.", PhoneNumbers.mask(settings.phone()));
    }
  }

  private void create() {
    String password = password();
    try {
      store(password, () -> {
        User admin = users.create(settings.phone(), settings.name(), Role.ADMIN, List.of());
        users.updatePasswordHash(admin.id(), passwordEncoder.encode(password));
      });
    } catch (DataAccessException e) {
      // The phone is unique: PostgreSQL answers the second insert with a duplicate key once the first
      // commits, H2 may answer with a concurrent update. Either way, another node made the admin.
      if (users.findByPhone(settings.phone()).isPresent()) {
        log.info("Admin account {} was created by another node.", PhoneNumbers.mask(settings.phone()));
        return;
      }
      throw e;
    }
    announce("首个管理员已创建 / The first admin account was created", password);
  }

  private void reset(User admin) {
    String password = password();
    store(password, () -> {
      users.updatePasswordHash(admin.id(), passwordEncoder.encode(password));
      tokens.revokeAll(admin.id());
      passwordAttempts.forget(admin.phone());
    });
    announce("管理员密码已重置 / The admin's password was reset (repair.bootstrap-admin.reset-password: "
        + "unset it now, or the next start resets it again)", password);
  }

  /**
   * The change and, for a generated password, the file, together: the file is written inside the
   * transaction, so when it cannot be written nothing changes and the start fails saying why, and it
   * is removed again if the transaction does not commit.
   */
  private void store(String password, Runnable change) {
    AtomicBoolean kept = new AtomicBoolean();
    try {
      transactions.executeWithoutResult(tx -> {
        change.run();
        if (settings.generatesPassword()) {
          passwordFile.write(password);
          kept.set(true);
        }
      });
    } catch (RuntimeException e) {
      if (kept.get()) {
        passwordFile.deleteQuietly();
      }
      throw e;
    }
  }

  private String password() {
    if (settings.generatesPassword()) {
      return generatePassword();
    }
    // The same rule as a password set through the API, so the admin can change it the same way.
    int length = settings.password().length();
    if (length < 8 || length > 64) {
      throw new IllegalStateException("REPAIR_ADMIN_PASSWORD must be 8 to 64 characters long (it has " + length + ").");
    }
    return settings.password();
  }

  private void announce(String what, String password) {
    if (!settings.generatesPassword()) {
      log.info("{}: phone {}, password as configured (REPAIR_ADMIN_PASSWORD).", what, settings.phone());
      return;
    }
    String rule = "*".repeat(78);
    log.info("""

        {}
        {}
          phone    {}
          password {}
        Shown only this once. It is also kept in {} (readable by its owner only).
        Log in with it, change it (mini program: 个人中心 → 修改密码; or PUT /api/me/password), then delete that file.
        {}""", rule, what, settings.phone(), password, passwordFile.path(), rule);
  }

  /** 20 characters from a 56-letter alphabet (about 116 bits), as {@code xxxx-xxxx-xxxx-xxxx-xxxx}. */
  static String generatePassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < GROUPS * 4; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return password.toString();
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
