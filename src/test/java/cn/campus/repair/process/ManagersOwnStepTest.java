package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.campus.repair.support.ApiResponse;
import cn.campus.repair.support.EngineRestClient;
import cn.campus.repair.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The approval step of docs/process.md ("What a step's form may write"), deployed as Modeler does:
 * the service knows nothing of it, and still completes it only with its form's fields, valid by the
 * form's own rules.
 */
class ManagersOwnStepTest extends IntegrationTest {

  private static final String APPROVAL_FORM = """
      {
        "id": "approval-form",
        "type": "default",
        "schemaVersion": 16,
        "executionPlatform": "Camunda Platform",
        "executionPlatformVersion": "7.24.0",
        "components": [
          {"type": "checkbox", "id": "Field_approved", "key": "approved", "label": "同意"},
          {"type": "textarea", "id": "Field_approvalNote", "key": "approvalNote", "label": "审批意见",
           "validate": {"maxLength": 200}}
        ]
      }""";

  @Test
  void anApprovalStepTakesOnlyItsFormsFieldsValidByItsForm() throws IOException {
    EngineRestClient modeler = new EngineRestClient("http://127.0.0.1:" + port, ADMIN_PHONE, ADMIN_PASSWORD);
    String original = shippedModel();
    try {
      expect(200, modeler.deploy("受理后主管审批", Map.of(
          "repair-request.bpmn", withApproval(original).getBytes(StandardCharsets.UTF_8),
          "approval.form", APPROVAL_FORM.getBytes(StandardCharsets.UTF_8))));
      String requestId = submitted(newStudent());
      expect(200, api.post("/api/requests/" + requestId + "/review", adminToken(), Map.of("decision", "ACCEPT")));
      String approve = taskOf(modeler, requestId, "approve");

      ApiResponse tooLong = modeler.post("/task/" + approve + "/complete", variables("approved", true,
          "approvalNote", "长".repeat(201)));
      assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
      assertThat(tooLong.text("message")).contains("approvalNote：最多200个字");
      ApiResponse handover = modeler.post("/task/" + approve + "/complete", variables("approved", true,
          "workerId", "1001"));
      assertThat(handover.status()).as(handover.toString()).isEqualTo(400);
      assertThat(handover.text("message")).contains("workerId");
      assertThat(taskOf(modeler, requestId, "approve")).isEqualTo(approve);

      expect(204, modeler.post("/task/" + approve + "/complete", variables("approved", true, "approvalNote", "同意")));
      assertThat(api.get("/api/requests/" + requestId, adminToken()).text("status")).isEqualTo("AWAITING_DISPATCH");
    } finally {
      // A name of its own: Modeler's duplicate filter compares with the last deployment of the same name.
      expect(200, modeler.deploy("撤下主管审批", "repair-request.bpmn", original.getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** What the example in docs/process.md adds in Modeler, made to the XML here. */
  private static String withApproval(String model) {
    String approval = """
        <bpmn:userTask id="approve" name="主管审批" camunda:formRef="approval-form" camunda:formRefBinding="latest" camunda:candidateGroups="admins" />
        <bpmn:sequenceFlow id="SequenceFlow_Approved" sourceRef="approve" targetRef="sendMaterialsSms" />
      </bpmn:process>""";
    String changed = model
        .replace("sourceRef=\"Gateway_Accepted\" targetRef=\"sendMaterialsSms\"", "sourceRef=\"Gateway_Accepted\" targetRef=\"approve\"")
        .replace("<bpmn:incoming>SequenceFlow_AcceptedYes</bpmn:incoming>", "")
        .replace("</bpmn:process>", approval);
    assertThat(changed).contains("targetRef=\"approve\"");
    return changed;
  }

  private static Map<String, Object> variables(Object... namesAndValues) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
    }
    return Map.of("variables", variables);
  }

  private String taskOf(EngineRestClient modeler, String requestId, String taskKey) {
    return expect(200, modeler.get("/task?taskDefinitionKey=" + taskKey + "&processInstanceBusinessKey=" + requestId))
        .body().path(0).path("id").asText();
  }

  private static String shippedModel() throws IOException {
    try (InputStream in = ManagersOwnStepTest.class.getResourceAsStream("/processes/repair-request.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
