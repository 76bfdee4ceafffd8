package cn.campus.repair.account;

import cn.campus.repair.common.PhoneNumbers;

import cn.campus.repair.common.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

  private final LoginCodes loginCodes;
  private final Accounts accounts;

  AuthController(LoginCodes loginCodes, Accounts accounts) {
    this.loginCodes = loginCodes;
    this.accounts = accounts;
  }

  @PostMapping("/sms-code")
  @ResponseStatus(HttpStatus.ACCEPTED)
  LoginCodes.SentCode sendCode(@Valid @RequestBody CodeRequest body, HttpServletRequest http) {
    return loginCodes.send(PhoneNumbers.normalize("phone", body.phone()), http.getRemoteAddr());
  }

  @PostMapping("/login")
  Accounts.Session login(@Valid @RequestBody LoginRequest body) {
    String phone = PhoneNumbers.normalize("phone", body.phone());
    boolean hasCode = body.code() != null && !body.code().isBlank();
    boolean hasPassword = body.password() != null && !body.password().isEmpty();
    if (hasCode == hasPassword) {
      throw ApiException.invalid(hasCode ? "password" : "code", "请填写验证码或密码中的一项");
    }
    if (hasCode) {
      if (!body.code().strip().matches("\\d{6}")) {
        throw ApiException.invalid("code", "验证码为6位数字");
      }
      return accounts.loginWithCode(phone, body.code().strip());
    }
    return accounts.loginWithPassword(phone, body.password());
  }

  @PostMapping("/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void logout(@AuthenticationPrincipal CurrentUser me) {
    accounts.logout(me);
  }

  record CodeRequest(@NotBlank(message = "请输入手机号") String phone) {}

  record LoginRequest(@NotBlank(message = "请输入手机号") String phone, String code, String password) {}
}
