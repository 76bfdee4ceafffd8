package cn.campus.repair.materials;

import cn.campus.repair.common.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What a repair request does with parts, for the request feature: the worker asks for catalogue parts
 * or describes one the catalogue lacks; a keeper issues them from a warehouse (stock drops, or a 409
 * names what is left); at completion the worker says how many were used and the rest goes back. The
 * request's cost is what was used at the price when asked. Runs in the caller's transaction.
 */
@Service
public class Materials {

  /** Lines one request may ask for at once. */
  public static final int MAX_LINES = 20;

  private final PartRows parts;
  private final RequestPartRows lines;
  private final StockKeeping keeping;

  Materials(PartRows parts, RequestPartRows lines, StockKeeping keeping) {
    this.parts = parts;
    this.lines = lines;
    this.keeping = keeping;
  }

  /** Who moved stock, as the movement records it. */
  public record Actor(String id, String name) {}

  /** A line the worker asks for: a catalogue part ({@code partId}) or a free description ({@code name}). */
  public record Wanted(String partId, String name, int quantity) {}

  /** How many of an issued line the worker used. */
  public record Used(String lineId, int used) {}

  /** A request's parts and what they cost: {@code cost} counts what was used, {@code estimate} what was asked. */
  public record RequestParts(List<Line> lines, BigDecimal estimate, BigDecimal cost) {}

  /** One line as people see it; {@code partId} null for a free description. */
  public record Line(String id, String partId, String name, String unit, BigDecimal unitPrice, int quantity,
      int issued, Integer used, String state, String warehouseId) {}

  /** What is wrong with the lines (unknown or retired parts), each named {@code field[i].partId}. */
  public List<ApiException.FieldError> problems(String field, List<Wanted> wanted) {
    Map<String, Part> known = parts.parts(wanted.stream().map(Wanted::partId).filter(Objects::nonNull).toList());
    List<ApiException.FieldError> problems = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      Wanted line = wanted.get(i);
      if (line.partId() == null && (line.name() == null || line.name().isBlank())) {
        problems.add(new ApiException.FieldError(field + "[" + i + "].partId", "请选择配件或填写所需材料"));
      } else if (line.partId() != null && (!known.containsKey(line.partId()) || known.get(line.partId()).retired())) {
        problems.add(new ApiException.FieldError(field + "[" + i + "].partId", "配件不存在"));
      }
    }
    return problems;
  }

  /** Records what the worker asks for; answers the estimated cost of everything the request asked for so far. */
  public BigDecimal request(String requestId, String workerId, List<Wanted> wanted) {
    Map<String, Part> known = parts.parts(wanted.stream().map(Wanted::partId).filter(Objects::nonNull).toList());
    for (Wanted line : wanted) {
      Part part = line.partId() == null ? null : known.get(line.partId());
      lines.insert(requestId, part == null ? null : part.id(), part == null ? line.name().strip() : null,
          line.quantity(), part == null ? null : part.unitPrice(), workerId);
    }
    return estimate(lines.of(requestId).stream()
        .filter(line -> !line.state().equals(RequestPartRows.REFUSED)).toList());
  }

  /** The admins said no: the lines waiting are not issued. */
  public void refuseWaiting(String requestId) {
    lines.inState(requestId, RequestPartRows.REQUESTED)
        .forEach(line -> lines.state(line.id(), RequestPartRows.REFUSED));
  }

  /** What is wrong with issuing to the request from {@code warehouseId}: an unknown warehouse. */
  public List<ApiException.FieldError> issueProblems(String warehouseId) {
    return parts.warehouse(warehouseId).isPresent() ? List.of()
        : List.of(new ApiException.FieldError("warehouseId", "仓库不存在"));
  }

  /**
   * Issues every waiting catalogue line in full from the warehouse, parts in a fixed order so that
   * two keepers issuing overlapping requests lock stock rows in the same order; a free description
   * is marked issued as the keeper found it. A {@link StockShortage} when a part is short.
   */
  public void issue(String requestId, String warehouseId, Actor keeper) {
    Warehouse warehouse = parts.warehouse(warehouseId)
        .orElseThrow(() -> ApiException.invalid("warehouseId", "仓库不存在"));
    List<RequestPartRows.Row> waiting = lines.inState(requestId, RequestPartRows.REQUESTED).stream()
        .sorted(Comparator.comparing((RequestPartRows.Row row) -> Objects.toString(row.partId(), "")).thenComparing(RequestPartRows.Row::id))
        .toList();
    Map<String, Part> known = parts.parts(waiting.stream().map(RequestPartRows.Row::partId).filter(Objects::nonNull).toList());
    for (RequestPartRows.Row line : waiting) {
      if (line.partId() != null) {
        keeping.issue(known.get(line.partId()), warehouse, line.quantity(), line.unitPrice(), requestId, keeper);
      }
      lines.issued(line.id(), warehouseId, line.quantity());
    }
  }

  /** What is wrong with the worker's account of use: a line that is not this request's issued one, more used than issued. */
  public List<ApiException.FieldError> useProblems(String requestId, String field, List<Used> used) {
    Map<String, RequestPartRows.Row> issued = lines.inState(requestId, RequestPartRows.ISSUED).stream()
        .collect(Collectors.toMap(RequestPartRows.Row::id, Function.identity()));
    List<ApiException.FieldError> problems = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < used.size(); i++) {
      Used line = used.get(i);
      RequestPartRows.Row row = issued.get(line.lineId());
      if (row == null) {
        problems.add(new ApiException.FieldError(field + "[" + i + "].lineId", "不是本单已领取的配件"));
      } else if (!seen.add(line.lineId())) {
        problems.add(new ApiException.FieldError(field + "[" + i + "].lineId", "同一配件只能填写一次"));
      } else if (line.used() > row.issued()) {
        problems.add(new ApiException.FieldError(field + "[" + i + "].used",
            "用量不能超过领取的数量（%d）".formatted(row.issued())));
      }
    }
    return problems;
  }

  /**
   * The worker's account at completion: each issued line used as said (a line not mentioned was used
   * in full), the rest returned to the warehouse it came from. Answers the request's cost.
   */
  public BigDecimal recordUse(String requestId, List<Used> used, Actor worker) {
    Map<String, Integer> usedByLine = new HashMap<>();
    used.forEach(line -> usedByLine.put(line.lineId(), line.used()));
    List<RequestPartRows.Row> issued = lines.inState(requestId, RequestPartRows.ISSUED);
    Map<String, Part> known = parts.parts(issued.stream().map(RequestPartRows.Row::partId).filter(Objects::nonNull).toList());
    for (RequestPartRows.Row line : issued) {
      int usedHere = Math.min(usedByLine.getOrDefault(line.id(), line.issued()), line.issued());
      int back = line.issued() - usedHere;
      if (back > 0 && line.partId() != null) {
        keeping.giveBack(known.get(line.partId()), parts.warehouse(line.warehouseId()).orElseThrow(), back,
            line.unitPrice(), requestId, worker);
      }
      lines.used(line.id(), usedHere);
    }
    return partsOf(requestId).cost();
  }

  /** The request's lines, oldest first, and their cost. */
  public RequestParts partsOf(String requestId) {
    List<RequestPartRows.Row> rows = lines.of(requestId);
    Map<String, Part> known = parts.parts(rows.stream().map(RequestPartRows.Row::partId).filter(Objects::nonNull).distinct().toList());
    List<Line> views = rows.stream().map(row -> {
      Part part = row.partId() == null ? null : known.get(row.partId());
      return new Line(row.id(), row.partId(), part == null ? row.freeText() : part.label(),
          part == null ? null : part.unit(), row.unitPrice(), row.quantity(), row.issued(), row.used(), row.state(),
          row.warehouseId());
    }).toList();
    BigDecimal cost = rows.stream()
        .filter(row -> row.unitPrice() != null && row.used() != null)
        .map(row -> row.unitPrice().multiply(BigDecimal.valueOf(row.used())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new RequestParts(views, estimate(rows.stream()
        .filter(row -> !row.state().equals(RequestPartRows.REFUSED)).toList()), cost.setScale(2));
  }

  /** Requests with parts waiting to be issued (some may still wait for the approval), the longest waiting first. */
  public List<String> requestsWaitingForParts(int limit) {
    return lines.waitingRequests(limit);
  }

  /** Whether the request ever asked for parts (a keeper may then read it). */
  public boolean concerns(String requestId) {
    return lines.any(requestId);
  }

  /** Every warehouse, oldest first: where a keeper may issue from. */
  public List<Warehouse> warehouses() {
    return parts.warehouses();
  }

  public Optional<Part> part(String id) {
    return parts.part(id);
  }

  private static BigDecimal estimate(List<RequestPartRows.Row> rows) {
    return rows.stream()
        .filter(row -> row.unitPrice() != null)
        .map(row -> row.unitPrice().multiply(BigDecimal.valueOf(row.used() != null ? row.used() : row.quantity())))
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2);
  }
}
