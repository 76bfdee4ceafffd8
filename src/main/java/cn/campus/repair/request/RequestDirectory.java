package cn.campus.repair.request;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What other features may read about requests. */
@Component
public class RequestDirectory {

  private final RequestRecords records;

  RequestDirectory(RequestRecords records) {
    this.records = records;
  }

  public Optional<RequestRow> find(String requestId) {
    return records.find(requestId);
  }

  /** How many requests each worker has in hand now, by worker id. */
  public Map<String, Integer> activeTasksByWorker() {
    return records.activeTasks();
  }
}
