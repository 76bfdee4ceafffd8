package cn.campus.repair.benchmark.bareengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A short run on H2 in memory, with the project's models. */
@SpringBootTest(properties = {
    "bench.processes=../../processes",
    "bench.threads=1,2",
    "bench.duration=2s",
    "bench.warm-up=1s",
    "bench.warm-up-threads=1"})
@ExtendWith(OutputCaptureExtension.class)
class BareEngineApplicationTest {

  @Autowired
  LoadRun run;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  @Test
  void everyLifecycleEndsAndEachPhasePrintsItsResultLine(CapturedOutput output) throws Exception {
    run.run();

    List<String> results = output.getOut().lines().filter(line -> line.startsWith("BENCH_RESULT ")).toList();

    assertThat(results).hasSize(2);
    assertThat(results.get(0)).startsWith("BENCH_RESULT {\"threads\":1,\"seconds\":2.0,").contains("\"failed\":0,");
    assertThat(results.get(1)).startsWith("BENCH_RESULT {\"threads\":2,\"seconds\":2.0,").contains("\"failed\":0,");
    for (String result : results) {
      Matcher window = Pattern.compile("\"startedAt\":(\\d+),\"endedAt\":(\\d+)}$").matcher(result);
      assertThat(window.find()).as("the phase's window in %s", result).isTrue();
      assertThat(Long.parseLong(window.group(2)) - Long.parseLong(window.group(1))).isGreaterThanOrEqualTo(2000);
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().completed().count()).isPositive();
    assertThat(history.createHistoricActivityInstanceQuery().activityId("EndEvent_Closed").count())
        .isEqualTo(history.createHistoricProcessInstanceQuery().count());
  }
}
