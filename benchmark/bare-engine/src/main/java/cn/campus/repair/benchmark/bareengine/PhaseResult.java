package cn.campus.repair.benchmark.bareengine;

import java.util.Locale;

/** One phase's figures; {@link #line()} is what benchmark/summarize.py reads. */
record PhaseResult(int threads, double seconds, long lifecycles, long failed) {

  static final String LINE_PREFIX = "BENCH_RESULT ";

  double lifecyclesPerSecond() {
    return lifecycles / seconds;
  }

  /** {@value #LINE_PREFIX} and the figures as one line of JSON. */
  String line() {
    return LINE_PREFIX + String.format(Locale.ROOT,
        "{\"threads\":%d,\"seconds\":%.1f,\"lifecycles\":%d,\"failed\":%d,\"lifecyclesPerSecond\":%.2f}",
        threads, seconds, lifecycles, failed, lifecyclesPerSecond());
  }
}
