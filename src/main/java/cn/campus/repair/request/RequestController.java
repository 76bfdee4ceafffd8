package cn.campus.repair.request;

import cn.campus.repair.common.Page;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Paging;
import cn.campus.repair.common.Hashes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import java.net.URI;
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

  private final Requests requests;
  private final ConcurrentChangeRetry retry;
  private final ObjectMapper objectMapper;

  RequestController(Requests requests, ConcurrentChangeRetry retry, ObjectMapper objectMapper) {
    this.requests = requests;
    this.retry = retry;
    this.objectMapper = objectMapper;
  }

  @PostMapping
  ResponseEntity<RequestViews.Request> submit(
      @AuthenticationPrincipal CurrentUser me,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      @Valid @RequestBody RequestCommands.Submit body) throws JsonProcessingException {
    String key = IdempotencyKeys.fromHeader(idempotencyKey);
    String bodyHash = Hashes.sha256(objectMapper.writeValueAsString(body));
    Requests.Submission submission;
    try {
      submission = requests.submit(me, body, key, bodyHash);
    } catch (DuplicateKeyException concurrentRetry) {
      if (key == null) {
        throw concurrentRetry;
      }
      submission = requests.replay(me, key, bodyHash);
    }
    RequestViews.Request created = requests.get(me, submission.requestId());
    return ResponseEntity.created(URI.create("/api/requests/" + created.summary().id()))
        .header("Idempotent-Replayed", Boolean.toString(submission.replayed()))
        .body(created);
  }

  @GetMapping
  Page<RequestViews.Summary> list(
      @AuthenticationPrincipal CurrentUser me,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return requests.list(me, statuses(status), page, size);
  }

  @GetMapping("/{id}")
  RequestViews.Request get(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return requests.get(me, id);
  }

  @PostMapping("/{id}/review")
  RequestViews.Request review(
      @AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody RequestCommands.Review body) {
    return retry.run(() -> requests.review(me, id, body));
  }

  @PostMapping("/{id}/assign")
  RequestViews.Request assign(
      @AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody RequestCommands.Assign body) {
    return retry.run(() -> requests.assign(me, id, body));
  }

  @PostMapping("/{id}/accept")
  RequestViews.Request accept(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return retry.run(() -> requests.accept(me, id));
  }

  @PostMapping("/{id}/refuse")
  RequestViews.Request refuse(
      @AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody RequestCommands.Refuse body) {
    return retry.run(() -> requests.refuse(me, id, body));
  }

  @PostMapping("/{id}/complete")
  RequestViews.Request complete(
      @AuthenticationPrincipal CurrentUser me,
      @PathVariable String id,
      @Valid @RequestBody(required = false) RequestCommands.Complete body) {
    return retry.run(() -> requests.complete(me, id, body));
  }

  @PostMapping("/{id}/rate")
  RequestViews.Request rate(
      @AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody RequestCommands.Rate body) {
    return retry.run(() -> requests.rate(me, id, body));
  }

  @PostMapping("/{id}/cancel")
  RequestViews.Request cancel(
      @AuthenticationPrincipal CurrentUser me,
      @PathVariable String id,
      @Valid @RequestBody(required = false) RequestCommands.Cancel body) {
    return retry.run(() -> requests.cancel(me, id, body));
  }

  private static List<RequestStatus> statuses(String raw) {
    List<RequestStatus> statuses = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return statuses;
    }
    for (String part : raw.split(",")) {
      try {
        statuses.add(RequestStatus.valueOf(part.strip()));
      } catch (IllegalArgumentException unknown) {
        throw ApiException.invalid("status", "未知的状态：" + part.strip());
      }
    }
    return statuses;
  }
}
