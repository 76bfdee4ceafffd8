package cn.campus.repair.stats;

import cn.campus.repair.stats.StatsViews.Spread;
import java.util.Arrays;

/** Durations collected in seconds, summed up as the median and the 90th percentile. */
final class Spreads {

  private long[] seconds = new long[64];
  private int size;

  void add(long value) {
    if (size == seconds.length) {
      seconds = Arrays.copyOf(seconds, size * 2);
    }
    seconds[size++] = Math.max(0, value);
  }

  /**
   * Nearest rank: the smallest duration at least that share of the cases took no longer than, so
   * every figure shown is one a real request had.
   */
  Spread spread() {
    if (size == 0) {
      return new Spread(0, null, null);
    }
    long[] sorted = Arrays.copyOf(seconds, size);
    Arrays.sort(sorted);
    return new Spread(size, minutes(sorted, 0.5), minutes(sorted, 0.9));
  }

  private static long minutes(long[] sorted, double share) {
    int rank = (int) Math.ceil(share * sorted.length);
    return Math.round(sorted[Math.max(rank, 1) - 1] / 60.0);
  }

  /**
   * Durations counted in fixed buckets of whole minutes (the rollups' {@code stats_duration}): each
   * bucket by its lower bound, exact under an hour, then 5, 15, 60 and 360 minutes wide. The same
   * nearest rank as above, read to its bucket: a figure is at most one bucket's width under the
   * duration a real request took.
   */
  static final class Histogram {

    private final java.util.TreeMap<Long, Long> counts = new java.util.TreeMap<>();

    void add(long minutes, long count) {
      counts.merge(minutes, count, Long::sum);
    }

    Spread spread() {
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      if (total <= 0) {
        return new Spread(0, null, null);
      }
      return new Spread(total, minutes(total, 0.5), minutes(total, 0.9));
    }

    private long minutes(long total, double share) {
      long rank = Math.max((long) Math.ceil(share * total), 1);
      long seen = 0;
      for (var bucket : counts.entrySet()) {
        seen += bucket.getValue();
        if (seen >= rank) {
          return bucket.getKey();
        }
      }
      return counts.lastKey();
    }
  }
}
