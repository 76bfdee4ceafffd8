package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Times;
import cn.campus.repair.places.Places;
import cn.campus.repair.process.ProcessStatuses;
import cn.campus.repair.process.RepairProcess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open requests that are probably the fault someone is about to report: same category, and the
 * same asset (or the room itself), the same room, or, for a category whose faults affect a whole
 * building ({@link Category#buildingWide()}: hot water, a power cut), anywhere in the building. Only
 * requests whose repair is still to come: one waiting for its rating or a revisit was fixed. Advice
 * for the mini program before it sends a report, never a lock: two people reporting at once both
 * succeed. One query on {@code (building_id, category_code, status)}: a building's open requests of
 * one category are few whatever the length of the history.
 */
@Component
class Duplicates {

  /** A report page shows a few cards; the most followed first. */
  static final int LIMIT = 5;

  private final JdbcClient jdbc;
  private final Places places;
  private final Catalogue catalogue;
  private final ProcessStatuses vocabulary;
  private final FollowerRows followers;

  Duplicates(JdbcClient jdbc, Places places, Catalogue catalogue, ProcessStatuses vocabulary, FollowerRows followers) {
    this.jdbc = jdbc;
    this.places = places;
    this.catalogue = catalogue;
    this.vocabulary = vocabulary;
    this.followers = followers;
  }

  /** A short card: "3号楼 512 · 水电 · 已派工 · 2小时前", with nothing about the person who reported it. */
  record Card(String id, String number, String status, String currentStep, RequestViews.Category category,
      String place, Instant createdAt, int followers, boolean mine, boolean following) {}

  /** The cards, and whether the category matched the whole building. */
  record Found(List<Card> items, boolean buildingWide) {}

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  Found find(CurrentUser me, String categoryCode, String buildingId, String roomId, String assetId) {
    if (!me.is(Role.USER) && !me.is(Role.ADMIN)) {
      throw ApiException.forbidden("当前账号无权进行此操作");
    }
    if (categoryCode == null || categoryCode.isBlank()) {
      throw ApiException.invalid("categoryCode", "请选择报修类别");
    }
    Category category = catalogue.find(categoryCode.strip())
        .orElseThrow(() -> ApiException.invalid("categoryCode", "未知的报修类别"));
    Places.ReportedPlace place = place(blankToNull(buildingId), blankToNull(roomId), blankToNull(assetId));
    StringBuilder sql = new StringBuilder("""
        SELECT r.id, r.number, r.status, r.open_task_name, r.building, r.room, r.asset_name, r.created_at,
          r.follower_count, r.requester_id
        FROM repair_request r
        WHERE r.building_id = :buildingId AND r.category_code = :category AND r.status IN (:open)
          AND (r.open_task_key IS NULL OR r.open_task_key NOT IN (:repaired))""");
    if (!category.buildingWide()) {
      if (place.assetId() != null) {
        sql.append(" AND (r.asset_id = :assetId OR (r.room_id = :roomId AND r.asset_id IS NULL))");
      } else if (place.roomId() != null) {
        sql.append(" AND r.room_id = :roomId");
      } else {
        sql.append(" AND r.room_id IS NULL");
      }
    }
    sql.append(" ORDER BY r.follower_count DESC, r.created_at DESC OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY");
    Set<String> open = vocabulary.open();
    List<Row> rows = jdbc.sql(sql.toString())
        .param("buildingId", place.buildingId())
        .param("category", category.code())
        .param("open", List.copyOf(open))
        .param("repaired", List.of(RepairProcess.TASK_RATE, RepairProcess.TASK_REVISIT))
        .param("assetId", place.assetId())
        .param("roomId", place.roomId())
        .param("limit", LIMIT)
        .query((rs, i) -> new Row(rs.getString("id"), rs.getString("number"), rs.getString("status"),
            rs.getString("open_task_name"), label(rs.getString("building"), rs.getString("room"),
                rs.getString("asset_name")),
            Times.fromDb(rs.getTimestamp("created_at")), rs.getInt("follower_count"), rs.getString("requester_id")))
        .list();
    Set<String> followed = me.is(Role.USER)
        ? followers.followedAmong(me.id(), rows.stream().map(Row::id).toList()) : Set.of();
    RequestViews.Category named = new RequestViews.Category(category.code(), category.name());
    List<Card> cards = new ArrayList<>();
    for (Row row : rows) {
      cards.add(new Card(row.id(), row.number(), row.status(), row.step(), named, row.place(), row.createdAt(),
          row.followers(), me.id().equals(row.requesterId()), followed.contains(row.id())));
    }
    return new Found(cards, category.buildingWide());
  }

  private Places.ReportedPlace place(String buildingId, String roomId, String assetId) {
    if (assetId != null) {
      return places.asset(assetId).orElseThrow(() -> ApiException.invalid("assetId", "设备不存在或已停用"));
    }
    if (roomId != null) {
      return places.room(roomId).orElseThrow(() -> ApiException.invalid("roomId", "房间不存在或已停用"));
    }
    if (buildingId != null) {
      return places.building(buildingId).orElseThrow(() -> ApiException.invalid("buildingId", "楼栋不存在或已停用"));
    }
    throw ApiException.invalid("roomId", "请选择报修地点（楼栋、房间或设备）");
  }

  private static String label(String building, String room, String asset) {
    StringBuilder label = new StringBuilder();
    for (String part : new String[] {building, room, asset}) {
      if (part != null && !part.isBlank()) {
        label.append(label.isEmpty() ? "" : " ").append(part);
      }
    }
    return label.toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private record Row(String id, String number, String status, String step, String place, Instant createdAt,
      int followers, String requesterId) {}
}
