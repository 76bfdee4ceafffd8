package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.attachment.Attachments;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.search.SearchIndex;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.PhoneNumbers;
import cn.campus.repair.common.Sequences;
import cn.campus.repair.process.ProcessGateway;
import cn.campus.repair.process.ProcessStatuses;
import cn.campus.repair.process.RepairProcess;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of faults: each becomes a request and starts its process, which gives it its deadlines
 * (the service-level table, fed the request's category, priority, building type and the time it was
 * submitted) and whose first step gives it its status ({@link ProcessFollower}) in the same
 * transaction; with an idempotency key, a repeat of the
 * same report answers the first request instead of making a second.
 */
@Service
class Submissions {

  private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyMMdd");

  private final RequestRows rows;
  private final ProcessGateway process;
  private final Sequences sequences;
  private final Catalogue catalogue;
  private final Attachments attachments;
  private final IdempotencyKeys idempotencyKeys;
  private final PlaceOfReport placeOfReport;
  private final SearchIndex searchIndex;
  private final ZoneId zone;

  Submissions(
      RequestRows rows,
      ProcessGateway process,
      Sequences sequences,
      Catalogue catalogue,
      Attachments attachments,
      IdempotencyKeys idempotencyKeys,
      PlaceOfReport placeOfReport,
      SearchIndex searchIndex,
      @Value("${repair.zone}") ZoneId zone) {
    this.rows = rows;
    this.process = process;
    this.sequences = sequences;
    this.catalogue = catalogue;
    this.attachments = attachments;
    this.idempotencyKeys = idempotencyKeys;
    this.placeOfReport = placeOfReport;
    this.searchIndex = searchIndex;
    this.zone = zone;
  }

  /**
   * Creates the request and starts its process; with an idempotency key, a repeat of the same body
   * answers the first request instead.
   */
  @Transactional
  Submission submit(CurrentUser me, SubmitBody body, String idempotencyKey, String bodyHash) {
    if (idempotencyKey != null) {
      Optional<IdempotencyKeys.Remembered> earlier = idempotencyKeys.find(me.id(), idempotencyKey);
      if (earlier.isPresent()) {
        return replay(earlier.get(), bodyHash);
      }
    }
    if (!catalogue.exists(body.categoryCode())) {
      throw ApiException.invalid("categoryCode", "未知的报修类别");
    }
    SubmitBody.Location location = body.location();
    PlaceOfReport.Reported place = placeOfReport.resolve(location);
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
    ZonedDateTime local = now.atZone(zone);
    String number = "BX" + local.format(NUMBER_DATE) + sequence;
    String priority = priority(body);
    // A place picked from the places knows its building's use; the reporter's own word wins.
    String buildingType = location.buildingType() != null ? location.buildingType().name() : place.buildingKind();
    rows.insert(new RequestRow(id, number, ProcessStatuses.SUBMITTED, body.categoryCode(),
        body.description().strip(), place.building(), place.room(), strip(location.detail()),
        location.latitude(), location.longitude(), contactPhone, me.id(), null, null, null, null, null, now, now, null,
        null, null, null, null, false,
        new RequestRow.ServiceLevel(priority, buildingType, null, null, null, null, null, null), place.place(), 0, null));
    rows.attach(id, attachmentIds);
    searchIndex.index(id, now, number, id, contactPhone, me.phone(), me.name(), place.building(), place.room(),
        location.detail(), body.description());
    rows.addHistory(id, "SUBMITTED", me.id(), me.name(), null, null);
    Map<String, Object> variables = new HashMap<>();
    variables.put(RepairProcess.VAR_REQUEST_ID, id);
    variables.put(RepairProcess.VAR_REQUESTER_ID, me.id());
    variables.put(RepairProcess.VAR_CATEGORY_CODE, body.categoryCode());
    variables.put(RepairProcess.VAR_PRIORITY, priority);
    variables.put(RepairProcess.VAR_BUILDING_TYPE, buildingType);
    variables.put(RepairProcess.VAR_SUBMITTED_HOUR, local.getHour());
    variables.put(RepairProcess.VAR_SUBMITTED_WEEKDAY, local.getDayOfWeek().getValue());
    ProcessGateway.Started started = process.start(id, variables, me.id());
    rows.linkProcess(id, started.processInstanceId(), deadlines(started.variables()));
    return new Submission(id, false);
  }

  /** What the requester said, else the category's default. */
  private String priority(SubmitBody body) {
    if (body.priority() != null) {
      return body.priority().name();
    }
    boolean urgent = catalogue.find(body.categoryCode()).map(Category::urgentByDefault).orElse(false);
    return urgent ? RepairProcess.PRIORITY_URGENT : RepairProcess.PRIORITY_NORMAL;
  }

  /** The service level's answers among the started process's variables (none when the model asks no table). */
  private static RequestRow.ServiceLevel deadlines(Map<String, Object> variables) {
    return new RequestRow.ServiceLevel(null, null,
        text(variables.get(RepairProcess.VAR_REVIEW_DEADLINE)),
        text(variables.get(RepairProcess.VAR_DISPATCH_DEADLINE)),
        text(variables.get(RepairProcess.VAR_CONFIRM_DEADLINE)),
        text(variables.get(RepairProcess.VAR_REPAIR_DEADLINE)),
        text(variables.get(RepairProcess.VAR_ESCALATE_TO)),
        null);
  }

  private static String text(Object value) {
    return value instanceof String text ? text : null;
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

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
