package db.migration;

import cn.campus.repair.search.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the requests filed before search existed findable (V22), with the same terms a new request
 * gets (its requester's name and phone as they are now). A thousand requests at a time, in id order;
 * a million take a few minutes, once.
 */
public class V23__search_terms_of_existing_requests extends BaseJavaMigration {

  private static final int BATCH = 1000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String after = "";
    try (PreparedStatement read = connection.prepareStatement("""
            SELECT r.id, r.number, r.contact_phone, r.building, r.room, r.location_detail, r.description, r.created_at,
              u.phone, u.name
            FROM repair_request r LEFT JOIN app_user u ON u.id = r.requester_id
            WHERE r.id > ? ORDER BY r.id OFFSET 0 ROWS FETCH NEXT %d ROWS ONLY""".formatted(BATCH));
        PreparedStatement write = connection.prepareStatement(
            "INSERT INTO request_search_term (request_id, term, created_at) VALUES (?, ?, ?)")) {
      while (true) {
        read.setString(1, after);
        int requests = 0;
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            requests++;
            after = rows.getString("id");
            Timestamp created = rows.getTimestamp("created_at");
            for (String term : SearchTerms.of(rows.getString("number"), after, rows.getString("contact_phone"),
                rows.getString("phone"), rows.getString("name"), rows.getString("building"), rows.getString("room"),
                rows.getString("location_detail"), rows.getString("description"))) {
              write.setString(1, after);
              write.setString(2, term);
              write.setTimestamp(3, created);
              write.addBatch();
            }
          }
        }
        if (requests == 0) {
          return;
        }
        write.executeBatch();
      }
    }
  }
}
