package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Times;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last repairs at a request's room and at its asset, so that whoever handles it sees a repeat
 * fault: staff only (the admins, and a worker the request was given to), since other people's
 * requests are not the requester's to read. Each list walks the place's index newest first and
 * stops after {@link #LAST}.
 */
@Service
class PlaceHistory {

  static final int LAST = 5;

  private final RequestRows rows;
  private final JdbcClient jdbc;
  private final Catalogue catalogue;

  PlaceHistory(RequestRows rows, JdbcClient jdbc, Catalogue catalogue) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.catalogue = catalogue;
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  Answer of(CurrentUser me, String requestId) {
    if (me.role() == Role.USER || me.role() == Role.WAREHOUSE) {
      throw ApiException.forbidden("当前账号无权进行此操作");
    }
    RequestRow request = rows.find(requestId).orElseThrow(RequestQueries::unknown);
    if (me.role() == Role.WORKER && !me.id().equals(request.workerId()) && !rows.wasGivenTo(requestId, me.id())) {
      throw ApiException.forbidden("这不是派给你的任务");
    }
    RequestRow.Place place = request.place();
    if (place == null) {
      return new Answer(List.of(), List.of());
    }
    return new Answer(
        place.roomId() == null ? List.of() : last("r.room_id", place.roomId(), requestId),
        place.assetId() == null ? List.of() : last("r.asset_id", place.assetId(), requestId));
  }

  private List<Entry> last(String column, String placeId, String exceptId) {
    return jdbc.sql("SELECT r.id, r.number, r.created_at, r.status, r.category_code, r.description, r.asset_name,"
            + " r.rating_result, r.rating_efficiency, r.rating_comment, r.worker_id, w.name AS worker_name"
            + " FROM repair_request r LEFT JOIN app_user w ON w.id = r.worker_id"
            + " WHERE " + column + " = :placeId AND r.id <> :exceptId"
            + " ORDER BY " + column + " DESC, r.created_at DESC, r.id DESC OFFSET 0 ROWS FETCH NEXT " + LAST + " ROWS ONLY")
        .param("placeId", placeId)
        .param("exceptId", exceptId)
        .query((rs, i) -> {
          String category = rs.getString("category_code");
          Integer result = rs.getObject("rating_result", Integer.class);
          String workerId = rs.getString("worker_id");
          return new Entry(
              rs.getString("id"),
              rs.getString("number"),
              Times.fromDb(rs.getTimestamp("created_at")),
              rs.getString("status"),
              new RequestViews.Category(category, catalogue.find(category).map(c -> c.name()).orElse(category)),
              rs.getString("description"),
              rs.getString("asset_name"),
              workerId == null ? null : new RequestViews.Holder(workerId, rs.getString("worker_name")),
              result == null ? null
                  : new RequestViews.Rating(result, rs.getObject("rating_efficiency", Integer.class), rs.getString("rating_comment")));
        })
        .list();
  }

  /** The last repairs at the request's room and at its asset, newest first, without the request itself. */
  record Answer(List<Entry> room, List<Entry> asset) {}

  /** One earlier request at the place: when, what, how it ended and how it was rated. */
  record Entry(String id, String number, Instant createdAt, String status, RequestViews.Category category,
      String description, String assetName, RequestViews.Holder worker, RequestViews.Rating rating) {}
}
