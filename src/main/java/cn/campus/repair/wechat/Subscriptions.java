package cn.campus.repair.wechat;

import cn.campus.repair.account.Role;
import cn.campus.repair.common.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements a person gives with {@code wx.requestSubscribeMessage}, kept per SMS template they
 * stand for. Only a bound person's count: a subscribe message goes to an openid.
 */
@Service
class Subscriptions {

  private static final Set<String> ANSWERS = Set.of("accept", "reject", "ban", "filter");

  private final WechatProperties properties;
  private final Bindings bindings;
  private final Agreements agreements;

  Subscriptions(WechatProperties properties, Bindings bindings, Agreements agreements) {
    this.properties = properties;
    this.bindings = bindings;
    this.agreements = agreements;
  }

  /** Which moment's templates each role asks for: a requester's on submitting, a worker's on accepting. */
  private static final Map<Role, String> MOMENTS = Map.of(Role.USER, "submit", Role.WORKER, "accept");

  @Transactional
  void record(String userId, Role role, Map<String, String> results) {
    if (!properties.configured()) {
      throw ApiException.notFound("本服务未启用微信订阅消息");
    }
    Map<String, String> accepted = new LinkedHashMap<>();
    results.forEach((templateId, answer) -> {
      String field = "results." + templateId;
      String template = properties.templateNameOf(templateId)
          .orElseThrow(() -> ApiException.invalid(field, "不是本服务的订阅消息模板"));
      if (!MOMENTS.get(role).equals(properties.messages().get(template).moment())) {
        throw ApiException.invalid(field, "该订阅消息不适用于当前账号");
      }
      if (answer == null || !ANSWERS.contains(answer)) {
        throw ApiException.invalid(field, "订阅结果为 accept、reject、ban 或 filter");
      }
      if ("accept".equals(answer)) {
        accepted.put(templateId, template);
      }
    });
    if (bindings.of(userId).isEmpty()) {
      throw ApiException.conflict("请先在小程序中绑定微信");
    }
    accepted.values().forEach(template -> agreements.granted(userId, template));
  }

  Map<String, Integer> remaining(String userId) {
    return agreements.of(userId);
  }
}
