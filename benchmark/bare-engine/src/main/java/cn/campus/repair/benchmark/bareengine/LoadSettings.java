package cn.campus.repair.benchmark.bareengine;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What to run, from {@code bench.*} (application.yaml holds the defaults; a command-line argument
 * such as {@code --bench.threads=4,16} or the environment, {@code BENCH_THREADS}, overrides them).
 *
 * @param threads one measured phase per entry, with this many threads
 * @param duration how long each measured phase starts lifecycles
 * @param warmUp how long the unmeasured warm-up before them lasts (zero: none)
 * @param warmUpThreads the warm-up's threads
 */
@ConfigurationProperties("bench")
record LoadSettings(List<Integer> threads, Duration duration, Duration warmUp, int warmUpThreads) {}
