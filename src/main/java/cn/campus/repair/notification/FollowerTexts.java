package cn.campus.repair.notification;

import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.process.RepairProcess;
import cn.campus.repair.process.StepCompleted;
import cn.campus.repair.request.RequestDirectory;
import cn.campus.repair.request.RequestRow;
import cn.campus.repair.sms.OutgoingSms;
import cn.campus.repair.sms.SmsMessage;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the followers of a request that it was fixed ({@value #TEMPLATE}), when its repair step is
 * completed, through our API or Tasklist alike. The texts are queued in that step's transaction,
 * each follower's once (the follower is marked told in the same transaction, and the queue keeps one
 * message per event key): a retried or rolled-back completion, or a second repair after a rework,
 * tells nobody twice. Someone who unfollowed before is no longer a follower and is not told.
 */
@Component
class FollowerTexts {

  static final String TEMPLATE = "FOLLOWED_REQUEST_FIXED";

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
    List<RequestDirectory.Follower> followers = requests.takeFollowersToTell(step.requestId());
    if (followers.isEmpty()) {
      return;
    }
    RequestRow request = requests.find(step.requestId())
        .orElseThrow(() -> new IllegalStateException("No repair request " + step.requestId()));
    String category = catalogue.find(request.categoryCode()).map(Category::name).orElse(request.categoryCode());
    String place = RequestNotifications.place(request);
    for (RequestDirectory.Follower follower : followers) {
      sms.send("followed-fixed:" + request.id() + ":" + follower.userId(), request.id(),
          new SmsMessage(follower.phone(), TEMPLATE, List.of(request.number(), place, category)));
    }
  }
}
