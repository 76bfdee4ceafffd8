package cn.campus.repair.search;

import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Page;
import cn.campus.repair.common.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds requests by what a person remembers of them ({@link SearchTerms}), their status and the day
 * they were filed, within what the caller may see, newest first.
 *
 * <p>How it stays fast however many requests there are: of the search's terms, and of the caller's
 * own list for requesters and workers, the one with the fewest entries (each counted up to {@link
 * #CHOICE_CAP} on its index, which costs little) drives the search; it walks that index newest first
 * within the dates and stops after the page, and every other term, the status and the caller's scope
 * are primary-key probes of each row it meets. A worker's terms are counted among their own requests
 * ({@code worker_search_term}, {@link Driver#workerTerm}): every term's list and the worker's own
 * list may each be long while the requests of that worker with that term are few. Nothing sorts or
 * scans a table.
 */
@Component
public class RequestSearch {

  /**
   * A search's total is exact up to here (the lists count to 1,000): counting walks and probes every
   * match, and a search that finds more than two hundred requests is one to narrow, not to page.
   */
  static final int COUNT_CAP = 200;
  /** A candidate index is counted this far to find the rarest; counting it is an index-only read. */
  static final int CHOICE_CAP = 1_000;
  /**
   * A worker's terms all beyond {@link #CHOICE_CAP} are counted again this far (漏水 in all of a
   * worker's 10,000 requests, a building in half of them): walking the wrong one of them is a walk
   * of thousands of rows, and a term's list among a worker's requests is no longer than theirs.
   */
  static final int WORKER_CHOICE_CAP = 20_000;
  /** A search of more terms than this is refused: each is a probe per row. */
  static final int MAX_TERMS = 12;

  private final JdbcClient jdbc;
  private final TermLiterals literals;

  RequestSearch(JdbcClient jdbc, TermLiterals literals) {
    this.jdbc = jdbc;
    this.literals = literals;
  }

  /** Whose requests a search covers. */
  public enum Scope { ALL, REQUESTER, WORKER }

  /**
   * What to find: {@code query} words (null for none), statuses (empty for all), filed at or after
   * {@code from} and before {@code until} (null for open-ended), within {@code scope} of {@code personId}.
   */
  public record Criteria(String query, List<String> statuses, Instant from, Instant until, Scope scope,
      String personId) {}

  /** A page of request ids, newest first, and how many match (up to the cap). */
  public Page<String> find(Criteria criteria, int page, int size) {
    List<String> terms = terms(criteria.query());
    Map<String, Object> params = new LinkedHashMap<>();
    Plan plan = plan(criteria, terms, params);
    Driver driver = plan.driver();
    // A worker's lists hold only requests that exist, so without a status to check their walk needs
    // no row of the request: that is a probe less for each row walked.
    boolean workerList = driver.kind() == Driver.Kind.WORKER || driver.kind() == Driver.Kind.WORKER_TERM;
    boolean readsRequest = !criteria.statuses().isEmpty() || !workerList;
    StringBuilder where = new StringBuilder(readsRequest ? driver.joined() : driver.indexOnly());
    int probe = 0;
    for (String term : plan.probed()) {
      probe++;
      where.append(" AND EXISTS (SELECT 1 FROM request_search_term x").append(probe)
          .append(" WHERE x").append(probe).append(".request_id = ").append(driver.id())
          .append(" AND x").append(probe).append(".term = ").append(literals.of(term)).append(")");
    }
    if (!criteria.statuses().isEmpty()) {
      where.append(" AND r.status IN (:statuses)");
      params.put("statuses", criteria.statuses());
    }
    if (driver.kind() == Driver.Kind.TERM && criteria.scope() == Scope.REQUESTER) {
      where.append(" AND r.requester_id = :personId");
    }
    if (driver.kind() == Driver.Kind.TERM && criteria.scope() == Scope.WORKER) {
      where.append(" AND EXISTS (SELECT 1 FROM request_worker w WHERE w.worker_id = :personId AND w.request_id = ")
          .append(driver.id()).append(")");
    }
    String walk = "SELECT " + driver.id() + " AS id" + where + driver.order();
    long offset = (long) page * size;
    if (offset + size <= COUNT_CAP + 1) {
      // The page lies within the counted matches: one walk gives both, where two would walk a long
      // driver twice when few of its rows match.
      List<String> counted = jdbc.sql(walk + " OFFSET 0 ROWS FETCH NEXT :cap ROWS ONLY")
          .params(params)
          .param("cap", COUNT_CAP + 1)
          .query(String.class)
          .list();
      List<String> ids = counted.subList((int) Math.min(offset, counted.size()),
          (int) Math.min(offset + size, counted.size()));
      return page(List.copyOf(ids), page, size, counted.size());
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM (" + walk + " OFFSET 0 ROWS FETCH NEXT :cap ROWS ONLY) counted")
        .params(params)
        .param("cap", COUNT_CAP + 1)
        .query(Long.class)
        .single();
    List<String> ids = jdbc.sql(walk + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
        .params(params)
        .param("offset", offset)
        .param("size", size)
        .query(String.class)
        .list();
    return page(ids, page, size, total);
  }

  private static Page<String> page(List<String> ids, int page, int size, long total) {
    boolean capped = total > COUNT_CAP;
    return new Page<>(ids, page, size, capped ? COUNT_CAP : total, capped);
  }

  private static List<String> terms(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    if (SearchTerms.hasLoneCharacter(query)) {
      throw ApiException.invalid("q", "请至少输入两个连续的汉字");
    }
    List<String> terms = new ArrayList<>(SearchTerms.of(query));
    if (terms.isEmpty()) {
      throw ApiException.invalid("q", "请输入要查找的文字或号码");
    }
    if (terms.size() > MAX_TERMS) {
      throw ApiException.invalid("q", "搜索内容过长，请精简");
    }
    return terms;
  }

  /** The index a search walks, and its other terms, to be probed for each row in this order. */
  private record Plan(Driver driver, List<String> probed) {}

  /**
   * The index the search walks: the rarest term's, or the caller's own list when that is shorter,
   * or (no terms) the caller's list or all requests by date; a worker's rarest term among their own
   * requests. The other terms are probed rarest first, so most rows that fail are dropped by the
   * first probe.
   */
  private Plan plan(Criteria criteria, List<String> terms, Map<String, Object> params) {
    if (criteria.scope() != Scope.ALL) {
      params.put("personId", criteria.personId());
    }
    if (criteria.from() != null) {
      params.put("from", Times.toDb(criteria.from()));
    }
    if (criteria.until() != null) {
      params.put("until", Times.toDb(criteria.until()));
    }
    List<Driver> candidates = new ArrayList<>();
    boolean workerTerms = criteria.scope() == Scope.WORKER && !terms.isEmpty();
    for (String term : terms) {
      // A term's list among a worker's requests is never longer than its list or the worker's.
      candidates.add(workerTerms ? Driver.workerTerm(term, literals.of(term), criteria)
          : Driver.term(term, literals.of(term), criteria));
    }
    if (criteria.scope() == Scope.WORKER && terms.isEmpty()) {
      candidates.add(Driver.worker(criteria));
    } else if (criteria.scope() == Scope.REQUESTER) {
      candidates.add(Driver.requester(criteria));
    } else if (terms.isEmpty()) {
      candidates.add(Driver.all(criteria));
    }
    if (candidates.size() == 1) {
      return new Plan(candidates.get(0), List.of());
    }
    Map<Driver, Long> entries = new LinkedHashMap<>();
    candidates.forEach(candidate -> entries.put(candidate, entries(candidate, params, CHOICE_CAP)));
    if (workerTerms && entries.values().stream().allMatch(count -> count > CHOICE_CAP)) {
      candidates.forEach(candidate -> entries.put(candidate, entries(candidate, params, WORKER_CHOICE_CAP)));
    }
    Comparator<Driver> rarestFirst = Comparator.comparingLong(entries::get);
    // On a tie (both beyond the count) the caller's own list wins: a person's requests are few.
    Driver chosen = candidates.stream()
        .min(rarestFirst.thenComparing(candidate -> candidate.kind() == Driver.Kind.TERM)).orElseThrow();
    List<String> probed = candidates.stream()
        .filter(candidate -> candidate.term() != null && candidate != chosen)
        .sorted(rarestFirst)
        .map(Driver::term)
        .toList();
    return new Plan(chosen, probed);
  }

  /** How many entries the candidate's index has in the dates, counted up to {@code cap}. */
  private long entries(Driver candidate, Map<String, Object> params, int cap) {
    return jdbc.sql("SELECT COUNT(*) FROM (SELECT " + candidate.id() + candidate.indexOnly() + candidate.order()
            + " OFFSET 0 ROWS FETCH NEXT :cap ROWS ONLY) counted")
        .params(params)
        .param("cap", cap + 1)
        .query(Long.class)
        .single();
  }
}
