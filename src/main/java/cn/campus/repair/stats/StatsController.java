package cn.campus.repair.stats;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Page;
import cn.campus.repair.process.ProcessStatuses;
import cn.campus.repair.stats.StatsViews.Backlog;
import cn.campus.repair.stats.StatsViews.Durations;
import cn.campus.repair.stats.StatsViews.Flow;
import cn.campus.repair.stats.StatsViews.Group;
import cn.campus.repair.stats.StatsViews.Overview;
import cn.campus.repair.stats.StatsViews.Refusals;
import cn.campus.repair.stats.StatsViews.Repeats;
import cn.campus.repair.stats.StatsViews.ServiceLevels;
import cn.campus.repair.stats.StatsViews.Worker;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The office's numbers, admins only (the security configuration says so for {@code /api/stats/**}).
 * Every call takes the period ({@code from}, {@code to}: dates, inclusive, the last 7 days when
 * left out) and the filters ({@code category}, {@code buildingId}, {@code workerId}).
 */
@RestController
@RequestMapping("/api/stats")
class StatsController {

  private final Stats stats;
  private final VolumeKpis volume;
  private final SpeedKpis speed;
  private final PeopleKpis people;
  private final RepeatFaults repeats;
  private final RequestList list;
  private final Exports exports;
  private final Catalogue catalogue;
  private final Users users;
  private final ProcessStatuses statuses;
  private final ZoneId zone;

  StatsController(Stats stats, VolumeKpis volume, SpeedKpis speed, PeopleKpis people, RepeatFaults repeats,
      RequestList list, Exports exports, Catalogue catalogue, Users users, ProcessStatuses statuses,
      @Value("${repair.zone}") ZoneId zone) {
    this.stats = stats;
    this.volume = volume;
    this.speed = speed;
    this.people = people;
    this.repeats = repeats;
    this.list = list;
    this.exports = exports;
    this.catalogue = catalogue;
    this.users = users;
    this.statuses = statuses;
    this.zone = zone;
  }

  /** The period and filters as the query string gives them. */
  record Query(LocalDate from, LocalDate to, String category, String buildingId, String workerId) {}

  @GetMapping("/overview")
  Overview overview(@ModelAttribute Query query) {
    return stats.overview(filter(query));
  }

  @GetMapping("/backlog")
  Backlog backlog(@ModelAttribute Query query) {
    return volume.backlog(filter(query));
  }

  @GetMapping("/flow")
  Flow flow(@ModelAttribute Query query, @RequestParam(defaultValue = "DAY") VolumeKpis.Interval interval) {
    return volume.flow(filter(query), interval);
  }

  @GetMapping("/durations")
  Durations durations(@ModelAttribute Query query) {
    return speed.durations(filter(query));
  }

  @GetMapping("/service-levels")
  ServiceLevels serviceLevels(@ModelAttribute Query query) {
    return speed.serviceLevels(filter(query));
  }

  @GetMapping("/categories")
  List<Group> categories(@ModelAttribute Query query) {
    return stats.categories(filter(query));
  }

  @GetMapping("/buildings")
  List<Group> buildings(@ModelAttribute Query query) {
    return stats.buildings(filter(query));
  }

  @GetMapping("/workers")
  List<Worker> workers(@ModelAttribute Query query) {
    StatsFilter filter = filter(query);
    return people.workers(filter, speed.repairByWorker(filter));
  }

  @GetMapping("/refusals")
  Refusals refusals(@ModelAttribute Query query) {
    return people.refusals(filter(query));
  }

  @GetMapping("/repeats")
  Repeats repeats(@ModelAttribute Query query) {
    return repeats.repeats(filter(query));
  }

  /** The requests behind a number: {@code measure} names the number, {@code status} narrows it. */
  @GetMapping("/requests")
  Page<RequestList.Row> requests(@ModelAttribute Query query,
      @RequestParam(defaultValue = "RECEIVED") RequestList.Measure measure,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return list.page(filter(query), measure, checkedStatus(status), page, size);
  }

  @GetMapping("/requests.csv")
  void csv(@ModelAttribute Query query, @RequestParam(defaultValue = "RECEIVED") RequestList.Measure measure,
      @RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
    StatsFilter filter = filter(query);
    String checked = checkedStatus(status);
    OutputStream out = download(response, filter, "text/csv;charset=UTF-8", "csv");
    try {
      exports.csv(filter, measure, checked, out);
    } catch (RuntimeException e) {
      unsent(response);
      throw e;
    }
  }

  @GetMapping("/requests.xlsx")
  void xlsx(@ModelAttribute Query query, @RequestParam(defaultValue = "RECEIVED") RequestList.Measure measure,
      @RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
    StatsFilter filter = filter(query);
    String checked = checkedStatus(status);
    OutputStream out = download(response, filter,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    try {
      exports.xlsx(filter, measure, checked, out);
    } catch (RuntimeException e) {
      unsent(response);
      throw e;
    }
  }

  private static OutputStream download(HttpServletResponse response, StatsFilter filter, String type, String extension)
      throws IOException {
    response.setContentType(type);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("报修单-%s至%s.%s".formatted(filter.from(), filter.to(), extension), StandardCharsets.UTF_8)
        .build().toString());
    return response.getOutputStream();
  }

  /**
   * A failure before the first bytes left (the database went away): forget the file's headers, so
   * the caller gets the failure as problem+json rather than a broken download.
   */
  private static void unsent(HttpServletResponse response) {
    if (!response.isCommitted()) {
      response.reset();
    }
  }

  private StatsFilter filter(Query query) {
    StatsFilter filter = StatsFilter.of(query.from(), query.to(), zone, query.category(), query.buildingId(),
        query.workerId());
    if (filter.category() != null && catalogue.find(filter.category()).isEmpty()) {
      throw ApiException.invalid("category", "没有这个类别");
    }
    if (filter.workerId() != null
        && users.findById(filter.workerId()).filter(user -> user.role() == Role.WORKER).isEmpty()) {
      throw ApiException.invalid("workerId", "没有这个维修工");
    }
    return filter;
  }

  private String checkedStatus(String status) {
    if (status == null || status.isEmpty()) {
      return null;
    }
    if (status.length() > 40 || !statuses.isKnown(status)) {
      throw ApiException.invalid("status", "没有这个状态");
    }
    return status;
  }
}
