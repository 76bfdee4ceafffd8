package cn.campus.repair.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Tasklist's saved filter {@value #NAME}: the tasks past their due date (the service level's
 * deadline), the most overdue first, for everyone who opens Tasklist (admins see every such task,
 * a worker their own). Made at start-up when it is missing. Several nodes may start at once and
 * filters have no unique name, so each node makes it if it finds none and then keeps the one
 * with the smallest id: whatever the interleaving, one stays.
 */
@Component
class OverdueTaskFilter implements ApplicationRunner {

  static final String NAME = "已超时";
  private static final Logger log = LoggerFactory.getLogger(OverdueTaskFilter.class);

  private final FilterService filters;
  private final TaskService tasks;

  OverdueTaskFilter(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (existing().isEmpty()) {
      create();
    }
    List<Filter> made = existing();
    made.stream().skip(1).forEach(this::delete);
  }

  /** What every node saves when it finds no such filter: the same filter, whichever of them is kept. */
  void create() {
    Filter filter = filters.newTaskFilter(NAME)
        .setQuery(tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc())
        .setProperties(Map.of(
            "description", "已过截止时间仍未完成的任务（截止时间来自服务时限表），最早到期的在前",
            "color", "#d9534f",
            // After 所有任务 (no priority), which Tasklist opens first: Tasklist lists filters by priority.
            "priority", 10,
            "refresh", true,
            "variables", List.of(Map.of("name", "requestSummary", "label", "报修单"))));
    filters.saveFilter(filter);
  }

  /** The filters of this name, the one to keep first. */
  private List<Filter> existing() {
    return filters.createFilterQuery().filterName(NAME).list().stream()
        .sorted(Comparator.comparing(Filter::getId))
        .toList();
  }

  private void delete(Filter duplicate) {
    try {
      filters.deleteFilter(duplicate.getId());
    } catch (RuntimeException anotherNodeDeletedIt) {
      log.info("Filter {} already deleted: {}", duplicate.getId(), anotherNodeDeletedIt.getMessage());
    }
  }
}
