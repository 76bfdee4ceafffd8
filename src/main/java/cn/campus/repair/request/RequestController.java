package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Hashes;
import cn.campus.repair.common.Page;
import cn.campus.repair.common.Paging;
import cn.campus.repair.process.ProcessStatuses;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests")
class RequestController {

  /** {@code ?sort=due}: the most pressing first, for lists of unfinished requests. */
  private static final String SORT_BY_DUE = "due";
  private static final int MAX_QUERY_LENGTH = 50;

  private final Submissions submissions;
  private final RequestQueries queries;
  private final ActionRunner actions;
  private final ProcessStatuses vocabulary;
  private final ConcurrentChangeRetry retry;
  private final ObjectMapper objectMapper;
  private final ZoneId zone;

  RequestController(Submissions submissions, RequestQueries queries, ActionRunner actions,
      ProcessStatuses vocabulary, ConcurrentChangeRetry retry, ObjectMapper objectMapper,
      @Value("${repair.zone}") ZoneId zone) {
    this.zone = zone;
    this.submissions = submissions;
    this.queries = queries;
    this.actions = actions;
    this.vocabulary = vocabulary;
    this.retry = retry;
    this.objectMapper = objectMapper;
  }

  @PostMapping
  ResponseEntity<RequestViews.Request> submit(
      @AuthenticationPrincipal CurrentUser me,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody SubmitBody body) throws JsonProcessingException {
    String key = IdempotencyKeys.fromHeader(idempotencyKey);
    String bodyHash = Hashes.sha256(objectMapper.writeValueAsString(body));
    Submissions.Submission submission;
    try {
      submission = submissions.submit(me, body, key, bodyHash);
    } catch (DuplicateKeyException concurrentRetry) {
      if (key == null) {
        throw concurrentRetry;
      }
      submission = submissions.replay(me, key, bodyHash);
    }
    RequestViews.Request created = queries.get(me, submission.requestId());
    return ResponseEntity.created(URI.create("/api/requests/" + created.summary().id()))
        .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
        .body(created);
  }

  @GetMapping
  Page<RequestViews.Summary> list(
      @AuthenticationPrincipal CurrentUser me,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String buildingId,
      @RequestParam(required = false) String roomId,
      @RequestParam(required = false) String assetId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) String sort) {
    Paging.check(page, size);
    if (sort != null && !sort.isBlank() && !sort.strip().equals(SORT_BY_DUE)) {
      throw ApiException.invalid("sort", "排序方式只能是 " + SORT_BY_DUE);
    }
    if (q == null && from == null && to == null) {
      return queries.list(me, statuses(status), PlaceFilter.of(buildingId, roomId, assetId), page, size,
          sort != null && !sort.isBlank());
    }
    if (q != null && q.length() > MAX_QUERY_LENGTH) {
      throw ApiException.invalid("q", "搜索内容最多50个字");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalid("to", "结束日期不能早于开始日期");
    }
    // Days are China's days: from its first moment to the first moment after the last day.
    return queries.search(me, q, statuses(status), from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), page, size);
  }

  @GetMapping("/{id}")
  RequestViews.Request get(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return queries.get(me, id);
  }

  /** Every row of {@link RequestActions}: review, assign, accept, refuse, complete, rate, cancel. */
  @PostMapping("/{id}/{action}")
  RequestViews.Request act(
      @AuthenticationPrincipal CurrentUser me,
      @PathVariable String id,
      @PathVariable("action") String name,
      @RequestBody(required = false) JsonNode body) {
    RequestAction<?> action = RequestActions.named(name)
        .orElseThrow(() -> ApiException.notFound("没有这个操作：" + name));
    return retry.run(() -> actions.act(me, id, action, body));
  }

  private List<String> statuses(String raw) {
    List<String> statuses = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return statuses;
    }
    for (String part : raw.split(",")) {
      String status = part.strip();
      if (!vocabulary.isKnown(status)) {
        throw ApiException.invalid("status", "未知的状态：" + status);
      }
      statuses.add(status);
    }
    return statuses;
  }
}
