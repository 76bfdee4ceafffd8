package cn.campus.repair.wechat;

import cn.campus.repair.account.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person's own WeChat: whether it is bound, unbinding it, and the subscribe messages they allowed. */
@RestController
@RequestMapping("/api/me/wechat")
class WechatProfileController {

  private final WechatLogin login;
  private final Subscriptions subscriptions;
  private final Bindings bindings;

  WechatProfileController(WechatLogin login, Subscriptions subscriptions, Bindings bindings) {
    this.login = login;
    this.subscriptions = subscriptions;
    this.bindings = bindings;
  }

  @GetMapping
  WechatStatus status(@AuthenticationPrincipal CurrentUser me) {
    var binding = bindings.of(me.id());
    return new WechatStatus(binding.isPresent(), binding.map(Bindings.Binding::boundAt).orElse(null),
        subscriptions.remaining(me.id()));
  }

  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unbind(@AuthenticationPrincipal CurrentUser me) {
    login.unbind(me.id());
  }

  /** What {@code wx.requestSubscribeMessage} answered, as it answered it: template id to accept, reject, ban or filter. */
  @PostMapping("/subscriptions")
  WechatStatus subscribed(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody SubscribeResults body) {
    subscriptions.record(me.id(), me.role(), body.results());
    return status(me);
  }

  record SubscribeResults(
      @NotNull(message = "缺少订阅结果") @Size(min = 1, max = 20, message = "订阅结果为1到20个模板") Map<String, String> results) {}

  record WechatStatus(boolean bound, Instant boundAt, Map<String, Integer> subscriptions) {}
}
