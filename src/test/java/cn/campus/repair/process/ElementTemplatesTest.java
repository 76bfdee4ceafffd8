package cn.campus.repair.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;

/**
 * The Modeler's "发送短信" template offers exactly the templates the service can send, binds the
 * delegate the service provides, and fits every SMS step of the shipped model; the "服务时限"
 * template calls the decision the guard checks and maps out every answer the process reads, as the
 * shipped model's step does.
 */
class ElementTemplatesTest {

  private static final File TEMPLATES = new File("processes/.camunda/element-templates/send-sms.json");
  private static final File SERVICE_LEVEL = new File("processes/.camunda/element-templates/service-level.json");

  @Test
  void theServiceLevelTemplateCallsTheTableAndMapsEveryAnswerAsTheShippedStepDoes() throws IOException {
    JsonNode template = new ObjectMapper().readTree(SERVICE_LEVEL).path(0);
    var model = Bpmn.readModelFromFile(new File("processes/repair-request.bpmn"));
    BusinessRuleTask step = model.getModelElementsByType(BusinessRuleTask.class).stream().findFirst().orElseThrow();

    assertThat(property(template, "camunda:decisionRef").path("value").asText())
        .isEqualTo(RepairProcess.DECISION_SERVICE_LEVEL).isEqualTo(step.getCamundaDecisionRef());
    assertThat(step.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate"))
        .isEqualTo(template.path("id").asText());
    Map<String, String> mapped = new HashMap<>();
    StreamSupport.stream(template.path("properties").spliterator(), false)
        .filter(property -> property.path("binding").path("type").asText().equals("camunda:outputParameter"))
        .forEach(property -> mapped.put(property.path("value").asText(), property.path("binding").path("source").asText()));
    assertThat(mapped).containsOnlyKeys(RepairProcess.SERVICE_LEVEL_OUTPUTS);
    Map<String, String> shipped = new HashMap<>();
    step.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).singleResult()
        .getCamundaOutputParameters().forEach(output -> shipped.put(output.getCamundaName(), output.getTextContent()));
    assertThat(shipped).isEqualTo(mapped);
  }

  @Test
  void theSendSmsTemplateOffersTheConfiguredTemplatesAndBindsTheDelegate() throws IOException {
    JsonNode template = new ObjectMapper().readTree(TEMPLATES).path(0);

    assertThat(property(template, "camunda:delegateExpression").path("value").asText())
        .isEqualTo("${sendSmsDelegate}");
    assertThat(choices(template)).containsExactlyInAnyOrderElementsOf(configuredProcessTemplates());
  }

  @Test
  void everySmsStepOfTheShippedModelFitsTheTemplate() throws IOException {
    JsonNode template = new ObjectMapper().readTree(TEMPLATES).path(0);
    Pattern recipients = Pattern.compile(property(template, "smsRecipient")
        .path("constraints").path("pattern").path("value").asText());
    var model = Bpmn.readModelFromFile(new File("processes/repair-request.bpmn"));

    List<ServiceTask> smsSteps = model.getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> "${sendSmsDelegate}".equals(task.getCamundaDelegateExpression()))
        .toList();
    assertThat(smsSteps).isNotEmpty().allSatisfy(step -> {
      assertThat(step.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate"))
          .isEqualTo(template.path("id").asText());
      assertThat(choices(template)).contains(input(step, "smsTemplate"));
      assertThat(input(step, "smsRecipient")).matches(recipients);
    });
  }

  private static JsonNode property(JsonNode template, String bindingName) {
    return StreamSupport.stream(template.path("properties").spliterator(), false)
        .filter(property -> property.path("binding").path("name").asText().equals(bindingName))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> choices(JsonNode template) {
    return StreamSupport.stream(property(template, "smsTemplate").path("choices").spliterator(), false)
        .map(choice -> choice.path("value").asText())
        .toList();
  }

  /** Every configured template except the login code, which no process sends. */
  private static List<String> configuredProcessTemplates() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new FileSystemResource("src/main/resources/application.yaml"));
    Properties properties = yaml.getObject();
    String prefix = "repair.sms.templates.";
    return properties.stringPropertyNames().stream()
        .filter(name -> name.startsWith(prefix) && name.endsWith(".text"))
        .map(name -> name.substring(prefix.length(), name.length() - ".text".length()))
        // Sent by the service itself, not by a step of the model: the login code, the followers' texts, low stock.
        .filter(name -> !List.of("LOGIN_CODE", "FOLLOWED_REQUEST_FIXED", "FOLLOWED_REQUEST_CLOSED", "OUTAGE_ENDED", "LOW_STOCK").contains(name))
        .toList();
  }

  private static String input(ServiceTask step, String name) {
    return step.getExtensionElements().getElementsQuery().filterByType(
            org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).singleResult()
        .getCamundaInputParameters().stream()
        .filter(parameter -> parameter.getCamundaName().equals(name))
        .map(CamundaInputParameter::getTextContent)
        .findFirst()
        .orElseThrow();
  }
}
