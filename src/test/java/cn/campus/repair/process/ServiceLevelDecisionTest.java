package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped {@code processes/service-level.dmn}, row by row, on the DMN engine alone: each row is
 * the first to match the requests it is written for, and answers its deadlines; the last row
 * answers everything else, including inputs the table has never heard of.
 */
class ServiceLevelDecisionTest {

  private static final String TABLE = "processes/service-level.dmn";

  private final List<String> matched = new ArrayList<>();
  private DmnEngine engine;
  private DmnDecision decision;

  @BeforeEach
  void parse() throws IOException {
    DmnDecisionTableEvaluationListener rules = (DmnDecisionTableEvaluationEvent event) ->
        event.getMatchingRules().forEach(rule -> matched.add(rule.getId()));
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(rules))
        .buildEngine();
    try (InputStream in = new FileInputStream(TABLE)) {
      decision = engine.parseDecision(RepairProcess.DECISION_SERVICE_LEVEL, in);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      // row                                   | category       | priority | building  | hour | weekday | review | dispatch | confirm | repair | escalate
      "DecisionRule_UrgentWaterElectric        | WATER_ELECTRIC | URGENT   | DORMITORY | 23   | 7       | PT30M  | PT30M    | PT15M   | PT4H   | supervisors",
      "DecisionRule_Urgent                     | NETWORK        | URGENT   | null      | 10   | 2       | PT1H   | PT1H     | PT30M   | PT8H   | supervisors",
      "DecisionRule_CanteenAndLabWaterElectric | WATER_ELECTRIC | NORMAL   | CANTEEN   | 23   | 6       | PT2H   | PT2H     | PT1H    | P1D    | admins",
      "DecisionRule_CanteenAndLabWaterElectric | WATER_ELECTRIC | NORMAL   | LAB       | 10   | 3       | PT2H   | PT2H     | PT1H    | P1D    | admins",
      "DecisionRule_Furniture                  | FURNITURE      | NORMAL   | DORMITORY | 23   | 6       | PT8H   | P1D      | PT8H    | P3D    | admins",
      "DecisionRule_Night                      | WATER_ELECTRIC | NORMAL   | DORMITORY | 22   | 3       | PT12H  | PT4H     | PT4H    | P2D    | admins",
      "DecisionRule_Night                      | DOOR_WINDOW    | NORMAL   | null      | 7    | 6       | PT12H  | PT4H     | PT4H    | P2D    | admins",
      "DecisionRule_Weekend                    | AIR_CONDITIONER| NORMAL   | TEACHING  | 8    | 6       | P1D    | PT8H     | PT4H    | P3D    | admins",
      "DecisionRule_Weekend                    | NETWORK        | NORMAL   | OFFICE    | 21   | 7       | P1D    | PT8H     | PT4H    | P3D    | admins",
      "DecisionRule_Default                    | NETWORK        | NORMAL   | OFFICE    | 8    | 1       | PT4H   | PT8H     | PT4H    | P2D    | admins",
      "DecisionRule_Default                    | WATER_ELECTRIC | NORMAL   | DORMITORY | 21   | 5       | PT4H   | PT8H     | PT4H    | P2D    | admins"})
  void eachRowIsTheFirstToMatchTheRequestsItIsWrittenFor(String row, String category, String priority,
      String building, int hour, int weekday, String review, String dispatch, String confirm, String repair,
      String escalateTo) {
    DmnDecisionResultEntries answer = evaluate(category, priority, building, hour, weekday);

    assertThat(matched).first().isEqualTo(row);
    assertThat(answer).containsEntry("reviewDeadline", review)
        .containsEntry("dispatchDeadline", dispatch)
        .containsEntry("confirmDeadline", confirm)
        .containsEntry("repairDeadline", repair)
        .containsEntry("escalateTo", escalateTo);
  }

  @Test
  void anInputTheTableHasNeverHeardOfFallsToTheDefaultRow() {
    DmnDecisionResultEntries answer = evaluate("GARDEN", "SOMEDAY", "CASTLE", 12, 3);

    assertThat(matched).first().isEqualTo("DecisionRule_Default");
    assertThat(answer).containsEntry("reviewDeadline", "PT4H").containsEntry("escalateTo", "admins");
  }

  @Test
  void missingInputsFallToTheDefaultRowToo() {
    DmnDecisionResultEntries answer = evaluate(null, null, null, null, null);

    assertThat(matched).first().isEqualTo("DecisionRule_Default");
    assertThat(answer).containsEntry("repairDeadline", "P2D");
  }

  /** docs/process.md, worked example 4: a row above 食堂、实验楼的水电 for 水电 at night. */
  @Test
  void waterLeaksAtNightAreUrgentOnceTheWorkedExampleIsDone() throws IOException {
    String nightLeaks = """
        <rule id="DecisionRule_NightWaterElectric">
          <description>夜间水电按紧急处理</description>
          <inputEntry id="UnaryTests_NightWater_Category"><text>"WATER_ELECTRIC"</text></inputEntry>
          <inputEntry id="UnaryTests_NightWater_Priority"><text>-</text></inputEntry>
          <inputEntry id="UnaryTests_NightWater_BuildingType"><text>-</text></inputEntry>
          <inputEntry id="UnaryTests_NightWater_Hour"><text>&lt; 8, &gt;= 22</text></inputEntry>
          <inputEntry id="UnaryTests_NightWater_Weekday"><text>-</text></inputEntry>
          <outputEntry id="LiteralExpression_NightWater_Review"><text>"PT30M"</text></outputEntry>
          <outputEntry id="LiteralExpression_NightWater_Dispatch"><text>"PT30M"</text></outputEntry>
          <outputEntry id="LiteralExpression_NightWater_Confirm"><text>"PT15M"</text></outputEntry>
          <outputEntry id="LiteralExpression_NightWater_Repair"><text>"PT4H"</text></outputEntry>
          <outputEntry id="LiteralExpression_NightWater_EscalateTo"><text>"supervisors"</text></outputEntry>
        </rule>
        <rule id="DecisionRule_CanteenAndLabWaterElectric">""";
    String edited = Files.readString(Path.of(TABLE), StandardCharsets.UTF_8)
        .replace("<rule id=\"DecisionRule_CanteenAndLabWaterElectric\">", nightLeaks);
    assertThat(ServiceLevelTable.problems(Dmn.readModelFromStream(stream(edited)))).isEmpty();
    decision = engine.parseDecision(RepairProcess.DECISION_SERVICE_LEVEL, stream(edited));

    assertThat(evaluate("WATER_ELECTRIC", "NORMAL", "DORMITORY", 2, 3)).containsEntry("repairDeadline", "PT4H")
        .containsEntry("escalateTo", "supervisors");
    assertThat(matched).first().isEqualTo("DecisionRule_NightWaterElectric");
    assertThat(evaluate("WATER_ELECTRIC", "URGENT", "DORMITORY", 2, 3)).containsEntry("repairDeadline", "PT4H");
    assertThat(matched).first().as("urgent rows still come first").isEqualTo("DecisionRule_UrgentWaterElectric");
    evaluate("WATER_ELECTRIC", "NORMAL", "CANTEEN", 10, 3);
    assertThat(matched).first().as("by day nothing changes").isEqualTo("DecisionRule_CanteenAndLabWaterElectric");
    evaluate("NETWORK", "NORMAL", "DORMITORY", 2, 3);
    assertThat(matched).first().as("other categories at night").isEqualTo("DecisionRule_Night");
  }

  private static InputStream stream(String table) {
    return new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theShippedTableSatisfiesTheDeploymentGuard() throws IOException {
    try (InputStream in = new FileInputStream(TABLE)) {
      assertThat(ServiceLevelTable.problems(Dmn.readModelFromStream(in))).isEmpty();
    }
  }

  private DmnDecisionResultEntries evaluate(String category, String priority, String building, Integer hour,
      Integer weekday) {
    matched.clear();
    VariableMap inputs = Variables.createVariables()
        .putValue(RepairProcess.VAR_CATEGORY_CODE, category)
        .putValue(RepairProcess.VAR_PRIORITY, priority)
        .putValue(RepairProcess.VAR_BUILDING_TYPE, building)
        .putValue(RepairProcess.VAR_SUBMITTED_HOUR, hour)
        .putValue(RepairProcess.VAR_SUBMITTED_WEEKDAY, weekday);
    return engine.evaluateDecision(decision, inputs).getSingleResult();
  }
}
