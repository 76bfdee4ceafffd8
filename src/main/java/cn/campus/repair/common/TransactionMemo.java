package cn.campus.repair.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows read at most once per transaction. One action asks for the same person or request from
 * several places (the check, the process listeners, the SMS text, the answer), each a round trip
 * to the database; within one transaction the first answer serves them all. Outside a transaction
 * every call reads. Whoever writes a row through its owner forgets it here.
 */
public final class TransactionMemo<K, V> {

  private final String name;

  public TransactionMemo(String name) {
    this.name = name;
  }

  public Optional<V> get(K key, Function<K, Optional<V>> read) {
    Map<K, Optional<V>> memo = memo();
    if (memo == null) {
      return read.apply(key);
    }
    Optional<V> known = memo.get(key);
    if (known == null) {
      known = read.apply(key);
      memo.put(key, known);
    }
    return known;
  }

  /**
   * The values of these keys that exist, reading only the keys this transaction has not read yet,
   * all at once; a key the read does not answer is remembered as absent.
   */
  public Map<K, V> getAll(Collection<K> keys, Function<Collection<K>, Map<K, V>> readAll) {
    Map<K, Optional<V>> memo = memo();
    if (memo == null) {
      return keys.isEmpty() ? Map.of() : readAll.apply(keys);
    }
    Map<K, V> found = new HashMap<>();
    List<K> unread = new ArrayList<>();
    for (K key : keys) {
      Optional<V> known = memo.get(key);
      if (known == null) {
        unread.add(key);
      } else {
        known.ifPresent(value -> found.put(key, value));
      }
    }
    if (!unread.isEmpty()) {
      Map<K, V> read = readAll.apply(unread);
      unread.forEach(key -> memo.put(key, Optional.ofNullable(read.get(key))));
      found.putAll(read);
    }
    return found;
  }

  public void forget(K key) {
    Map<K, Optional<V>> memo = memo();
    if (memo != null) {
      memo.remove(key);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<K, Optional<V>> memo() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<K, Optional<V>> memo = (Map<K, Optional<V>>) TransactionSynchronizationManager.getResource(this);
    if (memo == null) {
      Map<K, Optional<V>> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(TransactionMemo.this, fresh);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
        }
      });
      memo = fresh;
    }
    return memo;
  }

  @Override
  public String toString() {
    return "TransactionMemo[" + name + "]";
  }
}
