package cn.campus.repair.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.stats.StatsViews.Spread;
import org.junit.jupiter.api.Test;

/** The median and 90th percentile read from durations one by one and from the rollups' buckets. */
class SpreadsTest {

  @Test
  void aHistogramOfWholeMinutesReadsAsTheDurationsOneByOne() {
    Spreads oneByOne = new Spreads();
    Spreads.Histogram histogram = new Spreads.Histogram();
    long[] minutes = {10, 20, 30, 30, 59, 5, 45};
    for (long m : minutes) {
      oneByOne.add(m * 60);
      histogram.add(m, 1);
    }
    assertThat(histogram.spread()).isEqualTo(oneByOne.spread()).isEqualTo(new Spread(7, 30L, 59L));
  }

  @Test
  void aBucketHoldsManyDurations() {
    Spreads.Histogram histogram = new Spreads.Histogram();
    histogram.add(240, 3);
    histogram.add(600, 1);
    histogram.add(0, 0);
    assertThat(histogram.spread()).isEqualTo(new Spread(4, 240L, 600L));
  }

  @Test
  void noDurationsHaveNoMedian() {
    assertThat(new Spreads.Histogram().spread()).isEqualTo(new Spread(0, null, null));
  }
}
