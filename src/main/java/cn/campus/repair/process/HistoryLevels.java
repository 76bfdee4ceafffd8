package cn.campus.repair.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaHistoryLevelAutoHandlingConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Our history levels. A database keeps the level it was created with (Camunda refuses to open it
 * at another), so every level we ever made the default stays registered here.
 *
 * <p>{@value #OPERATIONS} (the default for new databases): process instances, incidents, batches
 * and the user operation log, so Cockpit and {@code /engine-rest/history} still say which admin
 * deployed, completed, reassigned or cancelled what, which instances ran when, and what went wrong
 * with an SMS. Not the history of every activity, task and variable: our own {@code
 * request_history} and {@code repair_request} tell each request's story (who did what, when, with
 * which note and rating), and writing it a second time in Camunda's tables was most of the engine's
 * share of a lifecycle's database work (docs/performance.md).
 *
 * <p>{@value #AUDIT_OPERATIONS}: Camunda's {@code audit} plus the user operation log, the default
 * before {@value #OPERATIONS}.
 *
 * <p>{@code camunda.bpm.history-level: auto} is also handled here, in place of the Spring Boot
 * starter's handler: that one asks {@code ACT_GE_PROPERTY} for the level before the engine has
 * created its tables, so every new database started with a warning about a missing table (and H2
 * wrote it into a {@code *.trace.db} file), and it knew none of our levels. Here a new database gets
 * {@code camunda.bpm.history-level-default}; a database that has the engine's tables keeps
 * {@code auto}, and the engine itself then reads the level the database was created with.
 */
@Component
class HistoryLevels extends AbstractProcessEnginePlugin implements CamundaHistoryLevelAutoHandlingConfiguration {

  static final String OPERATIONS = "operations";
  static final String AUDIT_OPERATIONS = "audit-operations";

  private static final Set<HistoryEventType> KEPT = Set.of(
      HistoryEventTypes.PROCESS_INSTANCE_START,
      HistoryEventTypes.PROCESS_INSTANCE_UPDATE,
      HistoryEventTypes.PROCESS_INSTANCE_MIGRATE,
      HistoryEventTypes.PROCESS_INSTANCE_END,
      HistoryEventTypes.INCIDENT_CREATE,
      HistoryEventTypes.INCIDENT_MIGRATE,
      HistoryEventTypes.INCIDENT_DELETE,
      HistoryEventTypes.INCIDENT_RESOLVE,
      HistoryEventTypes.INCIDENT_UPDATE,
      HistoryEventTypes.BATCH_START,
      HistoryEventTypes.BATCH_UPDATE,
      HistoryEventTypes.BATCH_END,
      HistoryEventTypes.USER_OPERATION_LOG);

  private final String levelOfNewDatabases;

  HistoryLevels(@Value("${camunda.bpm.history-level-default:" + OPERATIONS + "}") String levelOfNewDatabases) {
    this.levelOfNewDatabases = levelOfNewDatabases;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(new Operations());
    configuration.getCustomHistoryLevels().add(new AuditWithOperations());
    if (ProcessEngineConfiguration.HISTORY_AUTO.equalsIgnoreCase(configuration.getHistory())
        && !engineTablesExist(configuration)) {
      configuration.setHistory(levelOfNewDatabases);
    }
  }

  /** Asks the JDBC metadata, which answers for a missing table without an error. */
  private static boolean engineTablesExist(ProcessEngineConfigurationImpl configuration) {
    DataSource dataSource = configuration.getDataSource();
    String table = configuration.getDatabaseTablePrefix() + "ACT_GE_PROPERTY";
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metadata = connection.getMetaData();
      String schema = configuration.getDatabaseSchema() != null ? configuration.getDatabaseSchema() : connection.getSchema();
      // Unquoted names are stored upper case by H2 and SQL Server's scripts, lower case by PostgreSQL.
      for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
        try (ResultSet tables = metadata.getTables(connection.getCatalog(), schema, name, null)) {
          if (tables.next()) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell whether the database has Camunda's tables: " + e.getMessage(), e);
    }
  }

  private static final class Operations implements HistoryLevel {

    @Override
    public int getId() {
      return 13;
    }

    @Override
    public String getName() {
      return OPERATIONS;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return KEPT.contains(eventType);
    }
  }

  private static final class AuditWithOperations extends HistoryLevelAudit {

    @Override
    public int getId() {
      return 12;
    }

    @Override
    public String getName() {
      return AUDIT_OPERATIONS;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return eventType == HistoryEventTypes.USER_OPERATION_LOG || super.isHistoryEventProduced(eventType, entity);
    }
  }
}
