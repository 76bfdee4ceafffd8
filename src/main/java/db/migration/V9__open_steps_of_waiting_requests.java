package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the open step (V8) of requests that were already waiting when it was added, from the
 * engine's own tasks. A fresh database has neither waiting requests nor the engine's tables yet
 * (Camunda creates them after Flyway), so there is nothing to do. Where the requester could cancel
 * is what the model shipped until then said: at review, assign and confirm.
 */
public class V9__open_steps_of_waiting_requests extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!tableExists(connection, "ACT_RU_TASK")) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("""
          UPDATE repair_request SET open_task_id =
            (SELECT MIN(t.ID_) FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ = repair_request.process_instance_id)
          WHERE open_task_id IS NULL AND process_instance_id IS NOT NULL
            AND EXISTS (SELECT 1 FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ = repair_request.process_instance_id)""");
      statement.executeUpdate("""
          UPDATE repair_request SET
            open_task_key = (SELECT t.TASK_DEF_KEY_ FROM ACT_RU_TASK t WHERE t.ID_ = repair_request.open_task_id),
            open_task_name = (SELECT t.NAME_ FROM ACT_RU_TASK t WHERE t.ID_ = repair_request.open_task_id),
            open_task_since = (SELECT t.CREATE_TIME_ FROM ACT_RU_TASK t WHERE t.ID_ = repair_request.open_task_id),
            open_task_assignee = (SELECT t.ASSIGNEE_ FROM ACT_RU_TASK t WHERE t.ID_ = repair_request.open_task_id)
          WHERE open_task_id IS NOT NULL""");
      statement.executeUpdate(
          "UPDATE repair_request SET cancellable = 1 WHERE open_task_key IN ('review', 'assign', 'confirm')");
    }
  }

  private static boolean tableExists(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String candidate : new String[] {name, name.toLowerCase()}) {
      try (ResultSet tables = metaData.getTables(connection.getCatalog(), null, candidate, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
