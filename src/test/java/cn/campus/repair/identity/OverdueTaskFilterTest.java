package cn.campus.repair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.IntegrationTest;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's saved filter 已超时: there once however often or concurrently the service starts, and
 * listing exactly the tasks past their due date.
 */
class OverdueTaskFilterTest extends IntegrationTest {

  @Autowired
  private FilterService filters;

  @Autowired
  private TaskService tasks;

  @Autowired
  private OverdueTaskFilter startUp;

  @Test
  void theFilterListsTheTasksPastTheirDueDate() {
    String late = submitted(newStudent());
    String onTime = submitted(newStudent());
    Task lateReview = tasks.createTaskQuery().processInstanceBusinessKey(late).singleResult();
    tasks.setDueDate(lateReview.getId(), Date.from(Instant.now().minusSeconds(60)));

    List<Task> overdue = filters.list(theFilter().getId());

    assertThat(overdue).extracting(Task::getId).contains(lateReview.getId())
        .doesNotContain(tasks.createTaskQuery().processInstanceBusinessKey(onTime).singleResult().getId());
    assertThat(overdue).allSatisfy(task -> assertThat(task.getDueDate()).isBefore(new Date()));
  }

  @Test
  void startingAgainOrAlongsideAnotherNodeLeavesOneFilter() {
    startUp.run(null);
    startUp.create();
    startUp.create();

    startUp.run(null);

    assertThat(filters.createFilterQuery().filterName(OverdueTaskFilter.NAME).count()).isEqualTo(1);
    assertThat(theFilter().getProperties()).containsEntry("color", "#d9534f");
  }

  private Filter theFilter() {
    return filters.createFilterQuery().filterName(OverdueTaskFilter.NAME).singleResult();
  }
}
