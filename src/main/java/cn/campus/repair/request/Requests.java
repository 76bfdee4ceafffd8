package cn.campus.repair.request;

import cn.campus.repair.common.Page;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.common.PhoneNumbers;
import cn.campus.repair.account.Role;
import cn.campus.repair.account.Users;
import cn.campus.repair.attachment.Attachments;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.process.ProcessGateway;
import cn.campus.repair.process.RepairProcess;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Sequences;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with repair requests. Each action locks the request's row, checks who is asking
 * and what state the request is in, then moves the process; the status and history follow from the
 * process through {@link RequestLifecycle}, in the same transaction.
 */
@Service
class Requests {

  private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyMMdd");

  private final RequestRecords records;
  private final RequestReader reader;
  private final ProcessGateway process;
  private final Sequences sequences;
  private final Catalogue catalogue;
  private final Attachments attachments;
  private final Users users;
  private final IdempotencyKeys idempotencyKeys;
  private final ZoneId zone;

  Requests(
      RequestRecords records,
      RequestReader reader,
      ProcessGateway process,
      Sequences sequences,
      Catalogue catalogue,
      Attachments attachments,
      Users users,
      IdempotencyKeys idempotencyKeys,
      @Value("${repair.zone}") ZoneId zone) {
    this.records = records;
    this.reader = reader;
    this.process = process;
    this.sequences = sequences;
    this.catalogue = catalogue;
    this.attachments = attachments;
    this.users = users;
    this.idempotencyKeys = idempotencyKeys;
    this.zone = zone;
  }

  /**
   * Creates the request and starts its process; with an idempotency key, a repeat of the same body
   * answers the first request instead.
   */
  @Transactional
  Submission submit(CurrentUser me, RequestCommands.Submit body, String idempotencyKey, String bodyHash) {
    if (idempotencyKey != null) {
      Optional<IdempotencyKeys.Remembered> earlier = idempotencyKeys.find(me.id(), idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), bodyHash);
      }
    }
    if (!catalogue.exists(body.categoryCode())) {
      throw ApiException.invalid("categoryCode", "未知的报修类别");
    }
    List<String> attachmentIds = body.attachmentIds() == null ? List.of() : body.attachmentIds().stream().distinct().toList();
    attachments.requireUnusedUploadsOf(me.id(), attachmentIds, "attachmentIds");
    String contactPhone = body.contactPhone() == null || body.contactPhone().isBlank()
        ? me.phone()
        : PhoneNumbers.normalize("contactPhone", body.contactPhone());

    long sequence = sequences.nextRequestSequence();
    String id = Long.toString(sequence);
    if (idempotencyKey != null) {
      idempotencyKeys.remember(me.id(), idempotencyKey, bodyHash, id);
    }
    Instant now = Instant.now();
    String number = "BX" + LocalDate.ofInstant(now, zone).format(NUMBER_DATE) + sequence;
    RequestCommands.Location location = body.location();
    records.insert(new RequestRow(id, number, RequestStatus.PENDING_REVIEW, body.categoryCode(),
        body.description().strip(), strip(location.building()), strip(location.room()), strip(location.detail()),
        location.latitude(), location.longitude(), contactPhone, me.id(), null, null, null, null, null, now, now, null));
    records.attach(id, attachmentIds);
    records.addHistory(id, "SUBMITTED", me.id(), me.name(), null);
    String processInstanceId = process.start(id, Map.of(
        RepairProcess.VAR_REQUEST_ID, id,
        RepairProcess.VAR_REQUESTER_ID, me.id(),
        RepairProcess.VAR_CATEGORY_CODE, body.categoryCode()), me.id());
    records.linkProcess(id, processInstanceId);
    return new Submission(id, false);
  }

  /** The answer to a retry that lost the race for its idempotency key to the first call. */
  @Transactional(readOnly = true)
  Submission replay(CurrentUser me, String idempotencyKey, String bodyHash) {
    return replay(idempotencyKeys.find(me.id(), idempotencyKey).orElseThrow(), bodyHash);
  }

  private static Submission replay(IdempotencyKeys.Remembered earlier, String bodyHash) {
    if (!earlier.bodyHash().equals(bodyHash)) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "该 Idempotency-Key 已用于另一份不同的报修");
    }
    return new Submission(earlier.requestId(), true);
  }

  record Submission(String requestId, boolean replayed) {}

  /**
   * Reads hold one connection for the call but open no transaction (SUPPORTS): at read committed,
   * where every database we run on is, each statement sees its own snapshot inside a transaction as
   * well, so BEGIN and COMMIT would only add a round trip to the database per call.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  RequestViews.Request get(CurrentUser me, String id) {
    RequestRecords.Detail detail = records.findDetail(id).orElseThrow(Requests::unknown);
    requireCanSee(me, detail.row());
    return reader.detail(detail);
  }

  /** Without a transaction, as {@link #get}. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  Page<RequestViews.Summary> list(CurrentUser me, Collection<RequestStatus> statuses, int page, int size) {
    RequestRecords.ListScope scope = switch (me.role()) {
      case USER -> new RequestRecords.ListScope(RequestRecords.ListScope.Kind.REQUESTER, me.id());
      case WORKER -> new RequestRecords.ListScope(RequestRecords.ListScope.Kind.WORKER, me.id());
      case ADMIN -> new RequestRecords.ListScope(RequestRecords.ListScope.Kind.ALL, null);
    };
    Page<RequestRow> rows = records.page(scope, statuses, page, size);
    return new Page<>(reader.summaries(rows.items()), page, size, rows.total(), rows.totalCapped());
  }

  @Transactional
  RequestViews.Request review(CurrentUser me, String id, RequestCommands.Review body) {
    RequestRow row = lock(id);
    requireStatus(row, RequestStatus.PENDING_REVIEW);
    Map<String, Object> variables = new HashMap<>();
    variables.put(RepairProcess.VAR_DECISION, body.decision().name());
    variables.put(RepairProcess.VAR_REVIEW_NOTE, blankToNull(body.note()));
    process.complete(row.processInstanceId(), row.openTaskId(), RepairProcess.TASK_REVIEW, variables, me.id());
    return answer(id);
  }

  @Transactional
  RequestViews.Request assign(CurrentUser me, String id, RequestCommands.Assign body) {
    RequestRow row = lock(id);
    boolean isWorker = users.findById(body.workerId()).filter(u -> u.role() == Role.WORKER).isPresent();
    if (!isWorker) {
      throw ApiException.invalid("workerId", "维修工不存在");
    }
    requireStatus(row, RequestStatus.AWAITING_DISPATCH);
    process.complete(row.processInstanceId(), row.openTaskId(), RepairProcess.TASK_ASSIGN,
        Map.of(RepairProcess.VAR_WORKER_ID, body.workerId()), me.id());
    return answer(id);
  }

  @Transactional
  RequestViews.Request accept(CurrentUser me, String id) {
    RequestRow row = lockAsAssignedWorker(me, id);
    requireStatus(row, RequestStatus.ASSIGNED);
    process.complete(row.processInstanceId(), row.openTaskId(), RepairProcess.TASK_CONFIRM,
        Map.of(RepairProcess.VAR_CONFIRMED, true), me.id());
    return answer(id);
  }

  @Transactional
  RequestViews.Request refuse(CurrentUser me, String id, RequestCommands.Refuse body) {
    RequestRow row = lockAsAssignedWorker(me, id);
    requireStatus(row, RequestStatus.ASSIGNED);
    process.complete(row.processInstanceId(), row.openTaskId(), RepairProcess.TASK_CONFIRM, Map.of(
        RepairProcess.VAR_CONFIRMED, false,
        RepairProcess.VAR_REFUSE_REASON, body.reason().strip()), me.id());
    return answer(id);
  }

  @Transactional
  RequestViews.Request complete(CurrentUser me, String id, RequestCommands.Complete body) {
    RequestRow row = lockAsAssignedWorker(me, id);
    requireStatus(row, RequestStatus.IN_PROGRESS);
    Map<String, Object> variables = new HashMap<>();
    variables.put(RepairProcess.VAR_COMPLETION_NOTE, body == null ? null : blankToNull(body.note()));
    process.complete(row.processInstanceId(), row.openTaskId(), RepairProcess.TASK_REPAIR, variables, me.id());
    return answer(id);
  }

  @Transactional
  RequestViews.Request rate(CurrentUser me, String id, RequestCommands.Rate body) {
    RequestRow row = lockAsRequester(me, id);
    requireStatus(row, RequestStatus.AWAITING_RATING);
    Map<String, Object> variables = new HashMap<>();
    variables.put(RepairProcess.VAR_RATING_RESULT, body.result());
    variables.put(RepairProcess.VAR_RATING_EFFICIENCY, body.efficiency());
    variables.put(RepairProcess.VAR_RATING_COMMENT, blankToNull(body.comment()));
    process.complete(row.processInstanceId(), row.openTaskId(), RepairProcess.TASK_RATE, variables, me.id());
    return answer(id);
  }

  @Transactional
  RequestViews.Request cancel(CurrentUser me, String id, RequestCommands.Cancel body) {
    RequestRow row = lockAsRequester(me, id);
    if (!RequestStatus.CANCELLABLE.contains(row.status())) {
      throw ApiException.conflict("维修已开始或已结束，不能取消");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(RepairProcess.VAR_CANCEL_REASON, body == null ? null : blankToNull(body.reason()));
    process.cancel(id, variables, me.id());
    return answer(id);
  }

  /** What every action answers: the request as it is now, after the action. */
  private RequestViews.Request answer(String id) {
    return reader.detail(records.findDetail(id).orElseThrow(Requests::unknown));
  }

  private RequestRow lock(String id) {
    return records.lock(id).orElseThrow(Requests::unknown);
  }

  private RequestRow lockAsAssignedWorker(CurrentUser me, String id) {
    RequestRow row = lock(id);
    if (!me.id().equals(row.workerId())) {
      throw ApiException.forbidden("这不是派给你的任务");
    }
    return row;
  }

  private RequestRow lockAsRequester(CurrentUser me, String id) {
    RequestRow row = lock(id);
    if (!me.id().equals(row.requesterId())) {
      throw ApiException.forbidden("这不是你的报修单");
    }
    return row;
  }

  private void requireCanSee(CurrentUser me, RequestRow row) {
    boolean allowed = switch (me.role()) {
      case ADMIN -> true;
      case USER -> me.id().equals(row.requesterId());
      case WORKER -> me.id().equals(row.workerId()) || records.wasGivenTo(row.id(), me.id());
    };
    if (!allowed) {
      throw ApiException.forbidden("无权查看该报修单");
    }
  }

  private static void requireStatus(RequestRow row, RequestStatus... allowed) {
    if (!Set.of(allowed).contains(row.status())) {
      throw ApiException.conflict("报修单当前状态（" + row.status() + "）不允许此操作");
    }
  }

  private static ApiException unknown() {
    return ApiException.notFound("报修单不存在");
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
