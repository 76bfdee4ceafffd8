package cn.campus.repair.request;

import cn.campus.repair.common.Page;
import cn.campus.repair.process.ProcessStatuses;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of requests each role sees, a page at a time, newest first; or, for unfinished
 * requests, the most pressing first: urgent ones and those that affect many people (at least {@code
 * repair.duplicates.many-followers} followers) before the others; within each group the most
 * followed of those many-followed first, then by the due time of the step they wait at, those
 * without one last.
 */
@Repository
class RequestPages {

  /** Lists count their rows up to here (fifty pages of twenty); nobody pages further on a phone. */
  static final int COUNT_CAP = 1_000;

  private final JdbcClient jdbc;
  private final ProcessStatuses vocabulary;
  private final String dueOrder;

  RequestPages(JdbcClient jdbc, ProcessStatuses vocabulary,
      @Value("${repair.duplicates.many-followers:5}") int manyFollowers) {
    this.jdbc = jdbc;
    this.vocabulary = vocabulary;
    if (manyFollowers < 1) {
      throw new IllegalArgumentException("repair.duplicates.many-followers must be at least 1");
    }
    // A whole number from the configuration, written into the SQL so the ORDER BY stays one plan.
    this.dueOrder = " ORDER BY CASE WHEN r.priority = 'URGENT' OR r.follower_count >= " + manyFollowers
        + " THEN 0 ELSE 1 END, CASE WHEN r.follower_count >= " + manyFollowers + " THEN r.follower_count ELSE 0 END DESC,"
        + " CASE WHEN r.open_task_due IS NULL THEN 1 ELSE 0 END, r.open_task_due, r.created_at, r.id";
  }

  /**
   * One page of a role's list, newest first. Each scope walks one index in list order and stops
   * after the page: the columns fixed by the scope lead the ORDER BY, which changes nothing in the
   * order but lets H2 see that the index is already sorted. The total is counted the same way, up
   * to {@link #COUNT_CAP}. A place narrows any list; an admin's walks the place's index.
   */
  Page<RequestRow> page(ListScope scope, Collection<String> statuses, PlaceFilter place, int page, int size,
      boolean byDue) {
    Map<String, Object> params = new LinkedHashMap<>();
    boolean onlyUnfinished = onlyUnfinished(statuses);
    if (byDue && !onlyUnfinished) {
      throw new IllegalArgumentException("Sorting by due time is for unfinished statuses only");
    }
    String from;
    String order;
    String counted;
    if (onlyUnfinished) {
      // Unfinished requests are few however long the history: find them by status, then sort them.
      from = " FROM repair_request r WHERE r.status IN (:statuses)" + switch (scope.kind()) {
        case REQUESTER -> " AND r.requester_id = :personId";
        // One primary-key probe per unfinished request; H2 turns an IN (subquery) into a walk over
        // all of the worker's past assignments.
        case WORKER -> " AND EXISTS (SELECT 1 FROM request_worker w"
            + " WHERE w.worker_id = :personId AND w.request_id = r.id)";
        case ALL -> "";
      } + place.conditions();
      order = byDue ? dueOrder : " ORDER BY r.created_at DESC, r.id DESC";
      counted = "r.id";
    } else {
      switch (scope.kind()) {
        case REQUESTER -> {
          from = " FROM repair_request r WHERE r.requester_id = :personId";
          from += place.conditions();
          order = " ORDER BY r.requester_id DESC, r.created_at DESC, r.id DESC";
          counted = "r.id";
        }
        case WORKER -> {
          from = " FROM request_worker w JOIN repair_request r ON r.id = w.request_id WHERE w.worker_id = :personId"
              + place.conditions();
          order = " ORDER BY w.worker_id DESC, w.request_created_at DESC, w.request_id DESC";
          counted = "w.request_id";
        }
        default -> {
          if (!place.isEmpty()) {
            from = " FROM repair_request r WHERE 1 = 1" + place.conditions();
            order = " ORDER BY " + place.leadingColumn() + " DESC, r.created_at DESC, r.id DESC";
          } else if (statuses.size() == 1) {
            from = " FROM repair_request r WHERE r.status IN (:statuses)";
            order = " ORDER BY r.status DESC, r.created_at DESC, r.id DESC";
          } else {
            from = " FROM repair_request r WHERE 1 = 1";
            order = " ORDER BY r.created_at DESC, r.id DESC";
          }
          counted = "r.id";
        }
      }
      if (!statuses.isEmpty() && !from.contains(":statuses")) {
        from += " AND r.status IN (:statuses)";
      }
    }
    if (scope.kind() != ListScope.Kind.ALL) {
      params.put("personId", scope.personId());
    }
    if (!statuses.isEmpty()) {
      params.put("statuses", List.copyOf(statuses));
    }
    place.addParams(params);
    // Without a status filter a worker's total needs only their own index, not the requests.
    String countFrom = scope.kind() == ListScope.Kind.WORKER && statuses.isEmpty() && place.isEmpty()
        ? " FROM request_worker w WHERE w.worker_id = :personId" : from;
    long total = jdbc.sql("SELECT COUNT(*) FROM (SELECT " + counted + countFrom + order
            + " OFFSET 0 ROWS FETCH NEXT :cap ROWS ONLY) counted")
        .params(params)
        .param("cap", COUNT_CAP + 1)
        .query(Long.class)
        .single();
    List<RequestRow> rows = jdbc.sql("SELECT " + RequestRows.COLUMNS + from + order + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
        .params(params)
        .param("offset", (long) page * size)
        .param("size", size)
        .query(RequestRows::map)
        .list();
    boolean capped = total > COUNT_CAP;
    return new Page<>(rows, page, size, capped ? COUNT_CAP : total, capped);
  }

  /** Whether every status asked for is one a request has before it ends: the few, found by status. */
  boolean onlyUnfinished(Collection<String> statuses) {
    return !statuses.isEmpty() && statuses.stream().noneMatch(vocabulary::isFinal);
  }

  record ListScope(Kind kind, String personId) {
    enum Kind { REQUESTER, WORKER, ALL }
  }
}
