package cn.campus.repair.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bearer tokens this node checked lately (a second by default), so that the calls a person
 * makes one after another cost one token lookup, not one each.
 *
 * <p>What it promises: this node refuses a token at once when it revokes the token or changes its
 * account itself (logout, password change, deactivation, a new role or name), and honours what
 * another node did, or what was done in the database directly, within {@code remembered-for}.
 * To keep the first promise, a change forgets here twice: when it is made, and when its transaction
 * has ended, since a lookup on another thread meanwhile still read the row as it was. An answer
 * read while a forgetting happened is not remembered: remembering and forgetting take turns under
 * one lock, and a remembering whose lookup began before the latest forgetting is dropped.
 */
@Component
public class RecentTokens {

  private final Cache<String, Checked> byHash;
  private final Object turns = new Object();
  /** Counts forgettings; a lookup notes it before asking the database. Written under {@link #turns}. */
  private volatile long forgettings;

  RecentTokens(@Value("${repair.tokens.remembered-for}") Duration rememberedFor,
      @Value("${repair.tokens.remembered-at-most}") long rememberedAtMost) {
    this.byHash = Caffeine.newBuilder().expireAfterWrite(rememberedFor).maximumSize(rememberedAtMost).build();
  }

  /**
   * The account behind a token (by its hash): remembered if it was checked lately and has not
   * expired since, otherwise what {@code lookup} finds, remembered unless something was forgotten
   * meanwhile. A token the lookup does not find is not remembered: it is refused by the database
   * each time, as before.
   */
  Optional<User> account(String hash, Instant now, Supplier<Optional<Checked>> lookup) {
    Checked known = byHash.getIfPresent(hash);
    if (known != null && known.expiresAt().isAfter(now)) {
      return Optional.of(known.user());
    }
    long before = forgettings;
    Optional<Checked> found = lookup.get();
    found.ifPresent(checked -> remember(hash, checked, before));
    return found.map(Checked::user);
  }

  /** A token revoked (logout). */
  void forgetToken(String hash) {
    forget(() -> byHash.invalidate(hash));
  }

  /** Every token of an account whose sessions ended or whose row changed. */
  void forgetAccount(String userId) {
    forget(() -> byHash.asMap().values().removeIf(checked -> checked.user().id().equals(userId)));
  }

  private void remember(String hash, Checked checked, long forgettingsBefore) {
    synchronized (turns) {
      if (forgettings == forgettingsBefore) {
        byHash.put(hash, checked);
      }
    }
  }

  /**
   * Forgets now and, inside a transaction, again once it has ended (committed or not: forgetting
   * too much only costs a lookup). Outside one the change is committed already.
   */
  private void forget(Runnable removal) {
    forgetNow(removal);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          forgetNow(removal);
        }
      });
    }
  }

  private void forgetNow(Runnable removal) {
    synchronized (turns) {
      forgettings++;
      removal.run();
    }
  }

  /** A token found live: its account as it was read, and when the token expires. */
  record Checked(User user, Instant expiresAt) {}
}
