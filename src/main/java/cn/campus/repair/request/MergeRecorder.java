package cn.campus.repair.request;

import cn.campus.repair.account.Users;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.process.InvalidTaskInput;
import cn.campus.repair.process.ProcessStatuses;
import cn.campus.repair.process.RepairProcess;
import cn.campus.repair.process.RequestMerged;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a merge does to the read model, inside the engine's transaction, whoever sent the merge
 * message (our API or the engine REST API): the duplicate links to the request kept, its requester
 * and followers follow the kept one, its photos show on the kept one, and both histories say so. A
 * merge into nothing, into itself or into a request that has ended is refused here, so the engine
 * rolls it back (the engine REST API answers 400).
 */
@Component
class MergeRecorder {

  static final String MERGED = "MERGED";
  static final String MERGED_IN = "MERGED_IN";

  private final RequestRows rows;
  private final FollowerRows followers;
  private final ProcessStatuses vocabulary;
  private final Users users;

  MergeRecorder(RequestRows rows, FollowerRows followers, ProcessStatuses vocabulary, Users users) {
    this.rows = rows;
    this.followers = followers;
    this.vocabulary = vocabulary;
    this.users = users;
  }

  @EventListener
  void on(RequestMerged merged) {
    String keptId = merged.keptRequestId();
    if (keptId == null || keptId.isEmpty()) {
      throw refused("请指定要保留的报修单");
    }
    if (keptId.equals(merged.requestId())) {
      throw refused("不能把报修单合并到它自己");
    }
    RequestRow kept = rows.lock(keptId).orElseThrow(() -> refused("要保留的报修单不存在"));
    if (kept.openTaskKey() == null && vocabulary.isFinal(kept.status())) {
      throw refused("要保留的报修单已结束，不能合并到它");
    }
    RequestRow duplicate = rows.find(merged.requestId())
        .orElseThrow(() -> new IllegalStateException("No repair request " + merged.requestId()));
    rows.setMergedInto(duplicate.id(), keptId);
    for (String follower : followers.followers(duplicate.id())) {
      followers.remove(duplicate.id(), follower);
      if (!follower.equals(kept.requesterId())) {
        followers.add(keptId, follower);
      }
    }
    if (!duplicate.requesterId().equals(kept.requesterId())) {
      followers.add(keptId, duplicate.requesterId());
    }
    rows.copyAttachments(duplicate.id(), keptId);
    String actorId = merged.actorId();
    String actorName = actorId == null ? "系统"
        : users.findById(actorId).map(user -> user.name()).orElse(actorId);
    rows.addHistory(duplicate.id(), MERGED, actorId, actorName, "合并到报修单 " + kept.number(), null);
    rows.addHistory(keptId, MERGED_IN, actorId, actorName, "报修单 " + duplicate.number() + " 合并至此", null);
  }

  private static InvalidTaskInput refused(String message) {
    return new InvalidTaskInput(List.of(new ApiException.FieldError(RepairProcess.VAR_MERGED_INTO, message)));
  }
}
