package cn.campus.repair.request;

import cn.campus.repair.common.Times;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code request_follower}: the people who follow a request instead of reporting its fault again,
 * and the count on the request's row that lists sort by. Every change runs with the request's row
 * locked ({@link RequestRows#lock}), so a check followed by an insert never races another follow of
 * the same request, and the count always equals the rows.
 */
@Repository
class FollowerRows {

  private final JdbcClient jdbc;

  FollowerRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean follows(String requestId, String userId) {
    return jdbc.sql("SELECT COUNT(*) FROM request_follower WHERE request_id = :requestId AND user_id = :userId")
        .param("requestId", requestId)
        .param("userId", userId)
        .query(Long.class)
        .single() > 0;
  }

  /** Of {@code requestIds}, those {@code userId} follows. */
  Set<String> followedAmong(String userId, Collection<String> requestIds) {
    if (requestIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("""
            SELECT request_id FROM request_follower WHERE user_id = :userId AND request_id IN (:ids)""")
        .param("userId", userId)
        .param("ids", requestIds)
        .query(String.class)
        .list());
  }

  /** Adds the follower; false when they already follow it. The request's row must be locked. */
  boolean add(String requestId, String userId) {
    if (follows(requestId, userId)) {
      return false;
    }
    jdbc.sql("INSERT INTO request_follower (request_id, user_id, created_at) VALUES (:requestId, :userId, :now)")
        .param("requestId", requestId)
        .param("userId", userId)
        .param("now", Times.toDb(Instant.now()))
        .update();
    count(requestId, 1);
    return true;
  }

  /** Removes the follower; false when they did not follow it. The request's row must be locked. */
  boolean remove(String requestId, String userId) {
    int removed = jdbc.sql("DELETE FROM request_follower WHERE request_id = :requestId AND user_id = :userId")
        .param("requestId", requestId)
        .param("userId", userId)
        .update();
    if (removed > 0) {
      count(requestId, -removed);
    }
    return removed > 0;
  }

  private void count(String requestId, int change) {
    jdbc.sql("UPDATE repair_request SET follower_count = follower_count + :change WHERE id = :id")
        .param("change", change)
        .param("id", requestId)
        .update();
  }

  /** The request's follower count as it is in the database now (the row read before a change is stale). */
  int count(String requestId) {
    return jdbc.sql("SELECT follower_count FROM repair_request WHERE id = :id")
        .param("id", requestId)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  List<String> followers(String requestId) {
    return jdbc.sql("SELECT user_id FROM request_follower WHERE request_id = :requestId ORDER BY created_at, user_id")
        .param("requestId", requestId)
        .query(String.class)
        .list();
  }

  /**
   * The followers not yet told that the request was fixed, with their phones, now marked told: in
   * the caller's transaction, so a rolled-back completion tells nobody and a second completion (a
   * rework) tells only those who followed since.
   */
  List<Untold> takeUntold(String requestId) {
    List<Untold> untold = jdbc.sql("""
            SELECT f.user_id, u.phone FROM request_follower f JOIN app_user u ON u.id = f.user_id
            WHERE f.request_id = :requestId AND f.told_at IS NULL ORDER BY f.created_at, f.user_id""")
        .param("requestId", requestId)
        .query((rs, i) -> new Untold(rs.getString("user_id"), rs.getString("phone")))
        .list();
    if (!untold.isEmpty()) {
      jdbc.sql("UPDATE request_follower SET told_at = :now WHERE request_id = :requestId AND told_at IS NULL")
          .param("now", Times.toDb(Instant.now()))
          .param("requestId", requestId)
          .update();
    }
    return untold;
  }

  record Untold(String userId, String phone) {}

  /** The ids of the requests {@code userId} follows, newest follow first, one page. */
  List<String> followedBy(String userId, int page, int size) {
    return jdbc.sql("""
            SELECT request_id FROM request_follower WHERE user_id = :userId
            ORDER BY user_id DESC, created_at DESC, request_id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY""")
        .param("userId", userId)
        .param("offset", (long) page * size)
        .param("size", size)
        .query(String.class)
        .list();
  }

  long countFollowedBy(String userId) {
    return jdbc.sql("SELECT COUNT(*) FROM request_follower WHERE user_id = :userId")
        .param("userId", userId)
        .query(Long.class)
        .single();
  }
}
