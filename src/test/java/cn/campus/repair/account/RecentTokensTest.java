package cn.campus.repair.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RecentTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final User ALICE = new User("u1", "15000000001", "Alice", Role.USER, null, null, List.of(), null);
  private static final User BOB = new User("u2", "15000000002", "Bob", Role.WORKER, null, null, List.of(), null);

  private final RecentTokens recent = new RecentTokens(Duration.ofMinutes(1), 100);
  private final AtomicInteger lookups = new AtomicInteger();

  @AfterEach
  void noTransactionLeftOpen() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void aTokenCheckedLatelyAnswersWithoutALookup() {
    assertThat(account("a", ALICE)).contains(ALICE);
    assertThat(account("a", ALICE)).contains(ALICE);
    assertThat(lookups).hasValue(1);
  }

  @Test
  void aTokenNotFoundIsAskedForEachTime() {
    assertThat(recent.account("a", NOW, counted(Optional::empty))).isEmpty();
    assertThat(recent.account("a", NOW, counted(Optional::empty))).isEmpty();
    assertThat(lookups).hasValue(2);
  }

  @Test
  void aRememberedTokenThatHasExpiredSinceIsLookedUpAgain() {
    recent.account("a", NOW, counted(() -> Optional.of(new RecentTokens.Checked(ALICE, NOW.plusMillis(10)))));
    recent.account("a", NOW.plusMillis(10), counted(Optional::empty));
    assertThat(lookups).hasValue(2);
  }

  @Test
  void aForgottenTokenIsLookedUpAgainAndOthersAreNot() {
    account("a", ALICE);
    account("b", ALICE);
    recent.forgetToken("a");
    account("a", ALICE);
    account("b", ALICE);
    assertThat(lookups).hasValue(3);
  }

  @Test
  void aForgottenAccountIsLookedUpAgainForEachOfItsTokens() {
    account("a", ALICE);
    account("b", ALICE);
    account("c", BOB);
    recent.forgetAccount(ALICE.id());
    account("a", ALICE);
    account("b", ALICE);
    account("c", BOB);
    assertThat(lookups).hasValue(5);
  }

  @Test
  void anAnswerReadWhileSomethingWasForgottenIsNotRemembered() {
    recent.account("a", NOW, counted(() -> {
      recent.forgetAccount(BOB.id());
      return Optional.of(new RecentTokens.Checked(ALICE, NOW.plusSeconds(60)));
    }));
    account("a", ALICE);
    assertThat(lookups).hasValue(2);
  }

  @Test
  void whatATransactionChangedIsForgottenAgainWhenItEnds() {
    TransactionSynchronizationManager.initSynchronization();
    recent.forgetAccount(ALICE.id());
    // Another thread's lookup meanwhile still reads the row as it was before the commit.
    account("a", ALICE);
    List<TransactionSynchronization> ending = TransactionSynchronizationManager.getSynchronizations();
    TransactionSynchronizationManager.clearSynchronization();
    ending.forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

    account("a", ALICE);
    assertThat(lookups).hasValue(2);
  }

  private Optional<User> account(String hash, User user) {
    return recent.account(hash, NOW, counted(() -> Optional.of(new RecentTokens.Checked(user, NOW.plusSeconds(60)))));
  }

  private Supplier<Optional<RecentTokens.Checked>> counted(Supplier<Optional<RecentTokens.Checked>> lookup) {
    return () -> {
      lookups.incrementAndGet();
      return lookup.get();
    };
  }
}
