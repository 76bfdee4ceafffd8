package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/requests/{id}/queue}: where a request stands while it waits for a worker, and
 * when one is likely to have accepted it ({@link QueueEstimates}). Its own call, so that no other
 * answer pays for the estimate: the requester's detail page asks for it while the request waits.
 */
@RestController
class QueueController {

  private final RequestQueries queries;
  private final QueueEstimates estimates;

  QueueController(RequestQueries queries, QueueEstimates estimates) {
    this.queries = queries;
    this.estimates = estimates;
  }

  @GetMapping("/api/requests/{id}/queue")
  QueueEstimates.Queue queue(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return estimates.of(queries.readable(me, id));
  }
}
