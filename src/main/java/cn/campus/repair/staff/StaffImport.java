package cn.campus.repair.staff;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.account.User;
import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.Catalogue;
import cn.campus.repair.catalogue.Category;
import cn.campus.repair.common.ApiException;
import cn.campus.repair.common.PhoneNumbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a whole staff list at once, or nothing: every row is checked first (phone, name, role,
 * specialties, a phone that already has an account or comes twice), and one refused row refuses the
 * file, with every refused row named in the answer (field {@code rows[7].phone}, "第7行…"). The rows
 * are created in one transaction, each with its audit entry.
 */
@Service
class StaffImport {

  private final StaffOffice office;
  private final Users users;
  private final Catalogue catalogue;

  StaffImport(StaffOffice office, Users users, Catalogue catalogue) {
    this.office = office;
    this.users = users;
    this.catalogue = catalogue;
  }

  @Transactional
  List<User> importFile(CurrentUser admin, byte[] file) {
    List<Row> rows = new ArrayList<>();
    List<ApiException.FieldError> refused = new ArrayList<>();
    Set<String> phonesSoFar = new HashSet<>();
    for (StaffSheet.Line line : StaffSheet.read(file)) {
      Row row = check(line, phonesSoFar, refused);
      if (row != null) {
        rows.add(row);
      }
    }
    if (!refused.isEmpty()) {
      String detail = refused.stream().map(error -> error.message()).collect(Collectors.joining("；"));
      throw new ApiException(HttpStatus.BAD_REQUEST, "没有导入任何人：" + detail, refused, null);
    }
    List<User> created = new ArrayList<>();
    for (Row row : rows) {
      try {
        created.add(office.create(admin, row.phone(), row.name(), row.role(), row.specialties(), StaffAudit.IMPORTED));
      } catch (ApiException takenMeanwhile) {
        // Another admin added this phone after the check: the whole file rolls back.
        throw new ApiException(HttpStatus.CONFLICT, "第" + row.line() + "行的手机号刚被添加，没有导入任何人，请重新导入",
            List.of(new ApiException.FieldError(field(row.line(), "phone"), "该手机号已有账号")), null);
      }
    }
    return created;
  }

  private Row check(StaffSheet.Line line, Set<String> phonesSoFar, List<ApiException.FieldError> refused) {
    int before = refused.size();
    String phone = null;
    try {
      phone = PhoneNumbers.normalize("phone", line.phone());
    } catch (ApiException invalid) {
      refuse(refused, line, "phone", "手机号不正确");
    }
    if (phone != null && !phonesSoFar.add(phone)) {
      refuse(refused, line, "phone", "手机号与前面的行重复");
    } else if (phone != null && users.findByPhone(phone).isPresent()) {
      refuse(refused, line, "phone", "该手机号已有账号");
    }
    if (line.name().isBlank() || line.name().length() > 50) {
      refuse(refused, line, "name", line.name().isBlank() ? "请填写姓名" : "姓名最多50个字");
    }
    Role role = role(line.role());
    if (role == null) {
      refuse(refused, line, "role", "角色应为维修工或管理员");
    }
    List<String> specialties = new ArrayList<>();
    for (String part : line.specialties().split("[/、,，;；\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      String code = codeOf(part.strip());
      if (code == null) {
        refuse(refused, line, "specialties", "没有报修类别“" + part.strip() + "”");
      } else if (!specialties.contains(code)) {
        specialties.add(code);
      }
    }
    return refused.size() > before ? null : new Row(line.number(), phone, line.name(), role, specialties);
  }

  private static Role role(String text) {
    return switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "维修工", "WORKER" -> Role.WORKER;
      case "管理员", "ADMIN" -> Role.ADMIN;
      case "仓库管理员", "库管", "WAREHOUSE" -> Role.WAREHOUSE;
      default -> null;
    };
  }

  /** A category offered now, by its code or its name. */
  private String codeOf(String text) {
    return catalogue.getCategories().stream()
        .filter(category -> category.code().equalsIgnoreCase(text) || category.name().equals(text))
        .map(Category::code)
        .findFirst()
        .orElse(null);
  }

  private static void refuse(List<ApiException.FieldError> refused, StaffSheet.Line line, String column, String why) {
    refused.add(new ApiException.FieldError(field(line.number(), column), "第" + line.number() + "行：" + why));
  }

  private static String field(int line, String column) {
    return "rows[" + line + "]." + column;
  }

  private record Row(int line, String phone, String name, Role role, List<String> specialties) {}
}
