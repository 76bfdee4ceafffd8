package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the deployment guard says about a service-level table a manager broke: one edit of the
 * shipped table each, and the sentence naming the column or the row.
 */
class ServiceLevelTableTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a dropped input column | <text>priority</text> | <text>urgency</text> | 缺少输入列 priority",
      "a dropped output column | name=\"repairDeadline\" | name=\"fixDeadline\" | 缺少输出列 repairDeadline",
      "rows that may overlap | hitPolicy=\"FIRST\" | hitPolicy=\"UNIQUE\" | 命中策略应为 FIRST",
      "a deadline in words | <text>\"PT4H\"</text></outputEntry> | <text>\"4小时\"</text></outputEntry> | 第1行（DecisionRule_UrgentWaterElectric） repairDeadline 应为带引号的 ISO-8601 时长，如 \"PT30M\"、\"PT4H\"、\"P3D\"：\"4小时\"",
      "a deadline without quotes | <text>\"PT1H\"</text></outputEntry> | <text>PT1H</text></outputEntry> | 第2行（DecisionRule_Urgent） reviewDeadline 应为带引号的 ISO-8601 时长",
      "a deadline of nothing | <text>\"P3D\"</text></outputEntry> | <text>\"PT0S\"</text></outputEntry> | 第4行（DecisionRule_Furniture） repairDeadline 应长于零",
      "a months deadline the timers read differently | <text>\"P2D\"</text></outputEntry> | <text>\"P1M\"</text></outputEntry> | 第5行（DecisionRule_Night） repairDeadline 应为带引号的 ISO-8601 时长",
      "nobody to escalate to | <text>\"supervisors\"</text></outputEntry> | <text>\"\"</text></outputEntry> | 第1行（DecisionRule_UrgentWaterElectric） escalateTo 应为带引号的收件人",
      "a condition FEEL cannot read | <text>&lt; 8, &gt;= 22</text> | <text>&lt; 8 or &gt;=</text> | 第5行（DecisionRule_Night） submittedHour 的条件无法解析",
      "a text value without quotes | <text>\"FURNITURE\"</text> | <text>FURNITURE</text> | 第4行（DecisionRule_Furniture） categoryCode 的条件中的文字应加英文双引号"})
  void aBrokenTableIsDescribedByColumnOrRow(String change, String from, String to, String problem) throws IOException {
    String table = shipped();
    assertThat(table).as(change).contains(from);

    assertThat(problems(table.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))))
        .as(change).anySatisfy(found -> assertThat(found).startsWith(problem));
  }

  @Test
  void aTableWithoutItsDefaultRowIsRefusedBecauseSomeRequestsWouldHaveNoDeadlines() throws IOException {
    String table = shipped();
    String withoutDefault = table.substring(0, table.indexOf("<rule id=\"DecisionRule_Default\">"))
        + table.substring(table.indexOf("</rule>", table.indexOf("<rule id=\"DecisionRule_Default\">")) + "</rule>".length());

    assertThat(problems(withoutDefault)).containsExactly(
        "最后一行应为兜底规则（每个条件都是 -），否则没有规则符合的报修就没有时限");
  }

  @Test
  void everyProblemIsNamedAtOnce() throws IOException {
    String broken = shipped().replace("<text>priority</text>", "<text>urgency</text>")
        .replace("\"PT15M\"", "\"一刻钟\"");

    assertThat(problems(broken)).hasSize(2);
  }

  @Test
  void anotherDecisionIsNotOurs() {
    String other = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
          <decision id="dish" name="菜">
            <decisionTable id="t" hitPolicy="UNIQUE">
              <input id="i"><inputExpression id="e" typeRef="string"><text>season</text></inputExpression></input>
              <output id="o" name="dish" typeRef="string" />
            </decisionTable>
          </decision>
        </definitions>""";

    assertThat(problems(other)).isEmpty();
  }

  private static String shipped() throws IOException {
    return Files.readString(Path.of("processes/service-level.dmn"), StandardCharsets.UTF_8);
  }

  private static List<String> problems(String table) {
    return ServiceLevelTable.problems(Dmn.readModelFromStream(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))));
  }
}
