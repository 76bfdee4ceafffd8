package cn.campus.repair.outage;

import cn.campus.repair.common.Times;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code outage_notice} and {@code outage_follower}. */
@Repository
class NoticeRows {

  private static final String COLUMNS = """
      id, building_id, area_id, place_name, category_code, reason, starts_at, ends_at, posted_by, created_at,
      ended_at, end_reason, follower_count""";

  private final JdbcClient jdbc;

  NoticeRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Notice notice) {
    jdbc.sql("""
            INSERT INTO outage_notice (id, building_id, area_id, place_name, category_code, reason, starts_at, ends_at,
              posted_by, created_at, follower_count)
            VALUES (:id, :buildingId, :areaId, :placeName, :category, :reason, :startsAt, :endsAt, :postedBy, :createdAt, 0)""")
        .param("id", notice.id())
        .param("buildingId", notice.buildingId())
        .param("areaId", notice.areaId())
        .param("placeName", notice.placeName())
        .param("category", notice.categoryCode())
        .param("reason", notice.reason())
        .param("startsAt", Times.toDb(notice.startsAt()))
        .param("endsAt", Times.toDb(notice.endsAt()))
        .param("postedBy", notice.postedBy())
        .param("createdAt", Times.toDb(notice.createdAt()))
        .update();
  }

  Optional<Notice> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM outage_notice WHERE id = :id")
        .param("id", id)
        .query(NoticeRows::map)
        .optional();
  }

  /**
   * The notices in force at {@code now}, newest first: for the building or its area when one is
   * given, of the category when one is given. Found through the few not yet ended.
   */
  List<Notice> active(Instant now, String buildingId, String areaId, String categoryCode) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
        + " FROM outage_notice WHERE ended_at IS NULL AND ends_at > :now AND starts_at <= :now");
    if (buildingId != null) {
      sql.append(" AND (building_id = :buildingId OR area_id = :areaId)");
    }
    if (categoryCode != null) {
      sql.append(" AND category_code = :category");
    }
    sql.append(" ORDER BY created_at DESC, id DESC");
    return jdbc.sql(sql.toString())
        .param("now", Times.toDb(now))
        .param("buildingId", buildingId)
        .param("areaId", areaId)
        .param("category", categoryCode)
        .query(NoticeRows::map)
        .list();
  }

  /** Every notice, newest first, a page at a time: the admins' list. */
  List<Notice> recent(int page, int size) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM outage_notice ORDER BY created_at DESC, id DESC"
            + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
        .param("offset", (long) page * size)
        .param("size", size)
        .query(NoticeRows::map)
        .list();
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM outage_notice").query(Long.class).single();
  }

  /** Ends the notice if nobody ended it before: true for the one caller that did, on any node. */
  boolean end(String id, Instant at, String reason) {
    return jdbc.sql("UPDATE outage_notice SET ended_at = :at, end_reason = :reason WHERE id = :id AND ended_at IS NULL")
        .param("at", Times.toDb(at))
        .param("reason", reason)
        .param("id", id)
        .update() == 1;
  }

  /** The notices past their end that nobody has ended yet. */
  List<String> expired(Instant now) {
    return jdbc.sql("SELECT id FROM outage_notice WHERE ended_at IS NULL AND ends_at <= :now ORDER BY ends_at")
        .param("now", Times.toDb(now))
        .query(String.class)
        .list();
  }

  /**
   * Locks a notice still in force until the transaction ends; false when it has ended (or does not
   * exist). A follow and the notice's end are served one after the other: a follower either is on
   * the list the end texts, or is refused.
   */
  boolean lockOpen(String id) {
    return jdbc.sql("UPDATE outage_notice SET follower_count = follower_count WHERE id = :id AND ended_at IS NULL")
        .param("id", id)
        .update() == 1;
  }

  boolean follows(String id, String userId) {
    return jdbc.sql("SELECT COUNT(*) FROM outage_follower WHERE notice_id = :id AND user_id = :userId")
        .param("id", id)
        .param("userId", userId)
        .query(Long.class)
        .single() > 0;
  }

  Set<String> followedAmong(String userId, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("SELECT notice_id FROM outage_follower WHERE user_id = :userId AND notice_id IN (:ids)")
        .param("userId", userId)
        .param("ids", ids)
        .query(String.class)
        .list());
  }

  /** With the notice locked: false when they already follow it. */
  boolean addFollower(String id, String userId) {
    if (follows(id, userId)) {
      return false;
    }
    jdbc.sql("INSERT INTO outage_follower (notice_id, user_id, created_at) VALUES (:id, :userId, :now)")
        .param("id", id)
        .param("userId", userId)
        .param("now", Times.toDb(Instant.now()))
        .update();
    count(id, 1);
    return true;
  }

  boolean removeFollower(String id, String userId) {
    int removed = jdbc.sql("DELETE FROM outage_follower WHERE notice_id = :id AND user_id = :userId")
        .param("id", id)
        .param("userId", userId)
        .update();
    if (removed > 0) {
      count(id, -removed);
    }
    return removed > 0;
  }

  private void count(String id, int change) {
    jdbc.sql("UPDATE outage_notice SET follower_count = follower_count + :change WHERE id = :id")
        .param("change", change)
        .param("id", id)
        .update();
  }

  /** Each follower's account and phone. */
  List<Follower> followers(String id) {
    return jdbc.sql("""
            SELECT f.user_id, u.phone FROM outage_follower f JOIN app_user u ON u.id = f.user_id
            WHERE f.notice_id = :id ORDER BY f.created_at, f.user_id""")
        .param("id", id)
        .query((rs, i) -> new Follower(rs.getString("user_id"), rs.getString("phone")))
        .list();
  }

  record Follower(String userId, String phone) {}

  private static Notice map(ResultSet rs, int row) throws SQLException {
    return new Notice(rs.getString("id"), rs.getString("building_id"), rs.getString("area_id"),
        rs.getString("place_name"), rs.getString("category_code"), rs.getString("reason"),
        Times.fromDb(rs.getTimestamp("starts_at")), Times.fromDb(rs.getTimestamp("ends_at")),
        rs.getString("posted_by"), Times.fromDb(rs.getTimestamp("created_at")),
        Times.fromDb(rs.getTimestamp("ended_at")), rs.getString("end_reason"), rs.getInt("follower_count"));
  }
}
