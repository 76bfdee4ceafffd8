package cn.campus.repair.benchmark.bareengine;

import java.util.Locale;

/**
 * One phase's figures; {@link #line()} is what benchmark/summarize.py reads. The phase runs from
 * {@code startedAt} until its last lifecycle ended ({@code endedAt}, epoch milliseconds): the window
 * in which the summary reads each process's CPU time from benchmark/cpu_sampler.py's samples.
 */
record PhaseResult(int threads, double seconds, long lifecycles, long failed, long startedAt, long endedAt) {

  static final String LINE_PREFIX = "BENCH_RESULT ";

  double lifecyclesPerSecond() {
    return lifecycles / seconds;
  }

  /** {@value #LINE_PREFIX} and the figures as one line of JSON. */
  String line() {
    return LINE_PREFIX + String.format(Locale.ROOT,
        "{\"threads\":%d,\"seconds\":%.1f,\"lifecycles\":%d,\"failed\":%d,\"lifecyclesPerSecond\":%.2f,"
            + "\"startedAt\":%d,\"endedAt\":%d}",
        threads, seconds, lifecycles, failed, lifecyclesPerSecond(), startedAt, endedAt);
  }
}
