package cn.campus.repair.benchmark;

import cn.campus.repair.account.CurrentUser;
import cn.campus.repair.account.Role;
import cn.campus.repair.common.ApiException;
import java.time.Duration;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The benchmark's handles on the service, for admins, in the {@code benchmark} profile only. */
@RestController
@RequestMapping("/api/benchmark")
@Profile("benchmark")
class BenchmarkController {

  private static final Set<String> HISTORY_LEVELS = Set.of("none", "activity", "audit", "full");

  private final HistoryLoader history;
  private final RawEngineBenchmark rawEngine;

  BenchmarkController(HistoryLoader history, RawEngineBenchmark rawEngine) {
    this.history = history;
    this.rawEngine = rawEngine;
  }

  @PostMapping("/history")
  HistoryLoader.Loaded loadHistory(
      @AuthenticationPrincipal CurrentUser me,
      @RequestParam(defaultValue = "1000000") int requests,
      @RequestParam(defaultValue = "10000") int students,
      @RequestParam(defaultValue = "100") int workers,
      @RequestParam(defaultValue = "400") int studentTokens) {
    requireAdmin(me);
    return history.load(requests, students, workers, studentTokens);
  }

  @PostMapping("/raw-engine")
  RawEngineBenchmark.Result rawEngine(
      @AuthenticationPrincipal CurrentUser me,
      @RequestParam String history,
      @RequestParam int threads,
      @RequestParam int seconds) throws Exception {
    requireAdmin(me);
    if (!HISTORY_LEVELS.contains(history)) {
      throw ApiException.invalid("history", "one of " + HISTORY_LEVELS);
    }
    return rawEngine.run(history, threads, Duration.ofSeconds(seconds));
  }

  @PostMapping("/raw-engine/close")
  void closeRawEngines(@AuthenticationPrincipal CurrentUser me) {
    requireAdmin(me);
    rawEngine.close();
  }

  private static void requireAdmin(CurrentUser me) {
    if (me == null || me.role() != Role.ADMIN) {
      throw ApiException.forbidden("admins only");
    }
  }
}
