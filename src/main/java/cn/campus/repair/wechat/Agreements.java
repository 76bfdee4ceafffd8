package cn.campus.repair.wechat;

import cn.campus.repair.common.RacingInserts;
import cn.campus.repair.common.Times;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code wechat_agreement}: how many subscribe messages of each template a person allowed and we
 * have not used. WeChat grants one message per "accept" of {@code wx.requestSubscribeMessage}; the
 * count is capped, as nobody reads a pile of old agreements as wanting fifty messages.
 */
@Repository
class Agreements {

  static final int MOST = 20;

  private final JdbcClient jdbc;
  private final RacingInserts racingInserts;

  Agreements(JdbcClient jdbc, RacingInserts racingInserts) {
    this.jdbc = jdbc;
    this.racingInserts = racingInserts;
  }

  void granted(String userId, String template) {
    Instant now = Instant.now();
    if (add(userId, template, now) == 0) {
      boolean inserted = racingInserts.insert(() -> jdbc.sql("""
              INSERT INTO wechat_agreement (user_id, template, remaining, updated_at) VALUES (:user, :template, 1, :now)""")
          .param("user", userId).param("template", template).param("now", Times.toDb(now)).update());
      if (!inserted) {
        add(userId, template, now);
      }
    }
  }

  private int add(String userId, String template, Instant now) {
    return jdbc.sql("""
            UPDATE wechat_agreement SET remaining = CASE WHEN remaining < :most THEN remaining + 1 ELSE remaining END,
              updated_at = :now
            WHERE user_id = :user AND template = :template""")
        .param("most", MOST).param("user", userId).param("template", template).param("now", Times.toDb(now))
        .update();
  }

  /** Uses one agreement; false when none is left (two messages at once cannot both use the last). */
  boolean use(String userId, String template) {
    return jdbc.sql("""
            UPDATE wechat_agreement SET remaining = remaining - 1, updated_at = :now
            WHERE user_id = :user AND template = :template AND remaining > 0""")
        .param("user", userId).param("template", template).param("now", Times.toDb(Instant.now()))
        .update() == 1;
  }

  /** WeChat said the person has none left (43101): ours were stale. */
  void noneLeft(String userId, String template) {
    jdbc.sql("UPDATE wechat_agreement SET remaining = 0, updated_at = :now WHERE user_id = :user AND template = :template")
        .param("user", userId).param("template", template).param("now", Times.toDb(Instant.now())).update();
  }

  void forget(String userId) {
    jdbc.sql("DELETE FROM wechat_agreement WHERE user_id = :user").param("user", userId).update();
  }

  Map<String, Integer> of(String userId) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.sql("SELECT template, remaining FROM wechat_agreement WHERE user_id = :user ORDER BY template")
        .param("user", userId)
        .query((rs, i) -> counts.put(rs.getString(1), rs.getInt(2)))
        .list();
    return counts;
  }
}
