package cn.campus.repair.process;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The step of {@code merge-request} (processes/merge-request.bpmn), the process an admin starts in
 * Tasklist to merge a duplicate: sends the duplicate's repair process the merge message, in the same
 * transaction and as the same admin, so the merge itself is the repair process's own event subprocess
 * and records exactly what our API's merge records. A duplicate that does not wait for the message,
 * or a merge the repair process refuses, is a 400 in Tasklist and nothing starts.
 */
@Component("mergeDuplicateDelegate")
class MergeDuplicateDelegate implements JavaDelegate {

  static final String VAR_DUPLICATE_ID = "duplicateId";

  @Override
  public void execute(DelegateExecution execution) {
    String duplicateId = text(execution.getVariable(VAR_DUPLICATE_ID));
    String keptId = text(execution.getVariable(RepairProcess.VAR_MERGED_INTO));
    if (duplicateId == null) {
      throw new BadUserRequestException(VAR_DUPLICATE_ID + "：请填写要合并的报修单");
    }
    if (keptId == null) {
      throw new BadUserRequestException(RepairProcess.VAR_MERGED_INTO + "：请填写要保留的报修单");
    }
    try {
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(RepairProcess.MESSAGE_MERGED)
          .processInstanceBusinessKey(duplicateId)
          .setVariables(Map.of(RepairProcess.VAR_MERGED_INTO, keptId))
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw new BadUserRequestException(VAR_DUPLICATE_ID + "：报修单 " + duplicateId + " 不存在或已结束，不能合并");
    }
  }

  private static String text(Object value) {
    return value instanceof String text && !text.isBlank() ? text.strip() : null;
  }
}
