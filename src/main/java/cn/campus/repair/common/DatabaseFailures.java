package cn.campus.repair.common;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells "the database is away" (stopped, restarting, unreachable, the pool timed out waiting for
 * it) from every other failure, through whatever layers wrapped it: Spring's transaction manager,
 * Camunda's {@code ProcessEngineException}, MyBatis. Such a call changed nothing, since its
 * transaction never committed, so the caller may safely try again later.
 */
public final class DatabaseFailures {

  /** What the caller reads in the 503, and when to try again. */
  public static final String DETAIL = "服务暂时不可用，请稍后重试";
  public static final long RETRY_AFTER_SECONDS = 5;

  // SQLSTATE class 08 is "connection exception"; 57P is "operator intervention" (the server is
  // shutting down or restarting and ended our session).
  private static final String CONNECTION_EXCEPTION = "08";
  private static final String OPERATOR_INTERVENTION = "57P";
  // What HikariCP answers, with no SQLSTATE, when a statement runs on a connection it has just
  // evicted as broken (the server restarted under a transaction that was still using it).
  private static final String POOL_CONNECTION_CLOSED = "Connection is closed";

  private DatabaseFailures() {}

  public static boolean isUnavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      // A rollback on a connection the pool has already closed hides what went wrong first: only
      // that first failure tells. When the first failure was the commit itself, Spring keeps only the
      // rollback's, and a rollback that found the connection closed says the database went away.
      if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
        return isUnavailable(rollback.getApplicationException());
      }
      if (cause instanceof CannotGetJdbcConnectionException
          || cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof SQLTransientConnectionException
          || cause instanceof SQLRecoverableException
          || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())
          || cause instanceof SQLException closed && closed.getSQLState() == null
              && POOL_CONNECTION_CLOSED.equals(closed.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionState(String sqlState) {
    return sqlState != null
        && (sqlState.startsWith(CONNECTION_EXCEPTION) || sqlState.startsWith(OPERATOR_INTERVENTION));
  }
}
