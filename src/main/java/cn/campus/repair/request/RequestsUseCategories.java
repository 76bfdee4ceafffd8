package cn.campus.repair.request;

import cn.campus.repair.catalogue.CategoryUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A category some request was filed under stays in the list (retired at most): the request shows
 * its name. Asked only when an admin deletes a category, so it may scan the requests.
 */
@Component
class RequestsUseCategories implements CategoryUsage {

  private final JdbcClient jdbc;

  RequestsUseCategories(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean uses(String code) {
    return jdbc.sql("SELECT CASE WHEN EXISTS (SELECT 1 FROM repair_request WHERE category_code = :code) THEN 1 ELSE 0 END")
        .param("code", code)
        .query(Integer.class)
        .single() == 1;
  }
}
