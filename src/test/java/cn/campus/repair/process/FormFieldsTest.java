package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.common.ApiException.FieldError;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped forms, read as the rules of their tasks when no other rules are installed. */
class FormFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void reviewTakesOneOfItsDecisionsAndANoteOfAtMost500Characters() throws IOException {
    FormFields review = form("review");

    assertThat(review.keys()).containsExactly("decision", "reviewNote");
    assertThat(fields(review.check(Map.of("decision", "ACCEPT", "reviewNote", "好".repeat(500)), none()))).isEmpty();
    assertThat(fields(review.check(Map.of("decision", "MAYBE"), none()))).containsExactly("decision");
    assertThat(fields(review.check(Map.of("reviewNote", "没选"), none()))).containsExactly("decision");
    assertThat(fields(review.check(Map.of("decision", "REJECT", "reviewNote", "长".repeat(501)), none())))
        .containsExactly("reviewNote");
    assertThat(review.check(Map.of("decision", "ACCEPT", "workerId", "1001"), none()))
        .containsExactly(new FieldError("workerId", "不是该任务表单中的字段，不能提交"));
  }

  @Test
  void confirmNeedsAReasonFromTheListOnlyWhenRefusingAndABooleanToSayWhich() throws IOException {
    FormFields confirm = form("confirm");

    assertThat(fields(confirm.check(Map.of("confirmed", true), none()))).isEmpty();
    assertThat(fields(confirm.check(Map.of("confirmed", false, "refuseCategory", "OTHER", "refuseReason", "没带梯子"),
        none()))).isEmpty();
    assertThat(fields(confirm.check(Map.of("confirmed", false), none()))).containsExactly("refuseCategory");
    assertThat(fields(confirm.check(Map.of("confirmed", false, "refuseCategory", "LAZY"), none())))
        .containsExactly("refuseCategory");
    assertThat(fields(confirm.check(Map.of("confirmed", "true"), none()))).containsExactly("confirmed");
    assertThat(fields(confirm.check(Map.of("confirmed", true, "workerId", "1002"), none())))
        .containsExactly("workerId");
  }

  @Test
  void rateTakesWholeStarsFromOneToFive() throws IOException {
    FormFields rate = form("rate");

    assertThat(fields(rate.check(Map.of("ratingResult", 5, "ratingEfficiency", 1L), none()))).isEmpty();
    assertThat(fields(rate.check(Map.of("ratingResult", 9, "ratingEfficiency", 0), none())))
        .containsExactly("ratingResult", "ratingEfficiency");
    assertThat(fields(rate.check(Map.of("ratingResult", 4.5, "ratingEfficiency", "五"), none())))
        .containsExactly("ratingResult", "ratingEfficiency");
    assertThat(fields(rate.check(Map.of("ratingResult", 3), none()))).containsExactly("ratingEfficiency");
  }

  @Test
  void assignTakesOnlyAWorkerFromTheListTheTaskWasCreatedWith() throws IOException {
    FormFields assign = form("assign");
    Map<String, Object> variables = new HashMap<>();
    variables.put("workerChoices", List.of(Map.of("value", "1001", "label", "王师傅"), Map.of("value", "1002", "label", "李师傅")));

    assertThat(assign.optionSources()).containsExactly("workerChoices");
    assertThat(fields(assign.check(Map.of("workerId", "1002"), variables::get))).isEmpty();
    assertThat(fields(assign.check(Map.of("workerId", "1003"), variables::get))).containsExactly("workerId");
    assertThat(fields(assign.check(Map.of("workerId", "1002"), none()))).as("no list, no choice").containsExactly("workerId");
    assertThat(fields(assign.check(Map.of(), variables::get))).containsExactly("workerId");
  }

  @Test
  void aManagersFormIsReadTheSameWay() throws IOException {
    FormFields approval = FormFields.of(JSON.readTree("""
        {"components": [
          {"type": "textfield", "key": "budgetCode", "validate": {"required": true, "pattern": "^[A-Z]{2}-\\\\d{4}$"}},
          {"type": "number", "key": "amount", "decimalDigits": 2, "validate": {"min": 0.01}},
          {"type": "checklist", "key": "parts", "values": [{"label": "阀门", "value": "valve"}, {"label": "管子", "value": "pipe"}]},
          {"type": "textarea", "key": "why", "validate": {"required": true}, "conditional": {"hide": "=not(urgent)"}},
          {"type": "group", "components": [{"type": "checkbox", "key": "urgent"}]},
          {"type": "textfield", "key": "fixed", "disabled": true}
        ]}"""));

    assertThat(approval.keys()).containsExactlyInAnyOrder("budgetCode", "amount", "parts", "why", "urgent");
    assertThat(fields(approval.check(Map.of("budgetCode", "WX-2024", "amount", 12.5, "parts", List.of("pipe")), none())))
        .isEmpty();
    assertThat(fields(approval.check(Map.of("budgetCode", "wx", "amount", 0.001, "parts", List.of("hose")), none())))
        .containsExactly("budgetCode", "amount", "parts");
    assertThat(fields(approval.check(Map.of("budgetCode", "WX-2024", "urgent", true), none()))).containsExactly("why");
    assertThat(fields(approval.check(Map.of("budgetCode", "WX-2024", "fixed", "x"), none()))).containsExactly("fixed");
  }

  private static FormFields form(String name) throws IOException {
    return FormFields.of(JSON.readTree(Path.of("processes", name + ".form").toFile()));
  }

  private static java.util.function.Function<String, Object> none() {
    return name -> null;
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }
}
