package cn.campus.repair.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** The shapes the database going away took in the cluster test, and some that are not it. */
class DatabaseFailuresTest {

  @Test
  void thePoolTimingOutBeforeATransactionStarts() {
    var poolTimeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms");
    assertThat(DatabaseFailures.isUnavailable(new CannotCreateTransactionException("Could not open JDBC Connection", poolTimeout))).isTrue();
  }

  @Test
  void theServerEndingOurSessionInsideTheEngine() {
    var terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    var engine = new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
        new PersistenceException("### Error updating database", terminated));
    assertThat(DatabaseFailures.isUnavailable(engine)).isTrue();
    assertThat(DatabaseFailures.isUnavailable(new SQLException("An I/O error occurred while sending to the backend", "08006"))).isTrue();
  }

  @Test
  void theEngineQueryingOnAConnectionThePoolEvictedAsBroken() {
    var engine = new ProcessEngineException("An exception occurred in the persistence layer",
        new PersistenceException("### Error querying database", new SQLException("Connection is closed")));
    assertThat(DatabaseFailures.isUnavailable(engine)).isTrue();
  }

  @Test
  void aRollbackOnAClosedConnectionAfterTheConnectionBroke() {
    var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
    rollback.initApplicationException(new SQLException("This connection has been closed.", "08003"));
    assertThat(DatabaseFailures.isUnavailable(rollback)).isTrue();
  }

  @Test
  void aCommitCutOffByTheServerRestartingAndItsRollbackOnTheClosedConnection() {
    var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
    assertThat(DatabaseFailures.isUnavailable(rollback)).isTrue();
  }

  @Test
  void otherFailuresAreNotTheDatabaseBeingAway() {
    assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseFailures.isUnavailable(new DataIntegrityViolationException("duplicate",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
  }
}
