package cn.campus.repair.outage;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Page;
import cn.campus.repair.places.Places;
import cn.campus.repair.sms.OutgoingSms;
import cn.campus.repair.sms.SmsMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting, listing, following and ending outage notices. A notice ends once: the admin's close and
 * every node's expiry job race for one conditional update, and whoever wins queues the followers'
 * texts ({@value #TEMPLATE}) in the same transaction, one per follower (the queue keeps one message
 * per event key), sent by the SMS dispatchers afterwards without holding up anyone.
 */
@Service
class OutageNotices {

  static final String TEMPLATE = "OUTAGE_ENDED";
  /** A notice is for an outage, not a season: longer ones are reposted. */
  static final Duration LONGEST = Duration.ofDays(30);
  private static final int MAX_REASON = 200;
  private static final int MAX_ID = 20;

  private final NoticeRows rows;
  private final Places places;
  private final Catalogue catalogue;
  private final OutgoingSms sms;

  OutageNotices(NoticeRows rows, Places places, Catalogue catalogue, OutgoingSms sms) {
    this.rows = rows;
    this.places = places;
    this.catalogue = catalogue;
    this.sms = sms;
  }

  /** What an admin posts: a building or an area, a category, a reason, an end, and a start (now if absent). */
  record NewNotice(String buildingId, String areaId, String categoryCode, String reason, Instant startsAt,
      Instant endsAt) {}

  /** A notice as people see it; {@code following} whether the caller follows it. */
  record View(String id, String state, String buildingId, String areaId, String place, NoticeCategory category,
      String reason, Instant startsAt, Instant endsAt, Instant postedAt, Instant endedAt, String endReason,
      int followers, boolean following) {}

  record NoticeCategory(String code, String name) {}

  @Transactional
  View post(CurrentUser me, NewNotice body) {
    requireAdmin(me);
    String buildingId = blankToNull(body.buildingId());
    String areaId = blankToNull(body.areaId());
    if ((buildingId == null) == (areaId == null)) {
      throw ApiException.invalid("buildingId", "请选择一个楼栋或一个区域（只选其一）");
    }
    String placeName;
    if (buildingId != null) {
      placeName = places.building(tooLong(buildingId, "buildingId"))
          .orElseThrow(() -> ApiException.invalid("buildingId", "楼栋不存在或已停用")).buildingName();
    } else {
      placeName = places.area(tooLong(areaId, "areaId"))
          .orElseThrow(() -> ApiException.invalid("areaId", "区域不存在或已停用")).name();
    }
    String categoryCode = blankToNull(body.categoryCode());
    if (categoryCode == null) {
      throw ApiException.invalid("categoryCode", "请选择类别");
    }
    if (!catalogue.exists(categoryCode)) {
      throw ApiException.invalid("categoryCode", "未知的报修类别");
    }
    String reason = blankToNull(body.reason());
    if (reason == null) {
      throw ApiException.invalid("reason", "请填写原因");
    }
    if (reason.length() > MAX_REASON) {
      throw ApiException.invalid("reason", "原因最多200个字");
    }
    Instant now = Instant.now();
    Instant startsAt = body.startsAt() == null ? now : body.startsAt();
    if (body.endsAt() == null) {
      throw ApiException.invalid("endsAt", "请填写预计恢复时间");
    }
    if (!body.endsAt().isAfter(startsAt)) {
      throw ApiException.invalid("endsAt", "结束时间应晚于开始时间");
    }
    if (!body.endsAt().isAfter(now)) {
      throw ApiException.invalid("endsAt", "结束时间已过");
    }
    if (Duration.between(startsAt, body.endsAt()).compareTo(LONGEST) > 0) {
      throw ApiException.invalid("endsAt", "通知最长30天");
    }
    Notice notice = new Notice(UUID.randomUUID().toString(), buildingId, areaId, placeName, categoryCode, reason,
        startsAt, body.endsAt(), me.id(), now, null, null, 0);
    rows.insert(notice);
    return view(notice, false, now);
  }

  /**
   * The notices in force: everywhere, or at a building (its own and its area's), of one category or
   * all. Anyone logged in reads them.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  List<View> active(CurrentUser me, String buildingId, String categoryCode) {
    String building = blankToNull(buildingId);
    String areaId = null;
    if (building != null) {
      areaId = places.areaOfBuilding(building).orElseThrow(() -> ApiException.invalid("buildingId", "楼栋不存在"));
    }
    Instant now = Instant.now();
    List<Notice> notices = rows.active(now, building, areaId, blankToNull(categoryCode));
    Set<String> followed = me.is(Role.USER)
        ? rows.followedAmong(me.id(), notices.stream().map(Notice::id).toList()) : Set.of();
    return notices.stream().map(notice -> view(notice, followed.contains(notice.id()), now)).toList();
  }

  /** Every notice, newest first: the admins' list. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  Page<View> all(CurrentUser me, int page, int size) {
    requireAdmin(me);
    Instant now = Instant.now();
    return new Page<>(rows.recent(page, size).stream().map(notice -> view(notice, false, now)).toList(), page, size,
        rows.count());
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  View get(CurrentUser me, String id) {
    Notice notice = rows.find(id).orElseThrow(OutageNotices::unknown);
    return view(notice, me.is(Role.USER) && rows.follows(id, me.id()), Instant.now());
  }

  /** Idempotent; 409 once the notice has ended. */
  @Transactional
  View follow(CurrentUser me, String id) {
    requireRequester(me);
    Notice notice = rows.find(id).orElseThrow(OutageNotices::unknown);
    if (!notice.endsAt().isAfter(Instant.now()) || !rows.lockOpen(id)) {
      throw ApiException.conflict("通知已结束，不能再关注");
    }
    rows.addFollower(id, me.id());
    return get(me, id);
  }

  /** Idempotent; someone who unfollowed is not texted when the notice ends. */
  @Transactional
  View unfollow(CurrentUser me, String id) {
    requireRequester(me);
    rows.find(id).orElseThrow(OutageNotices::unknown);
    rows.removeFollower(id, me.id());
    return get(me, id);
  }

  /** The admin ends the notice now; 409 when it has already ended (closed, or expired by the job). */
  @Transactional
  View close(CurrentUser me, String id) {
    requireAdmin(me);
    rows.find(id).orElseThrow(OutageNotices::unknown);
    if (!end(id, Notice.CLOSED)) {
      throw ApiException.conflict("通知已结束");
    }
    return get(me, id);
  }

  /**
   * Ends the notice if nobody has yet and queues one text per follower, in the caller's transaction;
   * false when another caller (an admin, another node's job) ended it first.
   */
  boolean end(String id, String reason) {
    if (!rows.end(id, Instant.now(), reason)) {
      return false;
    }
    Notice notice = rows.find(id).orElseThrow();
    String category = catalogue.find(notice.categoryCode()).map(Category::name).orElse(notice.categoryCode());
    for (NoticeRows.Follower follower : rows.followers(id)) {
      sms.send("outage-ended:" + id + ":" + follower.userId(), null,
          new SmsMessage(follower.phone(), TEMPLATE, List.of(notice.placeName(), category, notice.reason())));
    }
    return true;
  }

  private View view(Notice notice, boolean following, Instant now) {
    String categoryName = catalogue.find(notice.categoryCode()).map(Category::name).orElse(notice.categoryCode());
    return new View(notice.id(), notice.state(now), notice.buildingId(), notice.areaId(), notice.placeName(),
        new NoticeCategory(notice.categoryCode(), categoryName), notice.reason(), notice.startsAt(), notice.endsAt(),
        notice.createdAt(), notice.endedAt(), notice.endReason(), notice.followerCount(), following);
  }

  private static String tooLong(String id, String field) {
    if (id.length() > MAX_ID) {
      throw ApiException.invalid(field, "buildingId".equals(field) ? "楼栋不存在或已停用" : "区域不存在或已停用");
    }
    return id;
  }

  private static void requireAdmin(CurrentUser me) {
    if (!me.is(Role.ADMIN)) {
      throw ApiException.forbidden("只有管理员可以发布和关闭通知");
    }
  }

  private static void requireRequester(CurrentUser me) {
    if (!me.is(Role.USER)) {
      throw ApiException.forbidden("只有报修人可以关注通知");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static ApiException unknown() {
    return ApiException.notFound("通知不存在");
  }
}
