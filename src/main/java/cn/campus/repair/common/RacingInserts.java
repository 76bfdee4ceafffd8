package cn.campus.repair.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts the first row for a key that another transaction may be inserting at the same moment
 * (a counter's or a total's row). The loser's INSERT fails on the key; it runs under a savepoint
 * because on PostgreSQL a failed statement would otherwise doom the caller's whole transaction, and
 * the caller then updates the row the winner made.
 */
@Component
public class RacingInserts {

  private final TransactionTemplate savepoint;

  RacingInserts(PlatformTransactionManager transactions) {
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Runs {@code insert}; false when another transaction inserted the same key first. */
  public boolean insert(Runnable insert) {
    try {
      savepoint.executeWithoutResult(status -> insert.run());
      return true;
    } catch (DuplicateKeyException takenMeanwhile) {
      return false;
    }
  }
}
