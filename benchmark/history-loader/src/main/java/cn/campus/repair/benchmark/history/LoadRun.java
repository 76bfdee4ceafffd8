package cn.campus.repair.benchmark.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The program's one run: the history, unless an earlier run loaded it (then only new tokens), and the
 * people's feeders.
 */
@Component
class LoadRun implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(LoadRun.class);

  private final HistoryLoader history;
  private final People people;
  private final HistorySettings settings;

  LoadRun(HistoryLoader history, People people, HistorySettings settings) {
    this.history = history;
    this.people = people;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    long started = System.nanoTime();
    if (history.loaded()) {
      log.info("This database holds a loaded history already: only new tokens are issued");
    } else {
      history.load(settings.requests(), settings.students(), settings.workers());
    }
    people.write(settings.people(), Math.min(settings.studentTokens(), settings.students()), settings.workers());
    log.info("{} requests in the database, loaded in {} s; people and tokens in {}", history.requestCount(),
        "%.1f".formatted((System.nanoTime() - started) / 1e9), settings.people().toAbsolutePath());
  }
}
