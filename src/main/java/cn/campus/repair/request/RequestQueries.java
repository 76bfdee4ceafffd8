package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Page;
import cn.campus.repair.materials.Materials;
import cn.campus.repair.search.RequestSearch;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each person may read: their own requests (requesters), those given to them now or before
 * (workers), all of them (admins), those that asked for parts (keepers, one at a time).
 *
 * <p>Reads hold one connection for the call but open no transaction (SUPPORTS): at read committed,
 * where every database we run on is, each statement sees its own snapshot inside a transaction as
 * well, so BEGIN and COMMIT would only add a round trip to the database per call.
 */
@Service
class RequestQueries {

  private final RequestDetails details;
  private final RequestPages pages;
  private final RequestRows rows;
  private final RequestReader reader;
  private final RequestSearch search;
  private final Materials materials;
  private final FollowerRows followers;

  RequestQueries(RequestDetails details, RequestPages pages, RequestRows rows, RequestReader reader,
      RequestSearch search, Materials materials, FollowerRows followers) {
    this.followers = followers;
    this.search = search;
    this.materials = materials;
    this.details = details;
    this.pages = pages;
    this.rows = rows;
    this.reader = reader;
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  RequestViews.Request get(CurrentUser me, String id) {
    RequestDetails.Detail detail = details.findDetail(id).orElseThrow(RequestQueries::unknown);
    requireCanSee(me, detail.row());
    return reader.detail(me, detail);
  }

  /** The request's row, for someone who may read it (404, 403 otherwise). */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  RequestRow readable(CurrentUser me, String id) {
    RequestRow row = rows.find(id).orElseThrow(RequestQueries::unknown);
    requireCanSee(me, row);
    return row;
  }

  /** The request as it is now, in the caller's transaction: what every action answers. */
  RequestViews.Request afterAction(CurrentUser me, String id) {
    return reader.detail(me, details.findDetail(id).orElseThrow(RequestQueries::unknown));
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  Page<RequestViews.Summary> list(CurrentUser me, Collection<String> statuses, PlaceFilter place, int page, int size,
      boolean byDue) {
    if (byDue && !pages.onlyUnfinished(statuses)) {
      throw ApiException.invalid("sort", "按时限排序只用于未结束的状态，请同时给出 status（如 PENDING_REVIEW,AWAITING_DISPATCH）");
    }
    RequestPages.ListScope scope = switch (me.role()) {
      case USER -> new RequestPages.ListScope(RequestPages.ListScope.Kind.REQUESTER, me.id());
      case WORKER -> new RequestPages.ListScope(RequestPages.ListScope.Kind.WORKER, me.id());
      case ADMIN -> new RequestPages.ListScope(RequestPages.ListScope.Kind.ALL, null);
      case WAREHOUSE -> throw keepersUseTheirQueue();
    };
    Page<RequestRow> found = pages.page(scope, statuses, place, page, size, byDue);
    return new Page<>(reader.summaries(me, found.items()), page, size, found.total(), found.totalCapped());
  }

  /** Requests found by {@code criteria}, within what the caller may see (as {@link #list}), newest first. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  Page<RequestViews.Summary> search(CurrentUser me, String query, Collection<String> statuses, Instant from,
      Instant until, int page, int size) {
    RequestSearch.Scope scope = switch (me.role()) {
      case USER -> RequestSearch.Scope.REQUESTER;
      case WORKER -> RequestSearch.Scope.WORKER;
      case ADMIN -> RequestSearch.Scope.ALL;
      case WAREHOUSE -> throw keepersUseTheirQueue();
    };
    Page<String> found = search.find(
        new RequestSearch.Criteria(query, List.copyOf(statuses), from, until, scope, me.id()), page, size);
    return new Page<>(reader.summaries(me, rows.findAll(found.items())), page, size, found.total(),
        found.totalCapped());
  }

  /** The requests {@code me} follows, the most recently followed first. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  Page<RequestViews.Summary> followed(CurrentUser me, int page, int size) {
    List<String> ids = followers.followedBy(me.id(), page, size);
    long total = ids.isEmpty() && page == 0 ? 0 : followers.countFollowedBy(me.id());
    return new Page<>(reader.summaries(me, rows.findAll(ids)), page, size, total);
  }

  private void requireCanSee(CurrentUser me, RequestRow row) {
    boolean allowed = switch (me.role()) {
      case ADMIN -> true;
      case USER -> me.id().equals(row.requesterId()) || followers.follows(row.id(), me.id());
      case WORKER -> me.id().equals(row.workerId()) || rows.wasGivenTo(row.id(), me.id());
      case WAREHOUSE -> materials.concerns(row.id());
    };
    if (!allowed) {
      throw ApiException.forbidden("无权查看该报修单");
    }
  }

  /** A keeper's requests are those that ask for parts: GET /api/materials/queue, not the lists. */
  private static ApiException keepersUseTheirQueue() {
    return ApiException.forbidden("仓库管理员请在备料任务中查看报修单");
  }

  static ApiException unknown() {
    return ApiException.notFound("报修单不存在");
  }
}
