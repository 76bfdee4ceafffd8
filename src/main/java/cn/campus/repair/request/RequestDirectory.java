package cn.campus.repair.request;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What other features may read about requests. */
@Component
public class RequestDirectory {

  private final RequestRows rows;

  RequestDirectory(RequestRows rows) {
    this.rows = rows;
  }

  public Optional<RequestRow> find(String requestId) {
    return rows.find(requestId);
  }

  /** The workers who refused the request as outside their specialty: dispatch does not suggest them again. */
  public java.util.Set<String> excludedWorkers(String requestId) {
    return rows.excludedWorkers(requestId);
  }

  /** How many requests each worker has in hand now (their open steps), by worker id. */
  public Map<String, Integer> activeTasksByWorker() {
    return rows.openStepsByAssignee();
  }
}
