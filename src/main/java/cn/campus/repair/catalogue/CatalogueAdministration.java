package cn.campus.repair.catalogue;

import cn.campus.repair.common.ApiException;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins' changes to the category list. A code is for good: requests and workers keep it, so one in
 * use is retired ({@code active} false), never deleted; only a code nothing uses can be deleted.
 */
@Service
class CatalogueAdministration {

  private final CategoryRows rows;
  private final Catalogue catalogue;
  private final List<CategoryUsage> usages;

  CatalogueAdministration(CategoryRows rows, Catalogue catalogue, List<CategoryUsage> usages) {
    this.rows = rows;
    this.catalogue = catalogue;
    this.usages = usages;
  }

  @Transactional
  Category create(String code, String name, String icon, String hotline, Integer order, boolean urgentByDefault,
      boolean buildingWide) {
    Category category = new Category(code, name, icon, hotline, order == null ? rows.nextPosition() : order, true,
        urgentByDefault, buildingWide);
    try {
      rows.insert(category);
    } catch (DuplicateKeyException taken) {
      throw ApiException.conflict("类别代码 " + code + " 已存在");
    }
    catalogue.changed();
    return category;
  }

  @Transactional
  Category change(String code, Changes changes) {
    if (!rows.lock(code)) {
      throw unknown();
    }
    Category before = rows.find(code).orElseThrow(CatalogueAdministration::unknown);
    Category after = new Category(code,
        changes.name() == null ? before.name() : changes.name(),
        changes.icon() == null ? before.icon() : blankToNull(changes.icon()),
        changes.hotline() == null ? before.hotline() : blankToNull(changes.hotline()),
        changes.order() == null ? before.order() : changes.order(),
        changes.active() == null ? before.active() : changes.active(),
        changes.urgentByDefault() == null ? before.urgentByDefault() : changes.urgentByDefault(),
        changes.buildingWide() == null ? before.buildingWide() : changes.buildingWide());
    rows.update(after);
    catalogue.changed();
    return after;
  }

  /** 409 when anything keeps the code: retire it instead. */
  @Transactional
  void delete(String code) {
    if (!rows.lock(code)) {
      throw unknown();
    }
    if (usages.stream().anyMatch(usage -> usage.uses(code))) {
      throw ApiException.conflict("类别 " + code + " 已被报修单或维修工专长使用，不能删除，只能停用");
    }
    rows.delete(code);
    catalogue.changed();
  }

  private static String blankToNull(String value) {
    return value.isBlank() ? null : value;
  }

  private static ApiException unknown() {
    return ApiException.notFound("没有这个报修类别");
  }

  /** An admin's edit: null keeps a value; an empty icon or hotline removes it. */
  record Changes(String name, String icon, String hotline, Integer order, Boolean active, Boolean urgentByDefault,
      Boolean buildingWide) {}
}
