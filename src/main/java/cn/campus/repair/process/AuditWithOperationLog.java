package cn.campus.repair.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * The history level {@value #NAME}: Camunda's {@code audit} (instances, activities, tasks,
 * variables, incidents) plus the user operation log, so Cockpit still says which admin deployed,
 * completed, reassigned or cancelled what. Camunda's {@code full} adds every variable change and
 * form detail on top, which our own request history already tells and which cost a large part of
 * each lifecycle's database work (docs/performance.md).
 */
@Component
class AuditWithOperationLog extends AbstractProcessEnginePlugin {

  static final String NAME = "audit-operations";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(new Level());
  }

  private static final class Level extends HistoryLevelAudit {

    @Override
    public int getId() {
      return 12;
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return eventType == HistoryEventTypes.USER_OPERATION_LOG || super.isHistoryEventProduced(eventType, entity);
    }
  }
}
