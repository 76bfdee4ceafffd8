package cn.campus.repair.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code repair.categories}: the list a campus configures, in the order it wants them shown. */
@ConfigurationProperties("repair")
public class Catalogue {

  private List<Category> categories = List.of();
  private Map<String, Category> byCode = Map.of();

  public List<Category> getCategories() {
    return categories;
  }

  public void setCategories(List<Category> categories) {
    this.categories = List.copyOf(categories);
    this.byCode = categories.stream().collect(Collectors.toMap(Category::code, Function.identity()));
  }

  public boolean exists(String code) {
    return byCode.containsKey(code);
  }

  public Optional<Category> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }
}
