package cn.campus.repair.wechat;

import cn.campus.repair.account.Accounts;
import cn.campus.repair.account.UserView;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.PhoneNumbers;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth/wechat")
class WechatAuthController {

  private final WechatLogin login;

  WechatAuthController(WechatLogin login) {
    this.login = login;
  }

  /** The silent login: {@code wx.login}'s code in, a session or a ticket to prove the phone with out. */
  @PostMapping
  LoginAnswer login(@Valid @RequestBody LoginRequest body) {
    WechatLogin.Outcome outcome = login.login(body.code().strip());
    return outcome.session() != null
        ? LoginAnswer.of(outcome.session())
        : new LoginAnswer(false, null, null, null, outcome.ticket(), outcome.ticketExpiresAt());
  }

  /** The first time: the phone proved by the phone number button's code, or by an SMS code. */
  @PostMapping("/bind")
  LoginAnswer bind(@Valid @RequestBody BindRequest body) {
    boolean byButton = body.phoneCode() != null && !body.phoneCode().isBlank();
    boolean bySms = body.code() != null && !body.code().isBlank();
    if (byButton == bySms) {
      throw ApiException.invalid(byButton ? "code" : "phoneCode", "请用微信手机号快捷登录，或填写手机号和短信验证码，二选一");
    }
    if (byButton) {
      return LoginAnswer.of(login.bindByPhoneButton(body.ticket().strip(), body.phoneCode().strip()));
    }
    String phone = PhoneNumbers.normalize("phone", body.phone());
    if (!body.code().strip().matches("\\d{6}")) {
      throw ApiException.invalid("code", "验证码为6位数字");
    }
    return LoginAnswer.of(login.bindBySmsCode(body.ticket().strip(), phone, body.code().strip()));
  }

  /**
   * WxJava puts the code into code2Session's query unencoded: only the characters wx.login's codes
   * are made of may pass, or a code could add parameters of its own to that call.
   */
  record LoginRequest(
      @NotBlank(message = "缺少 wx.login 的登录凭证") @Size(max = 128, message = "登录凭证过长")
      @Pattern(regexp = "[A-Za-z0-9_-]*", message = "登录凭证格式不正确") String code) {}

  record BindRequest(
      @NotBlank(message = "缺少微信登录票据") @Size(max = 100, message = "微信登录票据过长") String ticket,
      @Size(max = 128, message = "手机号凭证过长") String phoneCode,
      @Size(max = 20, message = "请输入11位手机号") String phone,
      @Size(max = 20, message = "验证码为6位数字") String code) {}

  /** {@code bound}: logged in (token, user); otherwise the ticket to bind with, valid until {@code ticketExpiresAt}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LoginAnswer(boolean bound, String token, Instant expiresAt, UserView user, String ticket,
      Instant ticketExpiresAt) {

    static LoginAnswer of(Accounts.Session session) {
      return new LoginAnswer(true, session.token(), session.expiresAt(), session.user(), null, null);
    }
  }
}
