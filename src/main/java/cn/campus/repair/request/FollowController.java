package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.common.Page;
import cn.campus.repair.common.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One fault, one request (docs/duplicates.md): the open requests like the one about to be reported,
 * following one of them instead, the requests one follows, and an admin's merge of a duplicate.
 */
@RestController
@RequestMapping("/api/requests")
class FollowController {

  private final Duplicates duplicates;
  private final Following following;
  private final RequestQueries queries;
  private final ConcurrentChangeRetry retry;

  FollowController(Duplicates duplicates, Following following, RequestQueries queries, ConcurrentChangeRetry retry) {
    this.duplicates = duplicates;
    this.following = following;
    this.queries = queries;
    this.retry = retry;
  }

  /** Asked by the report page before it sends: open requests of this category at this place. */
  @GetMapping("/duplicates")
  Duplicates.Found duplicates(
      @AuthenticationPrincipal CurrentUser me,
      @RequestParam(required = false) String categoryCode,
      @RequestParam(required = false) String buildingId,
      @RequestParam(required = false) String roomId,
      @RequestParam(required = false) String assetId) {
    return duplicates.find(me, categoryCode, buildingId, roomId, assetId);
  }

  /** The requests the caller follows (not their own), the most recently followed first. */
  @GetMapping("/followed")
  Page<RequestViews.Summary> followed(
      @AuthenticationPrincipal CurrentUser me,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return queries.followed(me, page, size);
  }

  /** 我也遇到了: idempotent. */
  @PostMapping("/{id}/follow")
  Following.FollowState follow(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return following.follow(me, id);
  }

  @DeleteMapping("/{id}/follow")
  Following.FollowState unfollow(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return following.unfollow(me, id);
  }

  /** {@code into}: the id of the request kept. Checked after the caller's role, as every action's body. */
  record MergeBody(String into) {}

  /** The request {@code id}, a duplicate, ends as merged into {@code into}; answers the duplicate. */
  @PostMapping("/{id}/merge")
  RequestViews.Request merge(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
      @RequestBody MergeBody body) {
    return retry.run(() -> following.merge(me, id, body.into()));
  }
}
