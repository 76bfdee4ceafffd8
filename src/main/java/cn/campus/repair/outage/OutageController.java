package cn.campus.repair.outage;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.common.Page;
import cn.campus.repair.common.Paging;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Outage notices (docs/duplicates.md#outage-notices). */
@RestController
@RequestMapping("/api/notices")
class OutageController {

  private final OutageNotices notices;

  OutageController(OutageNotices notices) {
    this.notices = notices;
  }

  /** The notices in force, everywhere or at a building (with its area's), of a category or all. */
  @GetMapping
  List<OutageNotices.View> active(@AuthenticationPrincipal CurrentUser me,
      @RequestParam(required = false) String buildingId,
      @RequestParam(required = false) String categoryCode) {
    return notices.active(me, buildingId, categoryCode);
  }

  /** Every notice, ended ones too, newest first: admins only. */
  @GetMapping("/all")
  Page<OutageNotices.View> all(@AuthenticationPrincipal CurrentUser me,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return notices.all(me, page, size);
  }

  @GetMapping("/{id}")
  OutageNotices.View get(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return notices.get(me, id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  OutageNotices.View post(@AuthenticationPrincipal CurrentUser me, @RequestBody OutageNotices.NewNotice body) {
    return notices.post(me, body);
  }

  @PostMapping("/{id}/close")
  OutageNotices.View close(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return notices.close(me, id);
  }

  @PostMapping("/{id}/follow")
  OutageNotices.View follow(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return notices.follow(me, id);
  }

  @DeleteMapping("/{id}/follow")
  OutageNotices.View unfollow(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return notices.unfollow(me, id);
  }
}
