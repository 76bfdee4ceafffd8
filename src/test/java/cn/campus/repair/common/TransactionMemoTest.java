package cn.campus.repair.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionMemoTest {

  private final List<String> reads = new ArrayList<>();
  private final TransactionMemo<String, String> memo = new TransactionMemo<>("test");
  private final TransactionTemplate transaction = new TransactionTemplate(transactions());
  private final TransactionTemplate ownTransaction = new TransactionTemplate(transactions());

  {
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Test
  void aRowIsReadOncePerTransactionAndAgainInTheNext() {
    transaction.executeWithoutResult(status -> {
      assertThat(memo.get("7", this::read)).contains("row 7");
      assertThat(memo.get("7", this::read)).contains("row 7");
    });
    transaction.executeWithoutResult(status -> memo.get("7", this::read));

    assertThat(reads).containsExactly("7", "7");
  }

  @Test
  void aForgottenRowIsReadAgain() {
    transaction.executeWithoutResult(status -> {
      memo.get("7", this::read);
      memo.forget("7");
      memo.get("7", this::read);
    });

    assertThat(reads).containsExactly("7", "7");
  }

  @Test
  void anInnerTransactionReadsForItselfAndTheOuterKeepsWhatItRead() {
    transaction.executeWithoutResult(status -> {
      memo.get("7", this::read);
      ownTransaction.executeWithoutResult(inner -> memo.get("7", this::read));
      memo.get("7", this::read);
    });

    assertThat(reads).containsExactly("7", "7");
  }

  @Test
  void severalRowsAreReadAtOnceExceptThoseAlreadyRead() {
    transaction.executeWithoutResult(status -> {
      memo.get("1", this::read);
      assertThat(memo.getAll(List.of("1", "2", "missing"), this::readAll))
          .containsOnly(Map.entry("1", "row 1"), Map.entry("2", "row 2"));
      assertThat(memo.get("missing", this::read)).isEmpty();
    });

    assertThat(reads).containsExactly("1", "2+missing");
  }

  @Test
  void outsideATransactionEveryCallReads() {
    memo.get("7", this::read);
    memo.get("7", this::read);

    assertThat(reads).containsExactly("7", "7");
  }

  private Optional<String> read(String key) {
    reads.add(key);
    return key.equals("missing") ? Optional.empty() : Optional.of("row " + key);
  }

  private Map<String, String> readAll(Collection<String> keys) {
    reads.add(String.join("+", keys));
    return keys.stream().filter(key -> !key.equals("missing")).collect(Collectors.toMap(key -> key, key -> "row " + key));
  }

  private static DataSourceTransactionManager transactions() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:transaction-memo;DB_CLOSE_DELAY=-1");
    return new DataSourceTransactionManager(dataSource);
  }
}
