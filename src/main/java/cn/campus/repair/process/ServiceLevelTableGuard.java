package cn.campus.repair.process;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;

/**
 * Refuses a deployment whose service-level table the process could not use ({@link
 * ServiceLevelTable}), naming every problem, before anything of it is stored. It runs ahead of the
 * engine's own deployers, so its refusal reaches Camunda Modeler as a 400 with this message (the
 * engine would wrap a failure of its DMN transform as a bare "unable to transform"). Only new
 * deployments are checked: a version already deployed is read again when a node loads it.
 */
class ServiceLevelTableGuard implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".dmn")) {
        problems.addAll(ServiceLevelTable.problems(read(resource)));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("服务时限表 " + RepairProcess.DECISION_SERVICE_LEVEL
          + " 不符合流程契约（见 docs/process.md），请修改：" + String.join("；", problems));
    }
  }

  /** The table, or an empty model for a file that is no DMN at all: the engine's own deployer says what is wrong with it. */
  private static DmnModelInstance read(ResourceEntity resource) {
    try {
      return Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
    } catch (ModelException unreadable) {
      return Dmn.createEmptyModel();
    }
  }
}
