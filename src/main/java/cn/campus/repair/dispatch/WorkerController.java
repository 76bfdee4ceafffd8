package cn.campus.repair.dispatch;

import cn.campus.repair.common.Page;

import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.common.Paging;
import cn.campus.repair.request.RequestDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workers an admin dispatches to: filtered by name, phone or specialty; with {@code category}
 * (the request's), that category's specialists first; then least loaded, best rated. With {@code
 * request}, the workers who refused that request as outside their specialty are left out.
 */
@RestController
class WorkerController {

  private final Users users;
  private final RequestDirectory requests;
  private final WorkerRatings ratings;

  WorkerController(Users users, RequestDirectory requests, WorkerRatings ratings) {
    this.users = users;
    this.requests = requests;
    this.ratings = ratings;
  }

  @GetMapping("/api/workers")
  Page<WorkerView> workers(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String specialty,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String request,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    // Both read per-worker figures (requests in hand through the open steps they hold, running rating
    // totals), never the history of finished requests.
    Map<String, Integer> activeTasks = requests.activeTasksByWorker();
    Map<String, Double> averageRatings = ratings.averages();
    String query = q == null ? "" : q.strip();
    java.util.Set<String> excluded = request == null || request.isBlank() ? java.util.Set.of()
        : requests.excludedWorkers(request.strip());
    List<WorkerView> matching = users.findByRole(Role.WORKER).stream()
        .filter(worker -> !excluded.contains(worker.id()))
        .filter(worker -> query.isEmpty() || contains(worker.name(), query) || worker.phone().contains(query))
        .filter(worker -> specialty == null || specialty.isBlank() || worker.specialties().contains(specialty.strip()))
        .map(worker -> view(worker, activeTasks.getOrDefault(worker.id(), 0), averageRatings.get(worker.id()),
            category != null && worker.specialties().contains(category.strip())))
        .sorted(Comparator.comparing(WorkerView::specialist).reversed()
            .thenComparingInt(WorkerView::activeTasks)
            .thenComparing(WorkerView::averageRating, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
    int from = (int) Math.min(Paging.offset(page, size), matching.size());
    int to = Math.min(from + size, matching.size());
    return new Page<>(matching.subList(from, to), page, size, matching.size());
  }

  private static boolean contains(String text, String query) {
    return text != null && text.contains(query);
  }

  private static WorkerView view(User worker, int activeTasks, Double averageRating, boolean specialist) {
    Double rating = averageRating == null ? null : Math.round(averageRating * 10) / 10.0;
    return new WorkerView(worker.id(), worker.name(), worker.phone(), worker.specialties(), activeTasks, rating,
        specialist);
  }

  /** {@code specialist}: the worker has the asked-for {@code category} among their specialties. */
  record WorkerView(String id, String name, String phone, List<String> specialties, int activeTasks,
      Double averageRating, boolean specialist) {}
}
