package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.process.ProcessGateway;
import cn.campus.repair.process.ProcessStatuses;
import cn.campus.repair.process.RepairProcess;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One fault, one request: people follow the request already open for their fault instead of
 * reporting it again, and admins merge the duplicates that were reported anyway. Each call locks the
 * request's row first, so two follows of one person make one follower and two admins merging the
 * same pair are served one after the other (the second finds the duplicate merged: 409).
 */
@Service
class Following {

  /** Request ids are at most 20 characters (the column). */
  private static final int MAX_ID = 20;

  private final RequestRows rows;
  private final FollowerRows followers;
  private final ProcessStatuses vocabulary;
  private final ProcessGateway process;
  private final RequestQueries queries;

  Following(RequestRows rows, FollowerRows followers, ProcessStatuses vocabulary, ProcessGateway process,
      RequestQueries queries) {
    this.rows = rows;
    this.followers = followers;
    this.vocabulary = vocabulary;
    this.process = process;
    this.queries = queries;
  }

  /** Whether the caller follows the request now, and how many people do. */
  record FollowState(String requestId, boolean following, int followers) {}

  /** Idempotent: following a request one already follows answers the same. */
  @Transactional
  FollowState follow(CurrentUser me, String id) {
    requireRequester(me);
    RequestRow request = rows.lock(id).orElseThrow(RequestQueries::unknown);
    if (me.id().equals(request.requesterId())) {
      throw ApiException.conflict("这是你自己的报修单，无需关注");
    }
    if (hasEnded(request)) {
      throw ApiException.conflict("报修单已结束（" + request.status() + "），不能再关注");
    }
    followers.add(id, me.id());
    return state(id, true);
  }

  /** Idempotent: unfollowing a request one does not follow changes nothing. */
  @Transactional
  FollowState unfollow(CurrentUser me, String id) {
    requireRequester(me);
    rows.lock(id).orElseThrow(RequestQueries::unknown);
    followers.remove(id, me.id());
    return state(id, false);
  }

  private FollowState state(String id, boolean following) {
    return new FollowState(id, following, followers.count(id));
  }

  /**
   * Merges the duplicate {@code id} into {@code keptId} by sending its process the merge message;
   * what the merge records is written when the process reaches its end ({@link MergeRecorder}),
   * whoever sent the message. Both rows are locked in the order of their ids, so two admins merging
   * the same two requests in opposite directions wait for each other rather than deadlock.
   */
  @Transactional
  RequestViews.Request merge(CurrentUser me, String id, String into) {
    if (!me.is(Role.ADMIN)) {
      throw ApiException.forbidden("只有管理员可以合并报修单");
    }
    rows.find(id).orElseThrow(RequestQueries::unknown);
    if (into == null || into.isBlank()) {
      throw ApiException.invalid("into", "请指定要保留的报修单");
    }
    String keptId = into.strip();
    if (keptId.length() > MAX_ID) {
      throw ApiException.invalid("into", "要保留的报修单不存在");
    }
    if (id.equals(keptId)) {
      throw ApiException.conflict("不能把报修单合并到它自己");
    }
    boolean duplicateFirst = id.compareTo(keptId) < 0;
    RequestRow duplicate = null;
    if (duplicateFirst) {
      duplicate = rows.lock(id).orElseThrow(RequestQueries::unknown);
    }
    RequestRow kept = rows.lock(keptId).orElseThrow(() -> ApiException.invalid("into", "要保留的报修单不存在"));
    if (!duplicateFirst) {
      duplicate = rows.lock(id).orElseThrow(RequestQueries::unknown);
    }
    if (hasEnded(duplicate)) {
      throw ApiException.conflict(duplicate.mergedInto() != null
          ? "报修单已合并到另一报修单，不能再合并"
          : "报修单已结束（" + duplicate.status() + "），不能合并");
    }
    if (hasEnded(kept)) {
      throw ApiException.conflict("要保留的报修单已结束（" + kept.status() + "），不能合并到它");
    }
    process.correlate(id, RepairProcess.MESSAGE_MERGED, Map.of(RepairProcess.VAR_MERGED_INTO, keptId), me.id());
    return queries.afterAction(me, id);
  }

  private boolean hasEnded(RequestRow request) {
    return request.openTaskKey() == null && vocabulary.isFinal(request.status());
  }

  private static void requireRequester(CurrentUser me) {
    if (!me.is(Role.USER)) {
      throw ApiException.forbidden("只有报修人可以关注报修单");
    }
  }
}
