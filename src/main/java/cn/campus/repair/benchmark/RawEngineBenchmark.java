package cn.campus.repair.benchmark;

import cn.campus.repair.process.RepairProcess;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The repair lifecycle on a bare Camunda engine, as a plain Camunda application would drive it:
 * start, then query and complete review, assign, confirm, repair and rate (six engine transactions),
 * each as the acting person. The engine runs in this JVM with Camunda's default settings at the
 * given history level, on a database of its own on the same server as ours (Camunda refuses to open
 * a database at another history level than the one it was created with), with a pool of its own.
 * The model is our own; its SMS steps do nothing here, because queueing an SMS is our layer.
 */
@Component
@Profile("benchmark")
class RawEngineBenchmark implements DisposableBean {

  private static final JavaDelegate NO_SMS = execution -> { };

  /**
   * More connections than the most threads a phase runs (16): Camunda's default id generator takes
   * a second connection for a new block of ids while the command holds its first, so with fewer
   * connections than threads the bare engine starves (measured: 0.1 lifecycles/s at 16 threads on
   * 6 or 10 connections).
   */
  private static final int POOL_SIZE = 20;

  private final String urlTemplate;
  private final String username;
  private final String password;
  private final Map<String, ProcessEngine> engines = new ConcurrentHashMap<>();
  private final List<HikariDataSource> dataSources = new CopyOnWriteArrayList<>();

  RawEngineBenchmark(
      @Value("${repair.benchmark.raw-engine-url}") String urlTemplate,
      @Value("${spring.datasource.username}") String username,
      @Value("${spring.datasource.password}") String password) {
    this.urlTemplate = urlTemplate;
    this.username = username;
    this.password = password;
  }

  Result run(String historyLevel, int threads, Duration duration) throws Exception {
    ProcessEngine engine = engines.computeIfAbsent(historyLevel, this::build);
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int client = t;
        clients.add(pool.submit(() -> {
          long n = 0;
          while (System.nanoTime() < deadline) {
            try {
              lifecycle(engine, client + "-" + n++);
              done.incrementAndGet();
            } catch (RuntimeException e) {
              failed.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(historyLevel, threads, seconds, done.get(), failed.get(), done.get() / seconds);
  }

  private static void lifecycle(ProcessEngine engine, String key) {
    String requester = "u" + key;
    String worker = "w" + key;
    String instance = as(engine, requester, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(RepairProcess.KEY, key, Map.of(
            RepairProcess.VAR_REQUEST_ID, key,
            RepairProcess.VAR_REQUESTER_ID, requester,
            RepairProcess.VAR_CATEGORY_CODE, "WATER_ELECTRIC"))
        .getId());
    complete(engine, instance, RepairProcess.TASK_REVIEW, "admin",
        Map.of(RepairProcess.VAR_DECISION, RepairProcess.DECISION_ACCEPT));
    complete(engine, instance, RepairProcess.TASK_ASSIGN, "admin", Map.of(RepairProcess.VAR_WORKER_ID, worker));
    complete(engine, instance, RepairProcess.TASK_CONFIRM, worker, Map.of(RepairProcess.VAR_CONFIRMED, true));
    complete(engine, instance, RepairProcess.TASK_REPAIR, worker, Map.of(RepairProcess.VAR_COMPLETION_NOTE, "换了阀芯"));
    complete(engine, instance, RepairProcess.TASK_RATE, requester, Map.of(
        RepairProcess.VAR_RATING_RESULT, 5, RepairProcess.VAR_RATING_EFFICIENCY, 5,
        RepairProcess.VAR_RATING_COMMENT, "很好"));
  }

  private static void complete(ProcessEngine engine, String instance, String taskKey, String actor,
      Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery()
        .processInstanceId(instance)
        .taskDefinitionKey(taskKey)
        .singleResult();
    as(engine, actor, () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  private static <T> T as(ProcessEngine engine, String actor, java.util.function.Supplier<T> work) {
    engine.getIdentityService().setAuthenticatedUserId(actor);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessEngine build(String historyLevel) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(urlTemplate.formatted(historyLevel));
    pool.setUsername(username);
    pool.setPassword(password);
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setPoolName("raw-engine-" + historyLevel);
    HikariDataSource dataSource = new HikariDataSource(pool);
    dataSources.add(dataSource);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("raw-" + historyLevel);
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(historyLevel);
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(Map.of("sendSmsDelegate", NO_SMS));
    ProcessEngine engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .name("raw engine benchmark")
        .addClasspathResource("processes/repair-request.bpmn")
        .enableDuplicateFiltering(false)
        .deploy();
    return engine;
  }

  /**
   * Closes the bare engines and their pools, so that they do not weigh on the service's heap and
   * memory while the service itself is measured; a later run builds them again.
   */
  synchronized void close() {
    engines.values().forEach(ProcessEngine::close);
    engines.clear();
    dataSources.forEach(HikariDataSource::close);
    dataSources.clear();
  }

  @Override
  public void destroy() {
    close();
  }

  record Result(String history, int threads, double seconds, long lifecycles, long failed, double lifecyclesPerSecond) {}
}
