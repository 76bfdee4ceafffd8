package cn.campus.repair.wechat;

import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.campus.repair.common.Times;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * WxJava's configuration with the access token kept in the {@code wechat_access_token} row every
 * node reads. Fetching a token invalidates the one before it after a few minutes, so nodes must not
 * each fetch their own: WxJava refreshes under {@link #getAccessTokenLock()}, which here is a lease
 * on the row (owner and time), so one node refreshes and the others, waiting on the lease, find the
 * fresh token when it ends. A token WeChat called expired (40001) is marked expired only if it is
 * still the stored one, so a node does not throw away the token another just fetched.
 *
 * <p>Every statement commits at once, outside any transaction of the caller: the lease and the
 * token must be seen by the other nodes while the caller's work goes on.
 */
class SharedAccessToken extends WxMaDefaultConfigImpl {

  /** WeChat's token lasts 7200 s; it is renewed this much earlier, before any call can meet its end. */
  private static final Duration EARLY = Duration.ofMinutes(5);
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final long WAIT_STEP_MILLIS = 50;

  private final transient JdbcClient jdbc;
  private final transient TransactionTemplate autonomous;
  private final String node = ManagementFactory.getRuntimeMXBean().getName();

  SharedAccessToken(JdbcClient jdbc, PlatformTransactionManager transactions, String appId) {
    this.jdbc = jdbc;
    this.autonomous = new TransactionTemplate(transactions);
    this.autonomous.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    setAppid(appId);
    setAccessTokenLock(new Lease());
    ensureRow();
  }

  private void ensureRow() {
    try {
      autonomous.executeWithoutResult(status -> {
        if (jdbc.sql("SELECT COUNT(*) FROM wechat_access_token WHERE app_id = :app").param("app", getAppid())
            .query(Integer.class).single() == 0) {
          jdbc.sql("INSERT INTO wechat_access_token (app_id) VALUES (:app)").param("app", getAppid()).update();
        }
      });
    } catch (DuplicateKeyException anotherNodeMadeIt) {
      // Nodes starting together: the row exists, which is all that was wanted.
    }
  }

  @Override
  public String getAccessToken() {
    return autonomous.execute(status -> jdbc.sql("SELECT token FROM wechat_access_token WHERE app_id = :app")
        .param("app", getAppid()).query(String.class).optional().orElse(null));
  }

  @Override
  public boolean isAccessTokenExpired() {
    Instant expires = autonomous.execute(status -> jdbc.sql("""
            SELECT expires_at FROM wechat_access_token WHERE app_id = :app AND token IS NOT NULL""")
        .param("app", getAppid())
        .query((rs, i) -> Times.fromDb(rs.getTimestamp(1)))
        .optional()
        .orElse(null));
    return expires == null || !Instant.now().isBefore(expires);
  }

  @Override
  public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
    Instant expires = Instant.now().plusSeconds(expiresInSeconds).minus(EARLY);
    autonomous.executeWithoutResult(status -> jdbc.sql("""
            UPDATE wechat_access_token SET token = :token, expires_at = :expires WHERE app_id = :app""")
        .param("token", accessToken)
        .param("expires", Times.toDb(expires))
        .param("app", getAppid())
        .update());
  }

  @Override
  public void expireAccessToken() {
    autonomous.executeWithoutResult(status -> jdbc.sql("""
            UPDATE wechat_access_token SET expires_at = :past WHERE app_id = :app""")
        .param("past", Times.toDb(Instant.EPOCH))
        .param("app", getAppid())
        .update());
  }

  /**
   * The row's lease as a {@link Lock}: held by one thread of one node at a time, and given up by
   * itself after {@link #LEASE} should its node die while refreshing.
   */
  private final class Lease implements Lock {

    private String owner() {
      return node + "/" + Thread.currentThread().getId();
    }

    @Override
    public boolean tryLock() {
      Instant now = Instant.now();
      return autonomous.execute(status -> jdbc.sql("""
              UPDATE wechat_access_token SET lock_owner = :owner, lock_until = :until
              WHERE app_id = :app AND (lock_until IS NULL OR lock_until < :now OR lock_owner = :owner)""")
          .param("owner", owner())
          .param("until", Times.toDb(now.plus(LEASE)))
          .param("now", Times.toDb(now))
          .param("app", getAppid())
          .update()) == 1;
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
      long deadline = System.nanoTime() + unit.toNanos(time);
      while (!tryLock()) {
        if (System.nanoTime() >= deadline) {
          return false;
        }
        Thread.sleep(WAIT_STEP_MILLIS);
      }
      return true;
    }

    @Override
    public void lock() {
      while (!tryLock()) {
        try {
          Thread.sleep(WAIT_STEP_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for the WeChat access token lease", e);
        }
      }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
      while (!tryLock()) {
        Thread.sleep(WAIT_STEP_MILLIS);
      }
    }

    @Override
    public void unlock() {
      autonomous.executeWithoutResult(status -> jdbc.sql("""
              UPDATE wechat_access_token SET lock_owner = NULL, lock_until = NULL
              WHERE app_id = :app AND lock_owner = :owner""")
          .param("owner", owner())
          .param("app", getAppid())
          .update());
    }

    @Override
    public Condition newCondition() {
      throw new UnsupportedOperationException("The access token lease has no conditions");
    }
  }
}
