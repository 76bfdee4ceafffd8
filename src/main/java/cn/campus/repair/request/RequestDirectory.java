package cn.campus.repair.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What other features may read about requests. */
@Component
public class RequestDirectory {

  private final RequestRows rows;
  private final FollowerRows followers;

  RequestDirectory(RequestRows rows, FollowerRows followers) {
    this.rows = rows;
    this.followers = followers;
  }

  /**
   * The followers of the request not yet told that it was fixed, as (account id, phone), now marked
   * told in the caller's transaction: each follower is told once, however often the repair is done.
   */
  public List<Follower> takeFollowersToTell(String requestId) {
    return followers.takeUntold(requestId).stream()
        .map(untold -> new Follower(untold.userId(), untold.phone()))
        .toList();
  }

  /** Someone who follows a request: their account and phone. */
  public record Follower(String userId, String phone) {}

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
