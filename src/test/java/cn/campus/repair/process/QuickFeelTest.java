package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.IntegrationTest;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link QuickFeel} answers as Camunda's FEEL engine does: every expression and test below against
 * every value below, on both, gives the same value of the same type or fails on both; the shipped
 * service-level table answers every request alike on both; and the service's engine uses it.
 */
class QuickFeelTest extends IntegrationTest {

  private static final FeelEngine CAMUNDA = new ScalaFeelEngineFactory().createInstance();
  private static final FeelEngine QUICK = new QuickFeel(new ScalaFeelEngineFactory().createInstance());

  /** Values of every type a decision's inputs may hold, and none at all. */
  private static final List<Object> VALUES = Arrays.asList("WATER_ELECTRIC", "LAB", "", "a,b", "\"LAB\"", "名称",
      0, 7, 8, 21, 22, 23, -1, 7L, 22L, Long.MAX_VALUE, (short) 6, 7.5, 8.0, true, null, List.of("LAB"));

  private static final List<String> EXPRESSIONS = List.of("\"PT30M\"", " \"admins\" ", "\"\"", "\"a,b\"",
      "\"say \\\"hi\\\"\"", "\"line\\nbreak\"", "\"名称\"", "value", " value ", "missing", "null", "true", "not",
      "value + 1", "\"A\" + \"B\"", "7", "date(\"2026-11-30\")", "value.x");

  private static final List<String> TESTS = List.of("\"WATER_ELECTRIC\"", "\"CANTEEN\",\"LAB\"", " \"CANTEEN\" , \"LAB\" ",
      "\"a,b\"", "\"\"", "\"say \\\"hi\\\"\"", "\"名称\"", "< 8, >= 22", ">= 6", "<8", "> -1", "<= 7", "8", "-1",
      "7, 8", "[8..17]", "not(6, 7)", "-", "< 7.5", "\"LAB\", 8", "< 8,", ",\"LAB\"", "null", "value", "?",
      "99999999999999999999", "> 9223372036854775807");

  @Autowired
  private ProcessEngine engine;

  @Test
  void everyExpressionAnswersAsCamundasFeel() {
    for (String expression : EXPRESSIONS) {
      for (Object value : VALUES) {
        VariableMap variables = Variables.createVariables().putValue("value", value);
        assertSame(() -> CAMUNDA.evaluateSimpleExpression(expression, variables.asVariableContext()),
            () -> QUICK.evaluateSimpleExpression(expression, variables.asVariableContext()),
            expression + " with value " + value);
      }
    }
  }

  @Test
  void everyTestAnswersAsCamundasFeel() {
    for (String test : TESTS) {
      for (Object value : VALUES) {
        VariableMap variables = Variables.createVariables().putValue("cellInput", value);
        assertSame(() -> CAMUNDA.evaluateSimpleUnaryTests(test, "cellInput", variables.asVariableContext()),
            () -> QUICK.evaluateSimpleUnaryTests(test, "cellInput", variables.asVariableContext()),
            test + " for " + value);
      }
    }
  }

  @Test
  void theServiceLevelTableAnswersEveryRequestAsWithCamundasFeel() throws IOException {
    DmnEngine camundaEngine = engineWith(CAMUNDA);
    DmnEngine quickEngine = engineWith(QUICK);
    DmnDecision camunda = serviceLevel(camundaEngine);
    DmnDecision quick = serviceLevel(quickEngine);
    List<String> categories = Arrays.asList("WATER_ELECTRIC", "DOOR_WINDOW", "FURNITURE", "AIR_CONDITIONER", "NETWORK",
        "OTHER", "UNHEARD_OF", null);
    List<String> buildings = Arrays.asList("DORMITORY", "TEACHING", "LAB", "CANTEEN", "OFFICE", "OTHER", null);
    int evaluated = 0;
    for (String category : categories) {
      for (String priority : Arrays.asList("URGENT", "NORMAL", null)) {
        for (String building : buildings) {
          for (Integer hour : Arrays.asList(0, 7, 8, 21, 22, 23, null)) {
            for (Integer weekday : Arrays.asList(1, 5, 6, 7)) {
              VariableMap request = Variables.createVariables().putValue("categoryCode", category)
                  .putValue("priority", priority).putValue("buildingType", building)
                  .putValue("submittedHour", hour).putValue("submittedWeekday", weekday);
              assertThat(quickEngine.evaluateDecisionTable(quick, request).getResultList())
                  .as("%s", request)
                  .isEqualTo(camundaEngine.evaluateDecisionTable(camunda, request).getResultList());
              evaluated++;
            }
          }
        }
      }
    }
    assertThat(evaluated).isEqualTo(8 * 3 * 7 * 7 * 4);
  }

  @Test
  void theServicesDecisionsUseIt() {
    DefaultDmnEngineConfiguration dmn =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration();
    assertThat(dmn.getFeelEngine()).isInstanceOf(QuickFeel.class);
  }

  private static DmnDecision serviceLevel(DmnEngine engine) throws IOException {
    try (InputStream in = new FileInputStream("processes/service-level.dmn")) {
      return engine.parseDecision(RepairProcess.DECISION_SERVICE_LEVEL, in);
    }
  }

  private static DmnEngine engineWith(FeelEngine feel) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    return configuration.feelEngineFactory(() -> feel).buildEngine();
  }

  private static void assertSame(Callable<Object> camunda, Callable<Object> quick, String what) {
    Outcome expected = Outcome.of(camunda);
    Outcome actual = Outcome.of(quick);
    assertThat(actual).as(what).isEqualTo(expected);
  }

  /** A value and its class, or that it failed. */
  private record Outcome(Object value, Class<?> type, boolean failed) {

    static Outcome of(Callable<Object> evaluation) {
      try {
        Object value = evaluation.call();
        return new Outcome(value, value == null ? null : value.getClass(), false);
      } catch (Exception failure) {
        return new Outcome(null, null, true);
      }
    }
  }
}
