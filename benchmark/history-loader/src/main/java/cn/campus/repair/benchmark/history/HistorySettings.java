package cn.campus.repair.benchmark.history;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What to load, from {@code history.*} (defaults in application.yaml; arguments such as
 * {@code --history.requests=20000} or the environment override them).
 *
 * @param requests finished requests (0: only the people and their tokens)
 * @param students students, who made the requests in turn
 * @param workers workers, who repaired them in turn
 * @param studentTokens how many of the students get a token (every worker gets one)
 * @param people the folder that receives students.csv and workers.csv, the ids and tokens the
 *     benchmark's Gatling clients act with
 */
@ConfigurationProperties("history")
record HistorySettings(int requests, int students, int workers, int studentTokens, Path people) {}
