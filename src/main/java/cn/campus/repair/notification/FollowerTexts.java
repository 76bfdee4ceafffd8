package cn.campus.repair.notification;

import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.process.RepairProcess;
import cn.campus.repair.process.RequestEnded;
import cn.campus.repair.process.StepCompleted;
import cn.campus.repair.request.RequestDirectory;
import cn.campus.repair.request.RequestRow;
import cn.campus.repair.sms.OutgoingSms;
import cn.campus.repair.sms.SmsMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the followers of a request that it was fixed ({@value #TEMPLATE}), when its repair step is
 * completed, through our API or Tasklist alike; or that it ended without a repair
 * ({@value #CLOSED_TEMPLATE}: not accepted, or withdrawn by its requester), so that whoever still has
 * the fault reports it again. The texts are queued in that step's transaction,
 * each follower's once (the follower is marked told in the same transaction, and the queue keeps one
 * message per event key): a retried or rolled-back completion, or a second repair after a rework,
 * tells nobody twice. Someone who unfollowed before is no longer a follower and is not told.
 */
@Component
class FollowerTexts {

  static final String TEMPLATE = "FOLLOWED_REQUEST_FIXED";
  static final String CLOSED_TEMPLATE = "FOLLOWED_REQUEST_CLOSED";

  /** How the text names each ending without a repair; a merged request's followers move to the kept one. */
  private static final Map<String, String> ENDINGS_WITHOUT_REPAIR = Map.of("REJECTED", "未受理", "CANCELLED", "已撤销");

  private final RequestDirectory requests;
  private final Catalogue catalogue;
  private final OutgoingSms sms;

  FollowerTexts(RequestDirectory requests, Catalogue catalogue, OutgoingSms sms) {
    this.requests = requests;
    this.catalogue = catalogue;
    this.sms = sms;
  }

  @EventListener
  void on(StepCompleted step) {
    if (!RepairProcess.TASK_REPAIR.equals(step.taskKey())) {
      return;
    }
    tell(step.requestId(), "followed-fixed", TEMPLATE, List.of());
  }

  @EventListener
  void on(RequestEnded ended) {
    String ending = ENDINGS_WITHOUT_REPAIR.get(ended.status());
    if (ending != null) {
      tell(ended.requestId(), "followed-closed", CLOSED_TEMPLATE, List.of(ending));
    }
  }

  private void tell(String requestId, String event, String template, List<String> moreParams) {
    List<RequestDirectory.Follower> followers = requests.takeFollowersToTell(requestId);
    if (followers.isEmpty()) {
      return;
    }
    RequestRow request = requests.find(requestId)
        .orElseThrow(() -> new IllegalStateException("No repair request " + requestId));
    String category = catalogue.find(request.categoryCode()).map(Category::name).orElse(request.categoryCode());
    List<String> params = new ArrayList<>(List.of(request.number(), RequestNotifications.place(request), category));
    params.addAll(moreParams);
    for (RequestDirectory.Follower follower : followers) {
      sms.send(event + ":" + request.id() + ":" + follower.userId(), request.id(),
          new SmsMessage(follower.phone(), template, params));
    }
  }
}
