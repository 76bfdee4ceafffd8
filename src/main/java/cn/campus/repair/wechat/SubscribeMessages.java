package cn.campus.repair.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.request.RequestDirectory;
import cn.campus.repair.request.RequestRow;
import cn.campus.repair.sms.ChannelRefusedException;
import cn.campus.repair.sms.MessageChannel;
import cn.campus.repair.sms.SmsDeliveryException;
import cn.campus.repair.sms.SmsMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * WeChat subscribe messages as a channel of the SMS queue. The rule, per person and event: a
 * subscribe message when the event's SMS template has a WeChat template, the person's account is
 * bound, they have an agreement left for it, and (with {@code urgent-by-sms}) the request is not
 * urgent; the SMS otherwise. Queuing one uses the agreement.
 *
 * <p>WeChat's answers: 43101 (the person has no agreement after all, or withdrew it) and an openid
 * WeChat does not know are refusals, and the message goes by SMS; an expired access token (40001)
 * WxJava refreshes and retries once by itself; "system busy" (-1) it retries briefly, and after that
 * the queue retries on the model's schedule like any failed SMS.
 */
@Component
@Conditional(WechatConfigured.class)
class SubscribeMessages implements MessageChannel {

  static final String CHANNEL = "WECHAT";
  /** WeChat's "user refused" / no agreement left. */
  static final int REFUSED = 43101;
  private static final Set<Integer> UNREACHABLE = Set.of(REFUSED, 40003, 43104);
  /** WeChat's own limits on a field's length, by the kind its data key starts with. */
  private static final Map<String, Integer> LIMITS = Map.of(
      "thing", 20, "name", 10, "phrase", 5, "character_string", 32, "phone_number", 17, "car_number", 8,
      "letter", 32, "symbol", 5, "number", 32, "amount", 32);

  private final WxMaService wechat;
  private final WechatProperties properties;
  private final Users users;
  private final Bindings bindings;
  private final Agreements agreements;
  private final RequestDirectory requests;

  SubscribeMessages(WxMaService wechat, WechatProperties properties, Users users, Bindings bindings,
      Agreements agreements, RequestDirectory requests) {
    this.wechat = wechat;
    this.properties = properties;
    this.users = users;
    this.bindings = bindings;
    this.agreements = agreements;
    this.requests = requests;
  }

  @Override
  public String name() {
    return CHANNEL;
  }

  @Override
  public Optional<String> route(String requestId, SmsMessage message) {
    if (properties.message(message.template()).isEmpty() || urgentBySms(requestId)) {
      return Optional.empty();
    }
    Optional<User> person = users.findByPhone(message.phone()).filter(User::active);
    if (person.isEmpty()) {
      return Optional.empty();
    }
    Optional<Bindings.Binding> binding = bindings.of(person.get().id());
    if (binding.isEmpty() || !agreements.use(person.get().id(), message.template())) {
      return Optional.empty();
    }
    return Optional.of(binding.get().openid());
  }

  private boolean urgentBySms(String requestId) {
    return properties.urgentBySms() && requestId != null
        && requests.find(requestId).map(RequestRow::serviceLevel).map(RequestRow.ServiceLevel::urgent).orElse(false);
  }

  @Override
  public void send(String openid, String requestId, SmsMessage message) {
    WechatProperties.Message template = properties.message(message.template())
        .orElseThrow(() -> new ChannelRefusedException("NO_TEMPLATE", message.template() + " has no WeChat template"));
    WxMaSubscribeMessage subscribe = WxMaSubscribeMessage.builder()
        .toUser(openid)
        .templateId(template.templateId())
        .page(page(template, requestId))
        .miniprogramState(properties.miniProgramState())
        .lang("zh_CN")
        .data(data(template, message.params()))
        .build();
    try {
      wechat.getMsgService().sendSubscribeMsg(subscribe);
    } catch (WxErrorException failure) {
      int code = failure.getError().getErrorCode();
      if (UNREACHABLE.contains(code)) {
        if (code == REFUSED) {
          bindings.userOf(openid).ifPresent(userId -> agreements.noneLeft(userId, message.template()));
        }
        throw new ChannelRefusedException(Integer.toString(code), failure.getError().getErrorMsg());
      }
      throw new SmsDeliveryException(Integer.toString(code), failure.getError().getErrorMsg(), failure);
    } catch (WxRuntimeException failure) {
      throw new SmsDeliveryException("WECHAT_UNREACHABLE", String.valueOf(failure.getMessage()), failure);
    }
  }

  private static String page(WechatProperties.Message template, String requestId) {
    if (template.page() == null || template.page().isBlank()) {
      return null;
    }
    return template.page().replace("{requestId}", requestId == null ? "" : requestId);
  }

  private static List<WxMaSubscribeMessage.MsgData> data(WechatProperties.Message template, List<String> params) {
    return template.fields().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(field -> new WxMaSubscribeMessage.MsgData(field.getKey(), fit(field.getKey(), fill(field.getValue(), params))))
        .toList();
  }

  private static String fill(String text, List<String> params) {
    String filled = text;
    for (int i = 0; i < params.size(); i++) {
      filled = filled.replace("{" + (i + 1) + "}", params.get(i));
    }
    return filled;
  }

  /** WeChat refuses a value longer than its kind allows (47003): a long place name is shortened instead. */
  private static String fit(String key, String value) {
    String kind = key.replaceAll("\\d+$", "");
    Integer most = LIMITS.get(kind);
    if (most == null || value.codePointCount(0, value.length()) <= most) {
      return value;
    }
    int end = value.offsetByCodePoints(0, most - 1);
    return value.substring(0, end) + "…";
  }
}
