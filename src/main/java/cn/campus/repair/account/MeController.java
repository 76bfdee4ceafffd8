package cn.campus.repair.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
class MeController {

  private final Accounts accounts;

  MeController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  UserView me(@AuthenticationPrincipal CurrentUser me) {
    return UserView.of(accounts.me(me));
  }

  /**
   * Also answers POST: WeChat's wx.request cannot send PATCH, so the mini program posts with
   * {@code X-HTTP-Method-Override: PATCH}.
   */
  @RequestMapping(method = {RequestMethod.PATCH, RequestMethod.POST})
  UserView update(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody ProfileChange body) {
    return UserView.of(accounts.updateProfile(me, body.name(), body.department(), body.address()));
  }

  @PutMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody PasswordChange body) {
    accounts.changePassword(me, body.currentPassword(), body.newPassword());
  }

  record ProfileChange(
      @Size(max = 50, message = "姓名最多50个字") String name,
      @Size(max = 100, message = "部门最多100个字") String department,
      @Size(max = 200, message = "地址最多200个字") String address) {}

  record PasswordChange(
      String currentPassword,
      @NotNull(message = "请输入新密码") @Size(min = 8, max = 64, message = "新密码长度为8到64位")
          String newPassword) {}
}
