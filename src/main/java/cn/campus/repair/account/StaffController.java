package cn.campus.repair.account;

import cn.campus.repair.common.PhoneNumbers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins add workers and other admins; they log in by SMS code and may then set a password. */
@RestController
class StaffController {

  private final Accounts accounts;

  StaffController(Accounts accounts) {
    this.accounts = accounts;
  }

  @PostMapping("/api/staff")
  @ResponseStatus(HttpStatus.CREATED)
  UserView create(@Valid @RequestBody NewStaff body) {
    String phone = PhoneNumbers.normalize("phone", body.phone());
    return UserView.of(accounts.createStaff(phone, body.name(), body.role(), body.specialties()));
  }

  record NewStaff(
      @NotBlank(message = "请输入手机号") String phone,
      @NotBlank(message = "请输入姓名") @Size(max = 50, message = "姓名最多50个字") String name,
      @NotNull(message = "请选择角色") Role role,
      List<String> specialties) {}
}
