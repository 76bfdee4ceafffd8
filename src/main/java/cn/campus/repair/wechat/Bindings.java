package cn.campus.repair.wechat;

import cn.campus.repair.common.Times;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code wechat_binding}: which openid is which account. The table's keys keep it one to one even
 * when two logins bind at once; the loser's insert fails and its caller answers 409.
 */
@Repository
class Bindings {

  private final JdbcClient jdbc;

  Bindings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> userOf(String openid) {
    return jdbc.sql("SELECT user_id FROM wechat_binding WHERE openid = :openid")
        .param("openid", openid).query(String.class).optional();
  }

  Optional<Binding> of(String userId) {
    return jdbc.sql("SELECT openid, bound_at FROM wechat_binding WHERE user_id = :user")
        .param("user", userId)
        .query((rs, i) -> new Binding(rs.getString(1), Times.fromDb(rs.getTimestamp(2))))
        .optional();
  }

  /**
   * Binds {@code openid} to the account, replacing what either had before: the person proved the
   * account's phone from this WeChat, which is the binding they mean now.
   */
  void bind(String openid, String userId) {
    jdbc.sql("DELETE FROM wechat_binding WHERE openid = :openid OR user_id = :user")
        .param("openid", openid).param("user", userId).update();
    jdbc.sql("INSERT INTO wechat_binding (openid, user_id, bound_at) VALUES (:openid, :user, :now)")
        .param("openid", openid).param("user", userId).param("now", Times.toDb(Instant.now())).update();
  }

  boolean unbind(String userId) {
    return jdbc.sql("DELETE FROM wechat_binding WHERE user_id = :user").param("user", userId).update() == 1;
  }

  record Binding(String openid, Instant boundAt) {}
}
