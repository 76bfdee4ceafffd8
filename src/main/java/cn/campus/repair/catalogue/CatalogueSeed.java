package cn.campus.repair.catalogue;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code repair.categories}: the list a new installation starts with (the database's list is in force). */
@ConfigurationProperties("repair")
class CatalogueSeed {

  private List<Seed> categories = List.of();

  public List<Seed> getCategories() {
    return categories;
  }

  public void setCategories(List<Seed> categories) {
    this.categories = List.copyOf(categories);
  }

  record Seed(String code, String name, String icon, String hotline, boolean urgentByDefault, boolean buildingWide) {}
}
