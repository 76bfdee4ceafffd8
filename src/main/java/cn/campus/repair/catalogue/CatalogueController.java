package cn.campus.repair.catalogue;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.common.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The category list: anyone reads the categories offered; admins read all and change them. */
@RestController
@RequestMapping("/api/categories")
class CatalogueController {

  private static final String HOTLINE = "^[0-9+()\\- ]{3,30}$";

  private final Catalogue catalogue;
  private final CatalogueAdministration administration;

  CatalogueController(Catalogue catalogue, CatalogueAdministration administration) {
    this.catalogue = catalogue;
    this.administration = administration;
  }

  /** {@code ?all=true}: retired ones too, for admins. */
  @GetMapping
  List<Category> categories(@RequestParam(defaultValue = "false") boolean all) {
    if (!all) {
      return catalogue.getCategories();
    }
    CurrentUser me = CurrentUser.ofThisCall().orElseThrow(() -> ApiException.unauthorized("请先登录"));
    if (!me.is(Role.ADMIN)) {
      throw ApiException.forbidden("当前账号无权进行此操作");
    }
    return catalogue.all();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Category create(@Valid @RequestBody NewCategory body) {
    return administration.create(body.code(), body.name().strip(), strip(body.icon()), strip(body.hotline()),
        body.order(), Boolean.TRUE.equals(body.urgentByDefault()), Boolean.TRUE.equals(body.buildingWide()));
  }

  /** PATCH, and POST for the mini program ({@code wx.request} has no PATCH). */
  @PatchMapping("/{code}")
  Category change(@PathVariable String code, @Valid @RequestBody Changes body) {
    if (body.name() != null && body.name().isBlank()) {
      throw ApiException.invalid("name", "请输入类别名称");
    }
    return administration.change(code, new CatalogueAdministration.Changes(strip(body.name()), strip(body.icon()),
        strip(body.hotline()), body.order(), body.active(), body.urgentByDefault(), body.buildingWide()));
  }

  @PostMapping("/{code}")
  Category changeByPost(@PathVariable String code, @Valid @RequestBody Changes body) {
    return change(code, body);
  }

  @DeleteMapping("/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String code) {
    administration.delete(code);
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  record NewCategory(
      @NotBlank(message = "请输入类别代码")
      @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$", message = "类别代码为大写字母开头的2到32个大写字母、数字或下划线")
      String code,
      @NotBlank(message = "请输入类别名称") @Size(max = 20, message = "类别名称最多20个字") String name,
      @Size(max = 16, message = "图标最多16个字符") String icon,
      @Pattern(regexp = HOTLINE, message = "请输入有效的电话号码") String hotline,
      @Min(value = 0, message = "排序为0到9999") @Max(value = 9999, message = "排序为0到9999") Integer order,
      Boolean urgentByDefault,
      Boolean buildingWide) {}

  record Changes(
      @Size(max = 20, message = "类别名称最多20个字") String name,
      @Size(max = 16, message = "图标最多16个字符") String icon,
      @Pattern(regexp = "^$|" + HOTLINE, message = "请输入有效的电话号码") String hotline,
      @Min(value = 0, message = "排序为0到9999") @Max(value = 9999, message = "排序为0到9999") Integer order,
      Boolean active,
      Boolean urgentByDefault,
      Boolean buildingWide) {}
}
