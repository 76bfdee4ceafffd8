package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The history block of the worker's task page and the admin's request page. */
@RestController
class PlaceHistoryController {

  private final PlaceHistory history;

  PlaceHistoryController(PlaceHistory history) {
    this.history = history;
  }

  @GetMapping("/api/requests/{id}/place-history")
  PlaceHistory.Answer placeHistory(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return history.of(me, id);
  }
}
