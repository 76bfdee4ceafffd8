package cn.campus.repair.staff;

import cn.campus.repair.account.Users;
import cn.campus.repair.catalogue.CategoryUsage;
import org.springframework.stereotype.Component;

/** A category some staff member has as a specialty cannot be deleted, only retired. */
@Component
class SpecialtiesUseCategories implements CategoryUsage {

  private final Users users;

  SpecialtiesUseCategories(Users users) {
    this.users = users;
  }

  @Override
  public boolean uses(String code) {
    return users.findStaff(new Users.StaffFilter(null, null, code, null), 0, 1).total() > 0;
  }
}
