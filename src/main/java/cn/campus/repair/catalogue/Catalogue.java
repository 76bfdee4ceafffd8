package cn.campus.repair.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The categories in force, as every feature reads them. Every request's view names its category, so
 * the list is kept in memory and read again from the database at most every {@code
 * repair.catalogue.refresh} (10 s): no request pays a query for it, and a change made on another
 * node of a cluster shows here within that time. A change made on this node shows at once.
 */
@Component
public class Catalogue {

  private final CategoryRows rows;
  private final Duration refresh;
  private final Clock clock;
  private volatile Snapshot snapshot;

  Catalogue(CategoryRows rows, @Value("${repair.catalogue.refresh:PT10S}") Duration refresh) {
    this.rows = rows;
    this.refresh = refresh;
    this.clock = Clock.systemUTC();
  }

  /** The categories offered now, in the admins' order. */
  public List<Category> getCategories() {
    return snapshot().all().stream().filter(Category::active).toList();
  }

  /** Every category, retired ones too. */
  public List<Category> all() {
    return snapshot().all();
  }

  /** Whether {@code code} is a category offered now (a new request, a worker's specialty). */
  public boolean exists(String code) {
    return find(code).filter(Category::active).isPresent();
  }

  /** The category of {@code code}, retired or not: what an old request shows as its category. */
  public Optional<Category> find(String code) {
    return Optional.ofNullable(snapshot().byCode().get(code));
  }

  /** Forgets the list once the caller's transaction commits (at once outside a transaction). */
  void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          snapshot = null;
        }
      });
    } else {
      snapshot = null;
    }
  }

  private Snapshot snapshot() {
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current == null || current.readAt().plus(refresh).isBefore(now)) {
      List<Category> all = rows.all();
      current = new Snapshot(all, all.stream().collect(Collectors.toMap(Category::code, Function.identity())), now);
      snapshot = current;
    }
    return current;
  }

  private record Snapshot(List<Category> all, Map<String, Category> byCode, Instant readAt) {}
}
