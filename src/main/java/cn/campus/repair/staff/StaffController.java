package cn.campus.repair.staff;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.UserView;
import cn.campus.repair.account.Users;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.Page;
import cn.campus.repair.common.Paging;
import cn.campus.repair.common.PhoneNumbers;
import cn.campus.repair.request.OpenSteps;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff list and what admins do to it (all of {@code /api/staff/**} is for admins: SecurityConfiguration). */
@RestController
@RequestMapping("/api/staff")
class StaffController {

  private final StaffOffice office;
  private final Users users;
  private final OpenSteps openSteps;
  private final StaffAudit audit;
  private final StaffImport staffImport;

  StaffController(StaffOffice office, Users users, OpenSteps openSteps, StaffAudit audit, StaffImport staffImport) {
    this.staffImport = staffImport;
    this.office = office;
    this.users = users;
    this.openSteps = openSteps;
    this.audit = audit;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserView create(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody NewStaff body) {
    String phone = PhoneNumbers.normalize("phone", body.phone());
    List<String> specialties = office.specialties(body.specialties() == null ? List.of() : body.specialties());
    return UserView.of(office.create(me, phone, body.name().strip(), body.role(), specialties, StaffAudit.CREATED));
  }

  /**
   * A staff list from a spreadsheet (.xlsx) or CSV file, multipart field {@code file}: all its rows,
   * or none with every refused row named.
   */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Imported importFile(@AuthenticationPrincipal CurrentUser me, @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalid("file", "请选择要导入的文件");
    }
    List<User> created = staffImport.importFile(me, file.getBytes());
    return new Imported(created.size(), created.stream().map(StaffView::of).toList());
  }

  /** What an import added. */
  record Imported(int imported, List<StaffView> staff) {}

  @GetMapping
  Page<StaffView> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) String specialty,
      @RequestParam(required = false) Boolean active,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    if (q != null && q.length() > 50) {
      throw ApiException.invalid("q", "搜索内容最多50个字");
    }
    Page<User> found = users.findStaff(new Users.StaffFilter(q, role, specialty, active), page, size);
    return new Page<>(found.items().stream().map(StaffView::of).toList(), page, size, found.total());
  }

  @GetMapping("/{id}")
  StaffView get(@PathVariable String id) {
    return StaffView.of(office.staffMember(id));
  }

  /** PATCH, and POST for the mini program ({@code wx.request} has no PATCH). */
  @PatchMapping("/{id}")
  StaffView edit(@AuthenticationPrincipal CurrentUser me, @PathVariable String id, @Valid @RequestBody Changes body) {
    String phone = body.phone() == null ? null : PhoneNumbers.normalize("phone", body.phone());
    return StaffView.of(office.edit(me, id, new StaffOffice.Edit(phone, body.name(), body.role(), body.specialties())));
  }

  @PostMapping("/{id}")
  StaffView editByPost(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
      @Valid @RequestBody Changes body) {
    return edit(me, id, body);
  }

  @PostMapping("/{id}/deactivate")
  StaffView deactivate(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return StaffView.of(office.deactivate(me, id));
  }

  @PostMapping("/{id}/reactivate")
  StaffView reactivate(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
    return StaffView.of(office.reactivate(me, id));
  }

  /** The steps the person holds now: after a deactivation, what is left to hand on. */
  @GetMapping("/{id}/open-steps")
  List<OpenSteps.HeldStep> openSteps(@PathVariable String id) {
    office.staffMember(id);
    return openSteps.heldBy(id);
  }

  @PostMapping("/{id}/open-steps/{taskId}/reassign")
  OpenSteps.HeldStep reassign(@AuthenticationPrincipal CurrentUser me, @PathVariable String id,
      @PathVariable String taskId, @Valid @RequestBody Reassign body) {
    return office.reassign(me, id, taskId, body.assignee().strip());
  }

  @GetMapping("/audit")
  Page<StaffAudit.Entry> audit(
      @RequestParam(required = false) String staffId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return audit.page(staffId == null || staffId.isBlank() ? null : staffId.strip(), page, size);
  }

  record NewStaff(
      @NotBlank(message = "请输入手机号") String phone,
      @NotBlank(message = "请输入姓名") @Size(max = 50, message = "姓名最多50个字") String name,
      @NotNull(message = "请选择角色") Role role,
      @Size(max = 20, message = "专长最多20项") List<String> specialties) {}

  record Changes(
      String phone,
      @Size(max = 50, message = "姓名最多50个字") String name,
      Role role,
      @Size(max = 20, message = "专长最多20项") List<String> specialties) {}

  record Reassign(@NotBlank(message = "请选择接手的人") @Size(max = 20, message = "请选择在职的维修工或管理员") String assignee) {}
}
