package cn.campus.repair.request;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.attachment.Attachments;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.search.SearchIndex;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.PhoneNumbers;
import cn.campus.repair.common.Sequences;
import cn.campus.repair.process.ProcessGateway;
import cn.campus.repair.process.ProcessStatuses;
import cn.campus.repair.process.RepairProcess;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of faults: each becomes a request and starts its process, whose first step gives it its
 * status ({@link ProcessFollower}) in the same transaction; with an idempotency key, a repeat of the
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
  private final SearchIndex searchIndex;
  private final ZoneId zone;

  Submissions(
      RequestRows rows,
      ProcessGateway process,
      Sequences sequences,
      Catalogue catalogue,
      Attachments attachments,
      IdempotencyKeys idempotencyKeys,
      SearchIndex searchIndex,
      @Value("${repair.zone}") ZoneId zone) {
    this.rows = rows;
    this.process = process;
    this.sequences = sequences;
    this.catalogue = catalogue;
    this.attachments = attachments;
    this.idempotencyKeys = idempotencyKeys;
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
    SubmitBody.Location location = body.location();
    rows.insert(new RequestRow(id, number, ProcessStatuses.SUBMITTED, body.categoryCode(),
        body.description().strip(), strip(location.building()), strip(location.room()), strip(location.detail()),
        location.latitude(), location.longitude(), contactPhone, me.id(), null, null, null, null, null, now, now, null,
        null, null, null, null, false));
    rows.attach(id, attachmentIds);
    searchIndex.index(id, now, number, id, contactPhone, me.phone(), me.name(), location.building(), location.room(),
        location.detail(), body.description());
    rows.addHistory(id, "SUBMITTED", me.id(), me.name(), null);
    String processInstanceId = process.start(id, Map.of(
        RepairProcess.VAR_REQUEST_ID, id,
        RepairProcess.VAR_REQUESTER_ID, me.id(),
        RepairProcess.VAR_CATEGORY_CODE, body.categoryCode()), me.id());
    rows.linkProcess(id, processInstanceId);
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

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
