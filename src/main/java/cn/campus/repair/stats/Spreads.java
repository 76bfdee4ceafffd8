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
}
